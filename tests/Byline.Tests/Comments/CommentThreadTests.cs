using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class CommentThreadTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static CommentView View(int id, int? parentId = null) =>
        new(id, parentId, $"Reader {id}", null, $"Comment {id}", Start.AddMinutes(id));

    private static List<int> Ids(IEnumerable<CommentView> comments) => comments.Select(c => c.Id).ToList();

    [Fact]
    public void Replies_are_grouped_under_their_parent_oldest_first()
    {
        var threads = CommentThread.Build([View(1), View(2), View(3, parentId: 1), View(4, parentId: 2), View(5, parentId: 1)]);

        Assert.Equal([1, 2], threads.Select(t => t.Comment.Id));
        Assert.Equal([3, 5], Ids(threads[0].Replies));
        Assert.Equal([4], Ids(threads[1].Replies));
    }

    [Fact]
    public void Top_level_comments_keep_the_order_they_were_given_in()
    {
        var threads = CommentThread.Build([View(7), View(3), View(9), View(1)]);

        Assert.Equal([7, 3, 9, 1], threads.Select(t => t.Comment.Id));
        Assert.All(threads, t => Assert.Empty(t.Replies));
    }

    [Fact]
    public void Reply_order_follows_the_input_not_the_ids()
    {
        var threads = CommentThread.Build([View(10), View(30, parentId: 10), View(20, parentId: 10)]);

        var thread = Assert.Single(threads);
        Assert.Equal([30, 20], Ids(thread.Replies));
    }

    [Fact]
    public void A_reply_whose_parent_is_not_approved_is_shown_at_the_top_level()
    {
        // Comment 2 is pending or removed, so it is not in the approved list.
        var threads = CommentThread.Build([View(1), View(3, parentId: 2), View(4, parentId: 1)]);

        Assert.Equal([1, 3], threads.Select(t => t.Comment.Id));
        Assert.Equal([4], Ids(threads[0].Replies));
        Assert.Empty(threads[1].Replies);
        Assert.Equal(2, threads[1].Comment.ParentId);
    }

    [Fact]
    public void Every_approved_comment_is_shown_exactly_once_even_a_reply_to_a_reply()
    {
        var comments = new[] { View(1), View(2, parentId: 1), View(3, parentId: 2), View(4) };

        var threads = CommentThread.Build(comments);

        var shown = threads.SelectMany(t => t.Replies.Prepend(t.Comment)).Select(c => c.Id).Order().ToList();
        Assert.Equal([1, 2, 3, 4], shown);
    }

    [Fact]
    public void No_comments_make_no_threads()
    {
        Assert.Empty(CommentThread.Build([]));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CommentThread.Build(null!));
    }
}
