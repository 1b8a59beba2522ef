using Byline.Storage;

namespace Byline.Cli.Dev;

/// <summary>
/// On PostgreSQL a round trip costs more than a row: the batch takes its ids from the stories' identity sequence in one
/// query, then each table gets all its rows in one statement, one array parameter per column.
/// </summary>
internal sealed class PostgresSyntheticStories(BylineDb db) : ISyntheticStories
{
    public async Task<IReadOnlyList<int>> InsertAsync(IReadOnlyList<SyntheticDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var ids = await NewIdsAsync(drafts.Count, cancellationToken);
        var stories = drafts.Select(d => d.Story).ToList();
        await using (var article = db.Command("""
            INSERT INTO "Articles" ("Id", "Headline", "Slug", "Standfirst", "BodyMarkdown", "BodyHtml", "WordCount", "ReadingMinutes",
                "SectionId", "Status", "CreatedAt", "PublishedAt", "UpdatedAt", "CommentsOpen", "Version")
            SELECT * FROM unnest(@id, @headline, @slug, @standfirst, @markdown, @html, @words, @minutes,
                @section, @status, @created, @published, @updated, @comments, @version)
            """))
        {
            article.Parameter("id", ids);
            article.Parameter("headline", stories.Select(s => s.Headline).ToArray());
            article.Parameter("slug", stories.Select(s => s.Slug).ToArray());
            article.Parameter("standfirst", stories.Select(s => s.Standfirst).ToArray());
            article.Parameter("markdown", stories.Select(s => s.BodyMarkdown).ToArray());
            article.Parameter("html", stories.Select(s => s.BodyHtml).ToArray());
            article.Parameter("words", stories.Select(s => s.WordCount).ToArray());
            article.Parameter("minutes", stories.Select(s => s.ReadingMinutes).ToArray());
            article.Parameter("section", stories.Select(s => s.SectionId).ToArray());
            article.Parameter("status", stories.Select(s => s.Status.ToString()).ToArray());
            article.Parameter("created", stories.Select(s => s.CreatedAt).ToArray());
            article.Parameter("published", stories.Select(s => s.PublishedAt).ToArray());
            article.Parameter("updated", stories.Select(s => s.UpdatedAt).ToArray());
            article.Parameter("comments", stories.Select(s => s.CommentsOpen).ToArray());
            article.Parameter("version", stories.Select(s => s.Version).ToArray());
            await article.ExecuteNonQueryAsync(cancellationToken);
        }

        var bylines = drafts.SelectMany((d, i) => d.AuthorIds.Select((person, position) => (Article: ids[i], Person: person, Position: position))).ToList();
        await using (var author = db.Command("""
            INSERT INTO "ArticleAuthors" ("ArticleId", "PersonId", "Position") SELECT * FROM unnest(@article, @person, @position)
            """))
        {
            author.Parameter("article", bylines.Select(b => b.Article).ToArray());
            author.Parameter("person", bylines.Select(b => b.Person).ToArray());
            author.Parameter("position", bylines.Select(b => b.Position).ToArray());
            await author.ExecuteNonQueryAsync(cancellationToken);
        }

        var tags = drafts.SelectMany((d, i) => d.TagIds.Select(tag => (Article: ids[i], Tag: tag))).ToList();
        await using (var tag = db.Command("""INSERT INTO "ArticleTags" ("ArticleId", "TagId") SELECT * FROM unnest(@article, @tag)"""))
        {
            tag.Parameter("article", tags.Select(t => t.Article).ToArray());
            tag.Parameter("tag", tags.Select(t => t.Tag).ToArray());
            await tag.ExecuteNonQueryAsync(cancellationToken);
        }
        return ids;
    }

    private async Task<int[]> NewIdsAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = db.Command("""
            SELECT nextval(pg_get_serial_sequence('"Articles"', 'Id'))::integer FROM generate_series(1, @count) ORDER BY 1
            """);
        command.Parameter("count", count);
        var ids = new int[count];
        var i = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[i++] = reader.GetInt32(0);
        }
        return ids;
    }
}
