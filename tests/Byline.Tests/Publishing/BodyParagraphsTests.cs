using Byline.Publishing;

namespace Byline.Tests.Publishing;

public sealed class BodyParagraphsTests
{
    private const string Body = "The council **voted** nine to four.\n\n## What happened\n\n- first\n- second\n\n---\n\n> A quote\n> on two lines.";

    [Fact]
    public void A_body_is_numbered_by_its_top_level_blocks_as_plain_text()
    {
        Assert.Equal(["The council voted nine to four.", "What happened", "first second", "", "A quote on two lines."], BodyParagraphs.Of(Body));
    }

    [Fact]
    public void A_kept_start_finds_its_paragraph_where_it_was_then_wherever_it_moved_and_not_once_it_changed()
    {
        var now = BodyParagraphs.Of("New opening.\n\n" + Body);

        Assert.Equal(1, BodyParagraphs.Find(now, 0, "The council voted"));
        Assert.Equal(0, BodyParagraphs.Find(BodyParagraphs.Of(Body), 0, "The council voted"));
        Assert.Null(BodyParagraphs.Find(BodyParagraphs.Of(Body.Replace("council", "board", StringComparison.Ordinal)), 0, "The council voted"));
    }

    [Fact]
    public void A_quote_is_cut_at_a_word_with_an_ellipsis()
    {
        Assert.Equal("The council voted nine…", BodyParagraphs.Quote("The council voted nine to four.", 24));
        Assert.Equal("Short.", BodyParagraphs.Quote("Short.", 24));
    }
}
