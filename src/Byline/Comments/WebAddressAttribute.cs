using System.ComponentModel.DataAnnotations;

namespace Byline.Comments;

/// <summary>An absolute http(s) address, so that nothing like <c>javascript:</c> can ever become a link.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || text.Length == 0 || IsWebAddress(text);

    public static bool IsWebAddress(string text) =>
        !string.IsNullOrEmpty(text) && !text.Any(char.IsControl)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
