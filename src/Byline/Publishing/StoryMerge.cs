using System.Globalization;
using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// Merges a member's form with the story as someone saved it since, against the text the member opened. A field only
/// one side changed takes that side's value; a field both changed alike is kept; a field both changed differently is a
/// conflict. The body is merged by lines (<see cref="ThreeWayMerge"/>), so edits of different paragraphs are both kept.
/// </summary>
internal static class StoryMerge
{
    public static DraftMerge Of(Revision common, Article theirs, ArticleDraft mine, Revision? theirsSaved)
    {
        var conflicts = new List<string>();
        var merged = new ArticleDraft { Version = theirs.Version };

        merged.Headline = Field(nameof(ArticleDraft.Headline), common.Headline, theirs.Headline, (mine.Headline ?? "").Trim(), conflicts);
        var mySlug = string.IsNullOrWhiteSpace(mine.Slug) ? Slugs.From(mine.Headline ?? "") : mine.Slug.Trim();
        merged.Slug = Field(nameof(ArticleDraft.Slug), common.Slug, theirs.Slug, mySlug, conflicts);
        merged.Standfirst = Field(nameof(ArticleDraft.Standfirst), common.Standfirst, theirs.Standfirst, (mine.Standfirst ?? "").Trim(), conflicts);
        merged.SeoTitle = Blank(Field(nameof(ArticleDraft.SeoTitle), common.SeoTitle ?? "", theirs.SeoTitle ?? "", (mine.SeoTitle ?? "").Trim(), conflicts));
        merged.SeoDescription = Blank(Field(nameof(ArticleDraft.SeoDescription), common.SeoDescription ?? "", theirs.SeoDescription ?? "", (mine.SeoDescription ?? "").Trim(), conflicts));
        merged.Tags = Field(nameof(ArticleDraft.Tags), TagList(common.Tags), TagList(string.Join(',', theirs.Tags.Select(t => t.Name))), TagList(mine.Tags), conflicts);
        merged.SectionId = Field(nameof(ArticleDraft.SectionId), common.SectionId, theirs.SectionId, mine.SectionId, conflicts);
        merged.FeaturedImageId = Field(nameof(ArticleDraft.FeaturedImageId), common.FeaturedImageId, theirs.FeaturedImageId, mine.FeaturedImageId, conflicts);
        merged.Kind = Field(nameof(ArticleDraft.Kind), common.Kind, theirs.Kind, mine.Kind, conflicts);
        merged.CommentsOpen = Field(nameof(ArticleDraft.CommentsOpen), common.CommentsOpen, theirs.CommentsOpen, mine.CommentsOpen, conflicts);
        var theirAuthors = string.Join(',', theirs.Authors.OrderBy(a => a.Position).Select(a => a.PersonId.ToString(CultureInfo.InvariantCulture)));
        var myAuthors = mine.AuthorIds.Count == 0 ? common.AuthorIds : string.Join(',', mine.AuthorIds.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        merged.AuthorIds = Field(nameof(ArticleDraft.AuthorIds), common.AuthorIds, theirAuthors, myAuthors, conflicts)
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();

        var body = ThreeWayMerge.Merge(common.BodyMarkdown, mine.Body ?? "", theirs.BodyMarkdown);
        merged.Body = body.Merged;
        return new DraftMerge(merged, body, conflicts, theirs, theirsSaved?.SavedByName, theirsSaved?.SavedAt);
    }

    private static T Field<T>(string name, T common, T theirs, T mine, List<string> conflicts)
    {
        var comparer = EqualityComparer<T>.Default;
        if (comparer.Equals(mine, theirs) || comparer.Equals(mine, common))
        {
            return theirs;
        }
        if (!comparer.Equals(theirs, common))
        {
            conflicts.Add(name);
        }
        return mine;
    }

    /// <summary>Tags compare as a set of names, whatever their order and spacing.</summary>
    private static string TagList(string? tags) => string.Join(", ",
        (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase));

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
