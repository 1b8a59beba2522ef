namespace Byline.Content;

/// <summary>
/// The names of the story types, as people and files say them: the label readers and editors see ("Opinion") and the
/// lowercase name of a story file's <c>type:</c> and of the Content API ("opinion").
/// </summary>
public static class StoryKinds
{
    public static IReadOnlyList<StoryKind> All { get; } = Enum.GetValues<StoryKind>();

    /// <summary>The label shown on the page, in lists and in the editor.</summary>
    public static string Label(StoryKind kind) => kind switch
    {
        StoryKind.Sponsored => "Sponsored content",
        _ => kind.ToString(),
    };

    /// <summary>The name in a story file and in the Content API: "news", "analysis", ...</summary>
    public static string NameOf(StoryKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out StoryKind kind)
    {
        foreach (var value in All)
        {
            if (string.Equals(NameOf(value), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = value;
                return true;
            }
        }
        kind = StoryKind.News;
        return false;
    }

    /// <summary>"news, analysis, opinion, review, explainer, sponsored": for messages that list the choices.</summary>
    public static string AllNames => string.Join(", ", All.Select(NameOf));

    /// <summary>News is what a newspaper is by default, so only the other types are labelled for readers.</summary>
    public static bool IsLabelled(StoryKind kind) => kind != StoryKind.News;
}
