using System.Globalization;
using System.Text.RegularExpressions;

using Byline.BrowserTests.Pages;
using Byline.Testing;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

public sealed class ArticlePageTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task A_reader_follows_the_lead_story_from_the_front_page_and_sees_every_part_of_the_article()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        var front = await FrontPage.OpenAsync(page);
        await Screenshots.SaveAsync(page, "front-page", Viewport.Desktop);
        var headline = (await front.LeadHeadlineLink.TextContentAsync() ?? "").Trim();
        var section = (await front.LeadSectionLink.TextContentAsync() ?? "").Trim();

        var article = await front.FollowLeadStoryAsync();

        await Expect(article.SectionLink).ToHaveTextAsync(section);
        await Expect(article.SectionLink).ToHaveAttributeAsync("href", new Regex("^/[a-z0-9-]+$"));
        await Expect(article.Headline).ToHaveCountAsync(1);
        await Expect(article.Headline).ToHaveTextAsync(headline);
        await Expect(article.Standfirst).Not.ToBeEmptyAsync();

        Assert.True(await article.AuthorLinks.CountAsync() >= 1, "The byline links at least one author.");
        foreach (var author in await article.AuthorLinks.AllAsync())
        {
            await Expect(author).ToHaveAttributeAsync("href", new Regex("^/author/[a-z0-9-]+$"));
            await Expect(author).Not.ToBeEmptyAsync();
        }
        var datetime = await article.PublicationDate.GetAttributeAsync("datetime");
        Assert.True(DateTimeOffset.TryParse(datetime, CultureInfo.InvariantCulture, out _), $"<time datetime=\"{datetime}\"> is a date.");
        await Expect(article.PublicationDate).Not.ToBeEmptyAsync();
        await Expect(article.ReadingTime).ToBeVisibleAsync();

        Assert.True(await article.Subheadings.CountAsync() >= 1, "The body has at least one h2 subheading.");
        foreach (var subheading in await article.Subheadings.AllAsync())
        {
            await Expect(subheading).ToHaveAttributeAsync("id", new Regex(".+"));
        }
        Assert.True(await article.TagLinks.CountAsync() >= 1, "The story lists its tags as links.");

        var form = article.CommentForm;
        await Expect(form.Form).ToBeVisibleAsync();
        await Expect(form.Name).ToBeVisibleAsync();
        await Expect(form.Email).ToBeVisibleAsync();
        await Expect(form.Email).ToHaveAccessibleDescriptionAsync(new Regex("Your email address will never be published"));
        await Expect(form.Website).ToBeVisibleAsync();
        await Expect(form.Comment).ToBeVisibleAsync();

        var approved = await article.ApprovedComments.CountAsync();
        Assert.True(approved >= 1, "The lead sample story carries approved comments.");
        await Expect(article.CommentsHeading).ToHaveTextAsync(approved == 1 ? "1 comment" : $"{approved} comments");

        await Expect(article.BackToTop).ToBeVisibleAsync();
        await Expect(article.BackToTop).ToHaveAttributeAsync("href", "#top");
        await Screenshots.SaveAsync(page, "article", Viewport.Desktop);
    }

    [Fact]
    public async Task The_article_page_has_no_horizontal_scroll_on_a_390_pixel_wide_phone()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        var page = await context.NewPageAsync();
        var front = await FrontPage.OpenAsync(page);
        await Screenshots.SaveAsync(page, "front-page", Viewport.Phone);

        var article = await front.FollowLeadStoryAsync();
        await Screenshots.SaveAsync(page, "article", Viewport.Phone);

        var scrollWidth = await article.DocumentScrollWidthAsync();
        Assert.True(scrollWidth <= Viewport.Phone.Width, $"The page is {scrollWidth} px wide in a {Viewport.Phone.Width} px window.");
    }
}
