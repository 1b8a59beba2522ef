using System.Globalization;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.Markdown;

/// <summary>Every field of every story a Markdown file carries, one line each, ordered by slug: two sites compare line by line.</summary>
internal static class StorySnapshot
{
    public static Task<List<string>> OfAsync(BylineHost host) => host.WithDatabaseAsync(async db =>
    {
        var stories = await db.Articles.AsNoTracking()
            .Include(a => a.Section)
            .Include(a => a.Authors).ThenInclude(a => a.Person)
            .Include(a => a.Tags)
            .Include(a => a.Corrections)
            .Include(a => a.FeaturedImage)
            .AsSplitQuery()
            .ToListAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        foreach (var a in stories.OrderBy(s => s.Slug, StringComparer.Ordinal))
        {
            var at = $"{a.Slug}:";
            lines.Add($"{at} headline {a.Headline}");
            lines.Add($"{at} standfirst {a.Standfirst}");
            lines.Add($"{at} body {a.BodyMarkdown}");
            lines.Add($"{at} html {a.BodyHtml}");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{at} words {a.WordCount}, {a.ReadingMinutes} min"));
            lines.Add($"{at} section {a.Section.Slug} {a.Section.Name}");
            lines.Add($"{at} authors {string.Join(", ", a.Authors.OrderBy(x => x.Position).Select(x => $"{x.Person.Slug} {x.Person.Name}"))}");
            lines.Add($"{at} tags {string.Join(", ", a.Tags.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => $"{t.Slug} {t.Name}"))}");
            lines.Add($"{at} status {a.Status}");
            lines.Add($"{at} type {a.Kind}");
            lines.Add($"{at} dates {Iso(a.CreatedAt)} {Iso(a.PublishedAt)} {Iso(a.UpdatedAt)}");
            lines.Add($"{at} seo {a.SeoTitle} | {a.SeoDescription} | comments open {a.CommentsOpen}");
            lines.Add($"{at} corrections {string.Join(" | ", a.Corrections.OrderBy(c => c.CreatedAt).Select(c => $"{Iso(c.CreatedAt)} {c.Text}"))}");
            if (a.FeaturedImage is { } m)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{at} featured {m.StorageKey} {m.OriginalFileName} {m.Width}x{m.Height} [{m.VariantWidths}] {m.ContentType} {m.AltText} | {m.Caption} | {m.Credit}"));
            }
        }
        return lines;
    });

    private static string Iso(DateTimeOffset? date) => date?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "-";
}
