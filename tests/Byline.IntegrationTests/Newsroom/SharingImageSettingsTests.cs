using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Media;
using Byline.Testing;
using Byline.Transfer.Sample;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The settings page's default sharing image: chosen from the media library, by admins only.</summary>
public sealed class SharingImageSettingsTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Settings = "/newsroom/settings";
    private const string SettingsForm = "form.nr-settings";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> SaveAsync(NewsroomSession admin, string sharingImageId)
    {
        var form = await admin.Client.ReadFormAsync(Settings, SettingsForm);
        form.Set("SharingImageId", sharingImageId);
        return await form.PostAsync(admin.Client, Settings);
    }

    private Task<SiteSettings?> SavedAsync() =>
        host.WithDatabaseAsync(db => db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(Cancel));

    private Task<MediaItem> PictureAsync(string name) =>
        host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.StorageKey == SamplePictures.KeyOf(name), Cancel));

    [Fact]
    public async Task An_admin_chooses_a_default_sharing_image_from_the_library_and_the_change_is_audited()
    {
        var picture = await PictureAsync("night-tram");
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var offered = Html.Parse(await admin.Client.GetStringAsync(new Uri(Settings, UriKind.Relative), Cancel));
        Assert.NotNull(offered.QuerySelector($"select#SharingImageId option[value='{picture.Id}']"));
        Assert.Equal("Default sharing image", offered.QuerySelector("label[for='SharingImageId']")!.TextContent.Trim());

        using var response = await SaveAsync(admin, picture.Id.ToString(CultureInfo.InvariantCulture));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(picture.Id, (await SavedAsync())!.SharingImageId);
            var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync(Cancel));
            Assert.Contains("default sharing image none → media:" + picture.Id.ToString(CultureInfo.InvariantCulture), audit.Details, StringComparison.Ordinal);
            var form = Html.Parse(await admin.Client.GetStringAsync(new Uri(Settings, UriKind.Relative), Cancel));
            Assert.NotNull(form.QuerySelector($"select#SharingImageId option[value='{picture.Id}'][selected]"));
        }
        finally
        {
            using var _ = await SaveAsync(admin, "");
        }
        Assert.Null((await SavedAsync())!.SharingImageId);
    }

    [Theory]
    [InlineData("987654", "not in the media library")]
    [InlineData("a picture", "Choose one of the options in the list.")]
    public async Task A_sharing_image_that_is_not_in_the_media_library_is_refused_with_a_message(string value, string message)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = (await SavedAsync())?.SharingImageId;

        using var response = await SaveAsync(admin, value);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.GetElementById("SharingImageId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await SavedAsync())?.SharingImageId);
    }

    [Theory]
    [InlineData(NewsroomRole.Editor)]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Contributor)]
    public async Task A_member_who_is_not_an_admin_cannot_set_the_default_sharing_image(NewsroomRole role)
    {
        var picture = await PictureAsync("fish-market");
        using var member = await NewsroomSession.SignInAsync(host, role);
        var before = await SavedAsync();

        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = before?.Title ?? "Larkhaven",
            ["TimeZone"] = "UTC",
            ["CommentPolicy"] = nameof(CommentPolicy.Open),
            ["SharingImageId"] = picture.Id.ToString(CultureInfo.InvariantCulture),
            ["Version"] = (before?.Version ?? 0).ToString(CultureInfo.InvariantCulture),
        });
        using var post = await member.Client.PostAsync(new Uri(Settings, UriKind.Relative), fields, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.NotEqual(picture.Id, (await SavedAsync())?.SharingImageId);
    }

    [Fact]
    public async Task An_anonymous_post_of_a_sharing_image_is_sent_to_sign_in_and_changes_nothing()
    {
        var picture = await PictureAsync("rowing-eight");
        using var client = NewsroomSession.CreateClient(host);
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string> { ["SharingImageId"] = picture.Id.ToString(CultureInfo.InvariantCulture) });

        using var response = await client.PostAsync(new Uri(Settings, UriKind.Relative), fields, Cancel);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.NotEqual(picture.Id, (await SavedAsync())?.SharingImageId);
    }
}
