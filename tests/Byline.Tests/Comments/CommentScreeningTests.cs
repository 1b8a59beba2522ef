using Byline.Comments;
using Byline.Content;

namespace Byline.Tests.Comments;

public sealed class CommentScreeningTests
{
    private const string Name = "Ada Reader";

    private static CommentRules Rules(bool holdFirst = true, int? maxLinks = 2, string[]? blocked = null, string[]? held = null) =>
        new(holdFirst, maxLinks, blocked ?? [], held ?? []);

    private static ScreeningResult Decide(string body, CommentRules rules, bool hasApproved = true, string name = Name, string? website = null) =>
        CommentScreening.Decide(name, website, body, rules, hasApproved);

    [Fact]
    public void A_plain_comment_from_an_email_with_an_approved_comment_goes_straight_up()
    {
        Assert.Equal(new ScreeningResult(CommentStatus.Approved, null), Decide("The tram was on time today.", CommentRules.Defaults));
    }

    [Fact]
    public void A_first_comment_from_an_email_is_held_with_the_reason()
    {
        var result = Decide("The tram was on time today.", CommentRules.Defaults, hasApproved: false);

        Assert.Equal(CommentStatus.Pending, result.Status);
        Assert.Equal("First comment from this email address.", result.Reason);
    }

    [Fact]
    public void With_first_comments_not_held_a_first_comment_goes_straight_up()
    {
        Assert.Equal(new ScreeningResult(CommentStatus.Approved, null), Decide("Hello.", Rules(holdFirst: false), hasApproved: false));
    }

    [Fact]
    public void The_defaults_hold_first_comments_and_more_than_two_links_with_no_words_listed()
    {
        Assert.True(CommentRules.Defaults.HoldFirstComments);
        Assert.Equal(2, CommentRules.Defaults.MaxLinks);
        Assert.Empty(CommentRules.Defaults.BlockedWords);
        Assert.Empty(CommentRules.Defaults.HeldWords);
    }

    [Fact]
    public void A_blocked_word_sends_the_comment_to_spam_with_the_word_as_the_reason()
    {
        var result = Decide("Best odds at our casino tonight", Rules(blocked: ["casino"]));

        Assert.Equal(CommentStatus.Spam, result.Status);
        Assert.Equal("Contains the blocked word “casino”.", result.Reason);
    }

    [Fact]
    public void A_held_word_holds_the_comment_with_the_word_as_the_reason()
    {
        var result = Decide("I want a refund for my ticket.", Rules(held: ["refund"]));

        Assert.Equal(CommentStatus.Pending, result.Status);
        Assert.Equal("Contains the held word “refund”.", result.Reason);
    }

    [Theory]
    [InlineData("casino!")]
    [InlineData("CASINO")]
    [InlineData("Casino")]
    [InlineData("(casino)")]
    [InlineData("the casino's tables")]
    [InlineData("casino\nnext line")]
    [InlineData("play at online-casino.example")]
    public void A_blocked_word_is_found_whatever_its_capitals_and_the_punctuation_around_it(string body)
    {
        Assert.Equal(CommentStatus.Spam, Decide(body, Rules(blocked: ["Casino"])).Status);
    }

    [Theory]
    [InlineData("On this occasion the ferry was early.")]
    [InlineData("Three new casinos opened on the pier.")]
    [InlineData("megacasino")]
    [InlineData("casino2024")]
    [InlineData("cas ino")]
    public void A_blocked_word_inside_another_word_is_not_a_match(string body)
    {
        Assert.Equal(CommentStatus.Approved, Decide(body, Rules(blocked: ["Casino"])).Status);
    }

    [Fact]
    public void A_blocked_phrase_matches_as_a_whole()
    {
        var rules = Rules(blocked: ["cheap pills"]);

        Assert.Equal(CommentStatus.Spam, Decide("Buy CHEAP PILLS now", rules).Status);
        Assert.Equal(CommentStatus.Approved, Decide("The pills were not cheap", rules).Status);
    }

    [Fact]
    public void Capitals_of_letters_beyond_ASCII_match_too()
    {
        Assert.Equal(CommentStatus.Spam, Decide("Meet me at the CAFÉ", Rules(blocked: ["café"])).Status);
        Assert.Equal(CommentStatus.Approved, Decide("Three cafés opened", Rules(blocked: ["café"])).Status);
    }

