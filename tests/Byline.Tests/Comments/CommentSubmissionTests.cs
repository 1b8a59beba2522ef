using System.ComponentModel.DataAnnotations;
using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class CommentSubmissionTests
{
    private static CommentSubmission Valid() => new()
    {
        Name = "Ana Ferreira",
        Email = "ana@example.org",
        Website = null,
        Body = "A thoughtful piece, thank you.",
    };

    private static List<ValidationResult> Validate(CommentSubmission submission)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(submission, new ValidationContext(submission), results, validateAllProperties: true);
        return results;
    }

    private static ValidationResult SingleErrorFor(CommentSubmission submission, string member)
    {
        var error = Assert.Single(Validate(submission));
        Assert.Equal([member], error.MemberNames);
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorMessage));
        return error;
    }

    [Fact]
    public void A_complete_submission_is_valid()
    {
        Assert.Empty(Validate(Valid()));
    }

    [Fact]
    public void A_submission_with_a_website_is_valid()
    {
        var submission = Valid();
        submission.Website = "https://example.org";

        Assert.Empty(Validate(submission));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_name_is_refused(string? name)
    {
        var submission = Valid();
        submission.Name = name;

        var error = SingleErrorFor(submission, nameof(CommentSubmission.Name));
        Assert.Equal("Please tell us your name.", error.ErrorMessage);
    }

    [Fact]
    public void A_name_of_100_characters_is_accepted()
    {
        var submission = Valid();
        submission.Name = new string('n', 100);

        Assert.Empty(Validate(submission));
    }

    [Fact]
    public void A_name_of_101_characters_is_refused_with_the_limit_in_the_message()
    {
        var submission = Valid();
        submission.Name = new string('n', 101);

        var error = SingleErrorFor(submission, nameof(CommentSubmission.Name));
        Assert.Contains("100", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_dropped_from_the_name_and_body_as_the_form_is_read()
    {
        var submission = Valid();
        submission.Name = "\u0001Ana\u0002 Ferreira\u007F";
        submission.Body = "Thank\u001B you,\tfor\nthis\0";

        Assert.Empty(Validate(submission));
        Assert.Equal("Ana Ferreira", submission.Name);
        Assert.Equal("Thank you,\tfor\nthis", submission.Body);
    }

    [Fact]
    public void A_name_or_body_of_control_characters_alone_is_missing()
    {
        var submission = Valid();
        submission.Name = "\u0001\u0002\u0003";
        submission.Body = "\u001B\u007F \u202E";

        var errors = Validate(submission);

        Assert.Equal(["Please tell us your name.", "Please write your comment."], errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_body_is_refused(string? body)
    {
        var submission = Valid();
        submission.Body = body;

        SingleErrorFor(submission, nameof(CommentSubmission.Body));
    }

    [Fact]
    public void A_body_of_10000_characters_is_accepted()
    {
        var submission = Valid();
        submission.Body = new string('b', 10_000);

        Assert.Empty(Validate(submission));
    }

    [Fact]
    public void A_body_over_10000_characters_is_refused()
    {
        var submission = Valid();
        submission.Body = new string('b', 10_001);

        var error = SingleErrorFor(submission, nameof(CommentSubmission.Body));
        Assert.Matches("10[,.\u00a0\u202f ]?000", error.ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_email_is_refused(string? email)
    {
        var submission = Valid();
        submission.Email = email;

        SingleErrorFor(submission, nameof(CommentSubmission.Email));
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("not-an-email")]
    [InlineData("x@.com")]
    [InlineData("x@example.")]
    [InlineData("@example.org")]
    [InlineData("ana@")]
    [InlineData("ana @example.org")]
    [InlineData("ana@example.org ")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("ana@example.org, bob@example.org")]
    [InlineData("ana@@example.org")]
    [InlineData("ana\u0001@example.org")]
    [InlineData("ana@exam\u007Fple.org")]
    public void A_malformed_email_is_refused(string email)
    {
        var submission = Valid();
        submission.Email = email;

        var error = SingleErrorFor(submission, nameof(CommentSubmission.Email));
        Assert.Contains("email address", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ana@example.org")]
    [InlineData("first.last+news@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    public void A_well_formed_email_is_accepted(string email)
    {
        var submission = Valid();
        submission.Email = email;

        Assert.Empty(Validate(submission));
    }

    [Fact]
    public void An_email_longer_than_254_characters_is_refused()
    {
        var submission = Valid();
        submission.Email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 3)) + "." + new string('e', 10) + ".org";
        Assert.True(submission.Email.Length > 254);

        var errors = Validate(submission);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal([nameof(CommentSubmission.Email)], e.MemberNames));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.org")]
    [InlineData("example.org")]
    [InlineData("//example.org")]
    [InlineData("/relative/path")]
    [InlineData("https://")]
    [InlineData("https://example.org/\u0001")]
    [InlineData("https://exa\u0085mple.org/")]
    public void A_website_that_is_not_an_http_address_is_refused(string website)
    {
        var submission = Valid();
        submission.Website = website;

        SingleErrorFor(submission, nameof(CommentSubmission.Website));
    }

    [Theory]
    [InlineData("https://example.org")]
    [InlineData("http://example.org/blog?id=3#top")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    public void An_http_or_https_website_is_accepted(string website)
    {
        var submission = Valid();
        submission.Website = website;

        Assert.Empty(Validate(submission));
    }

    [Fact]
    public void A_website_over_300_characters_is_refused()
    {
        var submission = Valid();
        submission.Website = "https://example.org/" + new string('p', 281);

        SingleErrorFor(submission, nameof(CommentSubmission.Website));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var submission = new CommentSubmission { Name = "", Email = "a@b", Website = "javascript:alert(1)", Body = "" };

        var members = Validate(submission).SelectMany(e => e.MemberNames).Order(StringComparer.Ordinal);

        Assert.Equal(["Body", "Email", "Name", "Website"], members);
    }
}
