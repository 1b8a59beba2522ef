using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace Byline.Comments;

/// <summary>A single address of the form local@domain.tld: stricter than <see cref="EmailAddressAttribute"/>, which accepts "a@b".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EmailAddressWithDomainAttribute : ValidationAttribute
{
    public override bool IsValid(object? value)
    {
        if (value is not string text || text.Length == 0)
        {
            return true;
        }
        return MailAddress.TryCreate(text, out var address)
            && address.Address == text
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.')
            && !address.Host.EndsWith('.')
            && !text.Any(char.IsWhiteSpace);
    }
}
