using Byline.Content;

namespace Byline.Pages.Shared;

/// <summary>
/// A story type's schema.org type, the story's JSON-LD <c>@type</c>. Every type but Sponsored is a subtype of
/// NewsArticle, so a reader of the JSON-LD that knows only NewsArticle still finds one; sponsored content is an
/// AdvertiserContentArticle (an Article, never a NewsArticle), because it is not the newsroom's journalism.
/// </summary>
public static class StoryKindSchema
{
    public static string TypeOf(StoryKind kind) => kind switch
    {
        StoryKind.News => "ReportageNewsArticle",
        StoryKind.Analysis => "AnalysisNewsArticle",
        StoryKind.Opinion => "OpinionNewsArticle",
        StoryKind.Review => "ReviewNewsArticle",
        StoryKind.Explainer => "BackgroundNewsArticle",
        StoryKind.Sponsored => "AdvertiserContentArticle",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a story type."),
    };

    /// <summary>True for the types schema.org files under NewsArticle.</summary>
    public static bool IsNewsArticle(StoryKind kind) => kind != StoryKind.Sponsored;
}
