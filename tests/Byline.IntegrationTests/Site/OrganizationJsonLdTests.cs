using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.IntegrationTests.Transfer;
using Byline.Testing;

namespace Byline.IntegrationTests.Site;

/// <summary>The front page's NewsMediaOrganization names exactly the policy pages the site has published.</summary>
public sealed class OrganizationJsonLdTests(EmptySiteHost host) : IClassFixture<EmptySiteHost>
{
    [Fact]
    public async Task The_organisation_names_exactly_the_published_policy_pages_by_their_absolute_addresses()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await PageDesk.CreateAsync(admin, "Publishing principles", "principles", "We publish what we verify.", "PublishingPrinciples");
        await PageDesk.CreateAsync(admin, "Corrections policy", "fixing-mistakes", "We correct in the open.", "CorrectionsPolicy");
        await PageDesk.CreateAsync(admin, "Diversity policy", "diversity", "Not ready.", "DiversityPolicy", published: false);
        await PageDesk.CreateAsync(admin, "Our newsletter", "newsletter", "Weekly.");
        using var reader = host.CreateReader();

        using var response = await reader.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script type=\"application/ld+json\">", raw, StringComparison.Ordinal);
        var organisation = Html.Parse(raw).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "NewsMediaOrganization");
        Assert.Equal(host.BaseAddress.ToString(), organisation.GetProperty("url").GetString());
        var named = organisation.EnumerateObject()
            .Where(p => p.Name is "publishingPrinciples" or "correctionsPolicy" or "ethicsPolicy" or "masthead" or "actionableFeedbackPolicy" or "diversityPolicy")
            .ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(host.BaseAddress + "principles", named["publishingPrinciples"]);
        Assert.Equal(host.BaseAddress + "fixing-mistakes", named["correctionsPolicy"]);
        // The unpublished diversity policy is not named; the class's other test may have published a masthead.
        Assert.False(named.ContainsKey("diversityPolicy"));
        Assert.All(named.Keys, key => Assert.True(key is "publishingPrinciples" or "correctionsPolicy" or "masthead", key));
    }

    [Fact]
    public async Task A_second_page_of_a_policy_kind_is_refused_so_the_organisation_names_one()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await PageDesk.CreateAsync(admin, "Masthead", "masthead", "The people.", "Masthead");

        using var response = await PageDesk.PostNewAsync(admin, "Who we are", "who-we-are", "The people again.", "Masthead");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("“Masthead” is already the site's Masthead", page.QuerySelector("#Kind-error")!.TextContent, StringComparison.Ordinal);
    }
}
