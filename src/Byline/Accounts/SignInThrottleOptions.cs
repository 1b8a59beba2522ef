using System.ComponentModel.DataAnnotations;

namespace Byline.Accounts;

/// <summary>Bound from <c>Byline:SignIn</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Byline:SignIn";

    /// <summary>Sign-in attempts (passwords, second-step codes and reset links together) one network address may make per minute.</summary>
    [Range(1, 1_000_000)]
    public int AttemptsPerMinute { get; set; } = 10;
}
