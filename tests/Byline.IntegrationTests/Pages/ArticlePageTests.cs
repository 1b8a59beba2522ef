using System.Globalization;
using System.Text.Json;
using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

public sealed class ArticlePageTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    [Fact]
    public async Task The_article_page_shows_the_whole_anatomy_in_order()
    {
        var story = await host.StoryAsync(Stories.Footbridge);
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var section = page.QuerySelector("article.story header .kicker a")!;
        var headline = page.QuerySelector("h1")!;
        var standfirst = page.QuerySelector(".story__standfirst")!;
        var byline = page.QuerySelector(".byline")!;
        var body = page.QuerySelector(".story__body")!;
        var tags = page.QuerySelector(".tag-list")!;
        var comments = page.QuerySelector("#comments")!;
        var form = page.QuerySelector("form#leave-a-comment")!;
        var backToTop = page.QuerySelector("a[href='#top']")!;

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("/city", section.GetAttribute("href"));
        Assert.Equal("City", section.TextContent);
        // Set for reading: the stored headline's straight apostrophe is a typographer's one on the page.
        Assert.Equal(Byline.Content.Typography.Smart(story.Headline), headline.TextContent);
        Assert.Equal(story.Standfirst, standfirst.TextContent);
        Assert.Equal("/author/mara-okonkwo", byline.QuerySelector("a[rel=author]")!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("top"));
        var elementsInOrder = new[] { section, headline, standfirst, byline, body, tags, comments, form, backToTop };
        var positions = elementsInOrder.Select(e => page.All.Index(e)).ToList();
        Assert.Equal(positions.Order().ToList(), positions);
    }

    [Fact]
    public async Task The_byline_dates_the_story_with_time_elements_and_an_honest_reading_time()
    {
        var story = await host.StoryAsync(Stories.Footbridge);
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var published = page.QuerySelector(".byline time")!;
        var datetime = DateTimeOffset.Parse(published.GetAttribute("datetime")!, CultureInfo.InvariantCulture);
        Assert.Equal(story.PublishedAt!.Value.ToUnixTimeSeconds(), datetime.ToUnixTimeSeconds());
        Assert.DoesNotContain("Updated", page.QuerySelector(".byline__meta")!.TextContent, StringComparison.Ordinal);

        var expectedMinutes = (int)Math.Ceiling(story.WordCount / 238.0);
        Assert.True(story.WordCount > 1_900, $"the footbridge story has about 2,000 words, not {story.WordCount}");
        Assert.Equal($"{expectedMinutes} min read", page.QuerySelector(".reading-time")!.TextContent);
    }

    [Fact]
    public async Task A_story_changed_after_publication_shows_its_update_date()
    {
        var story = await host.StoryAsync(Stories.PortRecord);
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.PortRecord));

        var times = page.QuerySelectorAll(".byline__meta time");
        Assert.Equal(2, times.Length);
        Assert.Contains("Updated", times[1].ParentElement!.TextContent, StringComparison.Ordinal);
        var updated = DateTimeOffset.Parse(times[1].GetAttribute("datetime")!, CultureInfo.InvariantCulture);
        Assert.Equal(story.UpdatedAt!.Value.ToUnixTimeSeconds(), updated.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Subheadings_carry_anchor_ids_and_the_body_has_no_second_h1()
    {
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var subheadings = page.QuerySelectorAll(".story__body h2, .story__body h3");
        Assert.True(subheadings.Length >= 5);
        Assert.All(subheadings, h => Assert.False(string.IsNullOrEmpty(h.Id)));
        Assert.Equal(subheadings.Length, subheadings.Select(h => h.Id).Distinct().Count());
        Assert.Empty(page.QuerySelectorAll(".story__body h1"));
    }

    [Fact]
    public async Task Tags_link_to_their_tag_pages()
    {
        var story = await host.StoryAsync(Stories.Footbridge);
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var links = page.QuerySelectorAll(".tag-list a[rel=tag]").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(story.Tags.Select(t => (t.Name, (string?)$"/tag/{t.Slug}")).OrderBy(t => t.Name), links.OrderBy(t => t.TextContent));
    }

    [Fact]
    public async Task The_comment_form_has_labelled_fields_and_promises_the_email_stays_private()
    {
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));
        var form = page.QuerySelector("form#leave-a-comment")!;

        Assert.Equal("Leave a comment", form.QuerySelector("h2")!.TextContent);
        Assert.Equal("post", form.GetAttribute("method"));
        foreach (var (name, label) in new[] { ("name", "Name"), ("email", "Email"), ("website", "Website"), ("body", "Comment") })
        {
            var field = form.QuerySelector($"[name={name}]")!;
            var fieldLabel = form.QuerySelector($"label[for='{field.Id}']")!;
            Assert.StartsWith(label, fieldLabel.TextContent.Trim(), StringComparison.Ordinal);
        }
        var emailHint = page.GetElementById(form.QuerySelector("[name=email]")!.GetAttribute("aria-describedby")!.Split(' ')[0])!;
        Assert.Equal("Your email address will never be published.", emailHint.TextContent);
        Assert.Null(form.QuerySelector("[name=website]")!.GetAttribute("required"));
        // The page is cached for every reader, so its form carries no token: the reader's browser fetches one of its own.
        Assert.Equal("", form.QuerySelector("input[name=form_token]")!.GetAttribute("value"));
        Assert.Matches("^/comment-form-token/[0-9]+$", form.GetAttribute("data-token-url"));
    }

    [Fact]
    public async Task Approved_comments_are_shown_without_their_authors_emails()
    {
        var path = await host.PathOfAsync(Stories.Footbridge);
        var emails = await host.WithDatabaseAsync(db => Task.FromResult(
            db.Comments.Where(c => c.Article.Slug == Stories.Footbridge).Select(c => c.AuthorEmail).ToList()));
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = Html.Parse(html);

        Assert.Equal(3, emails.Count);
        Assert.Equal("3 comments", page.QuerySelector("#comments-heading")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll(".comment").Length);
        Assert.All(emails, email => Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase));
        Assert.All(page.QuerySelectorAll(".comment__author a"), a => Assert.Equal("nofollow ugc noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public async Task The_head_carries_title_description_canonical_social_cards_and_feeds()
    {
        var story = await host.StoryAsync(Stories.Footbridge);
        var path = await host.PathOfAsync(Stories.Footbridge);
        var page = await _reader.GetDocumentAsync(path);
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");

        Assert.StartsWith(Byline.Content.Typography.Smart(story.Headline)!, page.Title, StringComparison.Ordinal);
        Assert.Equal(story.Standfirst, Meta("meta[name=description]"));
        Assert.Equal(new Uri(host.BaseAddress, path).ToString(), page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal(story.Headline, Meta("meta[property='og:title']"));
        Assert.Equal(new Uri(host.BaseAddress, path).ToString(), Meta("meta[property='og:url']"));
        // The sample story has a picture of its own: a large card.
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        var feeds = page.QuerySelectorAll("link[rel=alternate]").Select(l => (Type: l.GetAttribute("type"), Href: l.GetAttribute("href"))).ToList();
        Assert.Equal(["application/rss+xml", "application/atom+xml", "application/feed+json"], feeds.Take(3).Select(f => f.Type));
        Assert.Equal(("application/atom+xml", path + "/comments.atom"), feeds[3]);
    }

    [Fact]
    public async Task The_json_ld_describes_a_news_article_with_headline_dates_and_authors()
    {
        var story = await host.StoryAsync("saltmarsh-spring-bird-count-rising-tides");
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(story.Slug));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("ReportageNewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(story.Headline, root.GetProperty("headline").GetString());
        Assert.Equal(story.PublishedAt!.Value.ToUnixTimeSeconds(), root.GetProperty("datePublished").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.True(root.GetProperty("dateModified").GetDateTimeOffset() >= root.GetProperty("datePublished").GetDateTimeOffset());
        var authors = root.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Devika Rao", "Mara Okonkwo"], authors);
        Assert.Equal("NewsMediaOrganization", root.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal(3, root.GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task A_story_of_about_a_thousand_words_is_under_40_kilobytes_of_html()
    {
        var story = await host.StoryAsync(Stories.PortRecord);
        using var response = await _reader.GetAsync(new Uri(await host.PathOfAsync(story.Slug), UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.InRange(story.WordCount, 900, 1_200);
        // 30 KB until issue 15 added the end of the story (next in section and four related stories, each card with a
        // responsive thumbnail's srcsets), the sharing metadata and the footer's menu: about 34 KB, 40 KB the ceiling.
        Assert.True(bytes.Length < 40 * 1024, $"the page is {bytes.Length:N0} bytes");
    }

    [Fact]
    public async Task Story_lists_and_pages_use_the_stored_reading_time_not_a_recount()
    {
        await host.WithDatabaseAsync(async db =>
        {
            var story = db.Articles.Single(a => a.Slug == "larkhaven-rowing-club-wins-wren-regatta-eights");
            story.ReadingMinutes = 42;
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await host.EvictCachedPagesAsync();

        var page = await _reader.GetDocumentAsync(await host.PathOfAsync("larkhaven-rowing-club-wins-wren-regatta-eights"));

        Assert.Equal("42 min read", page.QuerySelector(".reading-time")!.TextContent);
    }
}
