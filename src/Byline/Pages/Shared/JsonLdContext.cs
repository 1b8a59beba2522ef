using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>What a page's JSON-LD is written with: the site as it is now, and its absolute addresses.</summary>
public sealed record JsonLdContext(SiteProfile Site, SiteUrls Urls);
