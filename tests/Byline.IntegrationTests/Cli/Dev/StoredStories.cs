using System.Security.Cryptography;
using System.Text;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli.Dev;

/// <summary>A digest of every stored story's fields, byline and tags, in id order: equal digests, equal stories.</summary>
internal static class StoredStories
{
    public static async Task<string> DigestAsync(BylineDb db)
    {
        var stories = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new
        {
            a.Headline,
            a.Slug,
            a.Standfirst,
            a.BodyMarkdown,
            a.BodyHtml,
            a.WordCount,
            a.ReadingMinutes,
            Section = a.Section.Slug,
            a.Status,
            a.CreatedAt,
            a.PublishedAt,
            a.UpdatedAt,
            a.CommentsOpen,
            a.Version,
            Authors = a.Authors.OrderBy(x => x.Position).Select(x => x.Person.Slug).ToList(),
            Tags = a.Tags.Select(t => t.Slug).ToList(),
        }).AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var s in stories)
        {
            var line = string.Join('\u001f',
                s.Headline, s.Slug, s.Standfirst, s.BodyMarkdown, s.BodyHtml, s.WordCount, s.ReadingMinutes, s.Section, s.Status,
                s.CreatedAt.UtcTicks, s.PublishedAt?.UtcTicks, s.UpdatedAt?.UtcTicks, s.CommentsOpen, s.Version,
                string.Join(',', s.Authors), string.Join(',', s.Tags.Order(StringComparer.Ordinal))) + "\u001e";
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