    [Theory]
    [InlineData("c++")]
    [InlineData("$$$")]
    [InlineData("a.b")]
    [InlineData("(free)")]
    public void A_listed_word_with_regex_characters_is_matched_literally(string word)
    {
        Assert.Equal(CommentStatus.Spam, Decide($"Look: {word} here", Rules(blocked: [word])).Status);
        Assert.Equal(CommentStatus.Approved, Decide("Look: nothing here at all", Rules(blocked: [word])).Status);
    }

    [Fact]
    public void A_blocked_word_in_the_name_or_the_website_counts_too()
    {
        var rules = Rules(blocked: ["casino"]);

        Assert.Equal(CommentStatus.Spam, Decide("A harmless comment.", rules, name: "Casino Royale").Status);
        Assert.Equal(CommentStatus.Spam, Decide("A harmless comment.", rules, website: "https://casino.example.com").Status);
    }

    [Fact]
    public void A_blocked_word_wins_over_a_held_word_too_many_links_and_a_first_comment()
    {
        var body = "refund casino https://a.example https://b.example https://c.example";

        var result = Decide(body, Rules(blocked: ["casino"], held: ["refund"]), hasApproved: false);

        Assert.Equal(CommentStatus.Spam, result.Status);
        Assert.Equal("Contains the blocked word “casino”.", result.Reason);
    }

    [Fact]
    public void A_held_word_is_named_before_too_many_links_or_a_first_comment()
    {
        var result = Decide("refund https://a.example https://b.example https://c.example", Rules(held: ["refund"]), hasApproved: false);

        Assert.Equal("Contains the held word “refund”.", result.Reason);
    }

    [Fact]
    public void The_first_listed_word_that_matches_is_named()
    {
        var result = Decide("pills and casino", Rules(blocked: ["casino", "pills"]));

        Assert.Equal("Contains the blocked word “casino”.", result.Reason);
    }

    [Fact]
    public void Two_links_are_allowed_and_a_third_holds_the_comment_with_the_count()
    {
        var rules = CommentRules.Defaults;

        Assert.Equal(CommentStatus.Approved, Decide("See https://a.example and http://b.example/page", rules).Status);
        var held = Decide("See https://a.example, http://b.example/page and www.c.example", rules);
        Assert.Equal(CommentStatus.Pending, held.Status);
        Assert.Equal("Has 3 links; more than 2 are held.", held.Reason);
    }

    [Fact]
    public void Too_many_links_is_the_reason_given_even_for_a_first_comment()
    {
        var result = Decide("https://a.example https://b.example https://c.example", CommentRules.Defaults, hasApproved: false);

        Assert.Equal("Has 3 links; more than 2 are held.", result.Reason);
    }

    [Fact]
    public void With_the_link_rule_off_any_number_of_links_goes_up_and_with_zero_any_link_is_held()
    {
        var body = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"https://site{i}.example"));

        Assert.Equal(CommentStatus.Approved, Decide(body, Rules(maxLinks: null)).Status);
        Assert.Equal(CommentStatus.Approved, Decide("No links at all.", Rules(maxLinks: 0)).Status);
        var one = Decide("Only https://one.example", Rules(maxLinks: 0));
        Assert.Equal(CommentStatus.Pending, one.Status);
        Assert.EndsWith("more than 0 are held.", one.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_website_field_is_not_counted_as_a_link_in_the_comment()
    {
        Assert.Equal(CommentStatus.Approved,
            Decide("See https://a.example and https://b.example", CommentRules.Defaults, website: "https://me.example").Status);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("no links here", 0)]
    [InlineData("https://a.example", 1)]
    [InlineData("HTTP://A.EXAMPLE", 1)]
    [InlineData("www.example.org", 1)]
    [InlineData("https://a.example http://b.example www.c.example", 3)]
    [InlineData("https://a.example\nhttps://b.example", 2)]
    [InlineData("the word http or https alone, and ftp://files.example", 0)]
    [InlineData("javascript:alert(1)", 0)]
    public void Links_are_counted_by_their_web_addresses(string body, int links)
    {
        Assert.Equal(links, CommentScreening.CountLinks(body));
    }

    [Fact]
    public void Null_rules_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CommentScreening.Decide(Name, null, "Hello", null!, true));
    }

    [Theory]
    [InlineData("casino\ncheap pills\n\nCASINO\n", new[] { "casino", "cheap pills" })]
    [InlineData("refund, lawsuit\r\nrefund", new[] { "refund", "lawsuit" })]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void A_word_list_is_one_word_or_phrase_per_line_or_comma_without_blanks_or_repeats(string? text, string[] words)
    {
        Assert.Equal(words, CommentRules.ParseList(text));
    }
}
