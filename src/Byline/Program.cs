using Byline.Accounts;
using Byline.Caching;
using Byline.Cli;
using Byline.Comments;
using Byline.Content;
using Byline.ContentApi;
using Byline.Feeds;
using Byline.Media;
using Byline.Publishing;
using Byline.Search;
using Byline.Storage;
using Byline.Transfer.WordPress;
using Byline.Web;

if (BylineCommandLine.Handles(args))
{
    return await BylineCommandLine.RunAsync(args, CreateBuilder);
}

var app = CreateBuilder(args).Build();

await app.PrepareDatabaseAsync();

app.UseReaderSite();
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
    builder.AddAccounts();
    builder.AddPublishing();
    builder.AddComments();
    builder.AddFeeds();
    builder.AddMedia();
    builder.AddSearch();
    builder.AddWordPressImport();
    builder.AddCaching();
    builder.AddReaderSite();
    return builder;
}

/// <summary>The entry point, named so that tests can host the real application.</summary>
public partial class Program;
