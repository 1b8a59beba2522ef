using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class CommentModerationRulesTests
{
    [Theory]
    [InlineData(ModerationAction.Approve, CommentStatus.Approved)]
    [InlineData(ModerationAction.Spam, CommentStatus.Spam)]
    [InlineData(ModerationAction.Trash, CommentStatus.Trash)]
    [InlineData(ModerationAction.Restore, CommentStatus.Pending)]
    public void Each_action_leads_to_one_state(ModerationAction action, CommentStatus expected) =>
        Assert.Equal(expected, ModerationRules.TargetOf(action));

    [Theory]
    [InlineData(CommentStatus.Pending, CommentStatus.Approved, true)]
    [InlineData(CommentStatus.Approved, CommentStatus.Spam, true)]
    [InlineData(CommentStatus.Approved, CommentStatus.Trash, true)]
    [InlineData(CommentStatus.Approved, CommentStatus.Pending, true)]
    [InlineData(CommentStatus.Spam, CommentStatus.Approved, true)]
    [InlineData(CommentStatus.Pending, CommentStatus.Spam, false)]
    [InlineData(CommentStatus.Pending, CommentStatus.Trash, false)]
    [InlineData(CommentStatus.Spam, CommentStatus.Trash, false)]
    [InlineData(CommentStatus.Trash, CommentStatus.Pending, false)]
    public void Only_a_move_into_or_out_of_approved_changes_what_readers_see(CommentStatus from, CommentStatus to, bool changes) =>
        Assert.Equal(changes, ModerationRules.ChangesWhatReadersSee(from, to));

    [Fact]
    public void A_comment_is_offered_every_action_except_the_one_that_leaves_it_where_it_is()
    {
        Assert.Equal([ModerationAction.Approve, ModerationAction.Spam, ModerationAction.Trash], ModerationRules.ActionsFor(CommentStatus.Pending));
        Assert.Equal([ModerationAction.Restore, ModerationAction.Spam, ModerationAction.Trash], ModerationRules.ActionsFor(CommentStatus.Approved));
        Assert.Equal([ModerationAction.Approve, ModerationAction.Restore, ModerationAction.Trash], ModerationRules.ActionsFor(CommentStatus.Spam));
        Assert.Equal([ModerationAction.Approve, ModerationAction.Restore, ModerationAction.Spam], ModerationRules.ActionsFor(CommentStatus.Trash));
    }

    [Theory]
    [InlineData(CommentStatus.Approved, "Unapprove")]
    [InlineData(CommentStatus.Spam, "Not spam")]
    [InlineData(CommentStatus.Trash, "Restore")]
    public void Returning_a_comment_to_the_queue_is_named_for_where_it_comes_from(CommentStatus from, string label) =>
        Assert.Equal(label, ModerationRules.Label(ModerationAction.Restore, from));

    [Theory]
    [InlineData(ModerationAction.Approve, 1, "Approved 1 comment")]
    [InlineData(ModerationAction.Approve, 3, "Approved 3 comments")]
    [InlineData(ModerationAction.Spam, 2, "Marked 2 comments as spam")]
    [InlineData(ModerationAction.Trash, 1, "Moved 1 comment to the trash")]
    [InlineData(ModerationAction.Restore, 1200, "Returned 1,200 comments to the pending queue")]
    public void The_summary_names_the_action_and_the_count(ModerationAction action, int count, string expected) =>
        Assert.Equal(expected, ModerationRules.Summary(action, count));

    [Fact]
    public void The_audit_details_list_the_comment_numbers_in_order()
    {
        Assert.Equal("Marked 3 comments as spam: #4, #9, #12", ModerationRules.AuditDetails(ModerationAction.Spam, [12, 4, 9]));
    }

    [Fact]
    public void The_audit_subject_names_the_comments()
    {
        Assert.Equal("comment:7", ModerationRules.AuditSubject([7]));
        Assert.Equal("comment:3,7,21", ModerationRules.AuditSubject([21, 3, 7]));
    }

    [Fact]
    public void A_long_list_of_comments_is_cut_to_fit_the_audit_subject_and_says_how_many_were_left_out()
    {
        var ids = Enumerable.Range(100_000, 40).ToList();

        var subject = ModerationRules.AuditSubject(ids);

        Assert.True(subject.Length <= ModerationRules.SubjectMaxLength, subject);
        Assert.StartsWith("comment:100000,100001,", subject, StringComparison.Ordinal);
        var shown = subject["comment:".Length..].Split(',');
        var leftOut = int.Parse(shown[^1][1..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(40, shown.Length - 1 + leftOut);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(500)]
    public void The_audit_subject_always_fits_its_column(int count)
    {
        var subject = ModerationRules.AuditSubject(Enumerable.Range(int.MaxValue - count, count).ToList());

        Assert.True(subject.Length <= ModerationRules.SubjectMaxLength, subject);
    }

    [Fact]
    public void A_reply_is_trimmed_and_its_line_endings_made_one_kind()
    {
        Assert.Equal("First line\nsecond line", ModerationRules.NormalizeBody("  First line\r\nsecond line \r\n"));
        Assert.Equal("", ModerationRules.NormalizeBody(null));
    }

    [Fact]
    public void A_reply_must_have_text_and_at_most_ten_thousand_characters()
    {
        Assert.Equal("Write your reply.", ModerationRules.ReplyBodyError(""));
        Assert.Equal("A reply can be at most 10,000 characters long.", ModerationRules.ReplyBodyError(new string('a', 10_001)));
        Assert.Null(ModerationRules.ReplyBodyError(new string('a', 10_000)));
    }
}
