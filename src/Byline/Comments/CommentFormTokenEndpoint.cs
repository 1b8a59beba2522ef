using System.Globalization;

namespace Byline.Comments;

/// <summary>
/// Where a reader's browser fetches a comment-form token of its own (wwwroot/js/comment-token.js) when the reader comes to
/// the form. The story page is cached and shared, so it cannot carry one; this answer is never cached.
/// </summary>
public static class CommentFormTokenEndpoint
{
    private const string Prefix = "/comment-form-token/";

    public static string For(int articleId) => Prefix + articleId.ToString(CultureInfo.InvariantCulture);

    public static WebApplication MapCommentFormTokens(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Prefix + "{articleId:int}", (int articleId, CommentFormTokens tokens, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            return Results.Text(tokens.Issue(articleId));
        });
        return app;
    }
}
