using Byline.Accounts;
using Byline.Areas.Newsroom;
using Byline.Caching;
using Byline.Caching.HotPages;
using Byline.Cli;
using Byline.Comments;
using Byline.Content;
using Byline.ContentApi;
using Byline.Feeds;
using Byline.Media;
using Byline.Notifications;
using Byline.Planning;
using Byline.Publishing;
using Byline.Search;
using Byline.Site;
using Byline.Storage;
using Byline.Taxonomy;
using Byline.Transfer.Sample;
using Byline.Transfer.WordPress;
using Byline.Web;

if (BylineCommandLine.Handles(args))
{
    return await BylineCommandLine.RunAsync(args, CreateBuilder);
}

var app = CreateBuilder(args).Build();

await app.PrepareDatabaseAsync();

// The request pipeline, in order.
app.UseTrustedProxies();
app.UseHotPages(); // a hot page needs no routing, no sign-in and no rendering
app.UseReaderErrorPages();
app.UseOldPathRedirects();
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseNewsroomNoStore();
app.UseRouting();
app.UseFingerprintedAssetCaching();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseConditionalRequests();
app.UsePageCaching();

app.MapStaticAssets();
app.MapHealth();
app.MapFeeds();
app.MapSitemaps();
app.MapMedia();
app.MapContentApi();
app.MapCommentFormTokens();
app.MapRazorPages().WithStaticAssets();
app.AnnounceAddresses();

await app.RunAsync();
return 0;

static WebApplicationBuilder CreateBuilder(string[] args)
{
    // The content root is where the build put appsettings.json and the static-asset manifest, whatever the working
    // directory; the data folder, in contrast, is relative to the working directory (./data). See docs/decisions/0001.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.WebHost.UseStaticWebAssets();

    builder.AddStorage();
    builder.AddContent();
    builder.AddSampleContent();
    builder.AddSite();
    builder.AddTaxonomy();
    builder.AddAccounts();
    builder.AddPublishing();
    builder.AddComments();
    builder.AddNotifications();
    builder.AddPlanning();
    builder.AddFeeds();
    builder.AddMedia();
    builder.AddSearch();
    builder.AddContentApi();
    builder.AddWordPressImport();
    builder.AddCaching();
    builder.AddReaderSite();
    builder.AddNewsroom();
    return builder;
}

/// <summary>The entry point, named so that tests can host the real application.</summary>
public partial class Program;
