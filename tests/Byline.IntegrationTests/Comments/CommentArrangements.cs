using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Byline.Comments;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// What the comment tests arrange in the application's own database: stories of their own (so their conversations are
/// known), comments as intake and moderation would have left them, and the site's comment rules.
/// </summary>
internal static class CommentArrangements
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The host's own clock (a fake one where the host has one).</summary>
    public static DateTimeOffset Now(this BylineHost host) => host.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>Publishes a story <paramref name="age"/> (a day by default) before the host's now; returns its id and address.</summary>
    public static async Task<(int Id, string Path)> PublishStoryAsync(this BylineHost host, string headline, TimeSpan? age = null, bool commentsOpen = true)
    {
        var publishedAt = host.Now() - (age ?? TimeSpan.FromDays(1));
        var story = await host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(Cancel);
            var article = new Article
            {
                Headline = headline,
                Slug = $"story-{Guid.NewGuid():N}",
                Section = section,
                BodyHtml = "<p>Made for a test.</p>",
                Status = ArticleStatus.Published,
                CreatedAt = publishedAt.AddHours(-1),
                PublishedAt = publishedAt,
                CommentsOpen = commentsOpen,
            };
            db.AllArticles.Add(article);
            await db.SaveChangesAsync(Cancel);
            return article;
        });
        return (story.Id, host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, publishedAt, story.Slug));
    }

    /// <summary>A comment as it would be stored, by a commenter of its own unless <paramref name="email"/> is given.</summary>
    public static Comment NewComment(int articleId, string body, CommentStatus status = CommentStatus.Approved, int? parentId = null,
        string? name = null, string? email = null, DateTimeOffset? at = null, int? staffUserId = null) => new()
        {
            ArticleId = articleId,
            ParentId = parentId,
            AuthorName = name ?? "Test Reader",
            AuthorEmail = email ?? $"reader-{Guid.NewGuid():N}@example.org",
            Body = body,
            Status = status,
            StaffUserId = staffUserId,
            AvatarSeed = Guid.NewGuid().ToString("N")[..16],
            CreatedAt = at ?? DateTimeOffset.UtcNow.AddHours(-1),
        };

    public static Task<List<Comment>> AddCommentsAsync(this BylineHost host, params Comment[] comments) =>
        host.WithDatabaseAsync(async db =>
        {
            db.Comments.AddRange(comments);
            await db.SaveChangesAsync(Cancel);
            await host.EvictCachedPagesAsync();
            return comments.ToList();
        });

    /// <summary>An email address that already has an approved comment (on a sample story), so its next comment is trusted.</summary>
    public static async Task<string> EmailWithApprovedCommentAsync(this BylineHost host)
    {
        var email = $"regular-{Guid.NewGuid():N}@example.org";
        var storyId = await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Slug == Stories.Footbridge).Select(a => a.Id).SingleAsync(Cancel));
        await host.AddCommentsAsync(NewComment(storyId, $"An earlier, approved comment {Guid.NewGuid():N}", name: "Regular Reader", email: email));
        return email;
    }

    public static Task<Comment?> CommentWithBodyAsync(this BylineHost host, string body) =>
        host.WithDatabaseAsync(db => db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Body == body, Cancel));

    public static Task<int> CommentCountAsync(this BylineHost host) =>
        host.WithDatabaseAsync(db => db.Comments.CountAsync(Cancel));

    /// <summary>Saves the site's comment settings (as the newsroom's settings page would), reloads them and drops cached pages.</summary>
    public static async Task SetCommentSettingsAsync(this BylineHost host, CommentRules rules, CommentPolicy policy = CommentPolicy.ClosedAfterDays, int days = 14)
    {
        var identity = host.Services.GetRequiredService<SiteIdentity>();
        await host.WithDatabaseAsync(async db =>
        {
            var settings = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(Cancel);
            if (settings is null)
            {
                var current = identity.Current;
                settings = new SiteSettings { Title = current.Title, Description = current.Description, TimeZone = current.TimeZone.Id };
                db.SiteSettings.Add(settings);
            }
            settings.HoldFirstComments = rules.HoldFirstComments;
            settings.MaxLinks = rules.MaxLinks;
            settings.BlockedWords = string.Join('\n', rules.BlockedWords);
            settings.HeldWords = string.Join('\n', rules.HeldWords);
            settings.CommentPolicy = policy;
            settings.CommentDays = days;
            settings.Version++;
            return await db.SaveChangesAsync(Cancel);
        });
        await identity.ReloadAsync(Cancel);
        await host.EvictCachedPagesAsync();
    }

    /// <summary>A browser of its own: it keeps the cookies the site sets and does not follow redirects.</summary>
    public static HttpClient CreateCommenterBrowser(this BylineHost host) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = host.BaseAddress,
        };

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SendFormAsync(this HttpClient client, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.SendAsync(request, Cancel);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync(Cancel)));
    }

    /// <summary>The comments a page shows, by id, top-level first within each thread.</summary>
    public static List<int> CommentIdsShown(this IParentNode page) =>
        page.QuerySelectorAll("#comments article.comment").Select(a => int.Parse(a.Id!["comment-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The comment count a story list (front page, section) shows for the story at <paramref name="storyPath"/>.</summary>
    public static int CommentCountListedFor(this IParentNode list, string storyPath)
    {
        var card = list.QuerySelectorAll(".story-meta").FirstOrDefault(meta => meta.ParentElement!.QuerySelector($"h2 a[href='{storyPath}']") is not null);
        Assert.True(card is not null, $"the list does not show the story {storyPath}");
        var link = card.QuerySelector("a.story-meta__comments");
        return link is null ? 0 : int.Parse(link.TextContent.Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The address of the section list of the section <see cref="PublishStoryAsync"/> files stories in.</summary>
    public static Task<string> StorySectionPathAsync(this BylineHost host) =>
        host.WithDatabaseAsync(async db => SiteUrls.Section(await db.Sections.OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync(Cancel)));

    /// <summary>The text of the form's error summary, or "" when the form came back without one.</summary>
    public static string FormErrors(this IParentNode page) => page.QuerySelector("#comment-errors")?.TextContent ?? "";

    /// <summary>The refused form shows the error and everything the reader typed.</summary>
    public static void AssertFormKept(this IParentNode page, string error, string name, string email, string body)
    {
        Assert.Contains(error, page.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(name, page.QuerySelector("#comment-name")!.GetAttribute("value"));
        Assert.Equal(email, page.QuerySelector("#comment-email")!.GetAttribute("value"));
        Assert.Equal(body, page.QuerySelector("#comment-body")!.TextContent.Trim());
    }
}
