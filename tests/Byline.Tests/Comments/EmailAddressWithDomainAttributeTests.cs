using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class EmailAddressWithDomainAttributeTests
{
    private readonly EmailAddressWithDomainAttribute _attribute = new();

    [Theory]
    [InlineData("ana@example.org")]
    [InlineData("a.b-c_d+tag@sub.example.co.uk")]
    [InlineData("12345@example.com")]
    public void An_address_with_a_dotted_domain_is_valid(string email)
    {
        Assert.True(_attribute.IsValid(email));
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("ana@localhost")]
    [InlineData("not-an-email")]
    [InlineData("x@.com")]
    [InlineData("x@example.com.")]
    [InlineData("ana@exa mple.org")]
    [InlineData(" ana@example.org")]
    [InlineData("ana@example.org\n")]
    [InlineData("\"Ana\" <ana@example.org>")]
    [InlineData("ana@example.org;bob@example.org")]
    public void Anything_else_is_invalid(string email)
    {
        Assert.False(_attribute.IsValid(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_absent_value_is_left_to_Required(string? email)
    {
        Assert.True(_attribute.IsValid(email));
    }
}
