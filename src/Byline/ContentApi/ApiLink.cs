namespace Byline.ContentApi;

/// <summary>Something a result points at: its name, slug and public address.</summary>
public sealed record ApiLink(string Name, string Slug, string Url);
