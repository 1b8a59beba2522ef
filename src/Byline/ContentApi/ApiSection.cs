namespace Byline.ContentApi;

/// <summary>One entry of <c>GET /api/v1/sections</c>, in the site's navigation order.</summary>
public sealed record ApiSection(int Id, string Name, string Slug, string Description, string Url, string Feed);
