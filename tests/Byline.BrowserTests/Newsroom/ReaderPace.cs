using Byline.Comments;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// A person reads the story before the comment is posted. The site refuses a comment form posted sooner than
/// <see cref="CommentOptions.MinimumFormAge"/> after the page was made (a robot's speed), so a test waits that long too.
/// </summary>
public static class ReaderPace
{
    public static Task ReadBeforeCommentingAsync(BylineHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var minimum = host.Services.GetRequiredService<IOptions<CommentOptions>>().Value.MinimumFormAge;
        return Task.Delay(minimum + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
    }
}
