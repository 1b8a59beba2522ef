using System.Globalization;
using Byline.Storage;

namespace Byline.Cli.Dev;

/// <summary>
/// On SQLite, in-process, a row costs a step of one prepared statement: each statement is prepared once per batch and
/// run per row. Times are stored as UTC ticks, as <see cref="SqliteBylineDb"/> maps them.
/// </summary>
internal sealed class SqliteSyntheticStories(BylineDb db) : ISyntheticStories
{
    public async Task<IReadOnlyList<int>> InsertAsync(IReadOnlyList<SyntheticDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        await using var article = db.Command("""
            INSERT INTO "Articles" ("Headline", "Slug", "Standfirst", "BodyMarkdown", "BodyHtml", "WordCount", "ReadingMinutes",
                "SectionId", "Status", "CreatedAt", "PublishedAt", "UpdatedAt", "CommentsOpen", "Version")
            VALUES ($headline, $slug, $standfirst, $markdown, $html, $words, $minutes,
                $section, $status, $created, $published, $updated, $comments, $version)
            RETURNING "Id"
            """);
        var headline = article.Parameter("$headline");
        var slug = article.Parameter("$slug");
        var standfirst = article.Parameter("$standfirst");
        var markdown = article.Parameter("$markdown");
        var html = article.Parameter("$html");
        var words = article.Parameter("$words");
        var minutes = article.Parameter("$minutes");
        var section = article.Parameter("$section");
        var status = article.Parameter("$status");
        var created = article.Parameter("$created");
        var published = article.Parameter("$published");
        var updated = article.Parameter("$updated");
        var comments = article.Parameter("$comments");
        var version = article.Parameter("$version");
        await using var author = db.Command("""INSERT INTO "ArticleAuthors" ("ArticleId", "PersonId", "Position") VALUES ($article, $person, $position)""");
        var authorArticle = author.Parameter("$article");
        var person = author.Parameter("$person");
        var position = author.Parameter("$position");
        await using var tag = db.Command("""INSERT INTO "ArticleTags" ("ArticleId", "TagId") VALUES ($article, $tag)""");
        var tagArticle = tag.Parameter("$article");
        var tagId = tag.Parameter("$tag");

        var ids = new List<int>(drafts.Count);
        foreach (var (story, authorIds, tagIds, _) in drafts)
        {
            headline.Value = story.Headline;
            slug.Value = story.Slug;
            standfirst.Value = story.Standfirst;
            markdown.Value = story.BodyMarkdown;
            html.Value = story.BodyHtml;
            words.Value = story.WordCount;
            minutes.Value = story.ReadingMinutes;
            section.Value = story.SectionId;
            status.Value = story.Status.ToString();
            created.Value = story.CreatedAt.UtcTicks;
            published.Value = (object?)story.PublishedAt?.UtcTicks ?? DBNull.Value;
            updated.Value = (object?)story.UpdatedAt?.UtcTicks ?? DBNull.Value;
            comments.Value = story.CommentsOpen;
            version.Value = story.Version;
            var id = Convert.ToInt32(await article.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            ids.Add(id);

            authorArticle.Value = id;
            for (var i = 0; i < authorIds.Count; i++)
            {
                person.Value = authorIds[i];
                position.Value = i;
                await author.ExecuteNonQueryAsync(cancellationToken);
            }
            tagArticle.Value = id;
            foreach (var t in tagIds)
            {
                tagId.Value = t;
                await tag.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        return ids;
    }
}
