using Byline.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom;

/// <summary>
/// The newsroom's pages: every one needs a signed-in member, folders need the role of the role table, and responses are
/// never stored by any cache. Only the sign-in, setup and invitation pages are open to anonymous visitors.
/// </summary>
public static class NewsroomRegistration
{
    public const string Area = "Newsroom";

    public static WebApplicationBuilder AddNewsroom(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<RazorPagesOptions>(ProtectFolders);
        return builder;
    }

    private static void ProtectFolders(RazorPagesOptions options)
    {
        var conventions = options.Conventions;
        conventions.AuthorizeAreaFolder(Area, "/", NewsroomPolicies.Member);
        conventions.AuthorizeAreaFolder(Area, "/Comments", NewsroomPolicies.Editor);
        conventions.AuthorizeAreaFolder(Area, "/Taxonomy", NewsroomPolicies.Editor);
        conventions.AuthorizeAreaFolder(Area, "/Pages", NewsroomPolicies.Editor);
        conventions.AuthorizeAreaFolder(Area, "/Authors", NewsroomPolicies.Editor);
        conventions.AuthorizeAreaFolder(Area, "/Menus", NewsroomPolicies.Admin);
        conventions.AuthorizeAreaFolder(Area, "/People", NewsroomPolicies.Admin);
        conventions.AuthorizeAreaFolder(Area, "/Settings", NewsroomPolicies.Admin);
        conventions.AuthorizeAreaFolder(Area, "/Audit", NewsroomPolicies.Admin);
        conventions.AuthorizeAreaFolder(Area, "/Privacy", NewsroomPolicies.Admin);
        conventions.AuthorizeAreaFolder(Area, "/Import", NewsroomPolicies.Admin);
        conventions.AllowAnonymousToAreaFolder(Area, "/SignIn");
        // The preview of a story not saved yet: the same page as /newsroom/stories/{id}/preview, without an id.
        conventions.AddAreaPageRoute(Area, "/Stories/Preview", "newsroom/stories/new/preview");
    }

    /// <summary>Newsroom responses are personal: no browser, proxy or CDN may keep them.</summary>
    public static IApplicationBuilder UseNewsroomNoStore(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(AccountsRegistration.CookiePath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "private, no-store";
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
