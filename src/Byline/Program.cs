using Byline.Caching;
using Byline.Comments;
using Byline.Content;
using Byline.Feeds;
using Byline.Search;
using Byline.Storage;
using Byline.Web;

// The content root is where the build put appsettings.json and the static-asset manifest, whatever the working
// directory; the data folder, in contrast, is relative to the working directory (./data).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();

builder.AddStorage();
builder.AddContent();
builder.AddComments();
builder.AddFeeds();
builder.AddSearch();
builder.AddCaching();
builder.AddReaderSite();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseReaderSite();
app.MapStaticAssets();
app.MapHealth();
app.MapFeeds();
app.MapSitemaps();
app.MapRazorPages().WithStaticAssets();
app.AnnounceAddresses();

await app.RunAsync();

/// <summary>The entry point, named so that tests can host the real application.</summary>
public partial class Program;
