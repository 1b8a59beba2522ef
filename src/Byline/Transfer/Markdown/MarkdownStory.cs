using Byline.Content;

namespace Byline.Transfer.Markdown;

/// <summary>
/// One story file, read and checked: every value is present where required, well formed and within its limits.
/// <see cref="Lines"/> still knows where each value was, for problems found later (an image file that is missing).
/// </summary>
public sealed record MarkdownStory(
    string File,
    StoryFrontMatter Meta,
    ArticleStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<DatedCorrection> Corrections,
    string Body,
    YamlLines Lines)
{
    public string Slug => Meta.Slug!;

    public MarkdownInputException Problem(string field, string problem, params object[] path) =>
        new(File, Lines.LineOf(path), field, problem);
}
