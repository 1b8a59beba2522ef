namespace Byline.Pages;

public sealed record CorrectionEntry(string Text, DateTimeOffset CreatedAt, string Headline, string SectionSlug, DateTimeOffset PublishedAt, string Slug);
