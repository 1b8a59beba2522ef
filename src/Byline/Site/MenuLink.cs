namespace Byline.Site;

/// <summary>A menu link as the layout renders it: its text and the site path it opens.</summary>
public sealed record MenuLink(string Label, string Path);
