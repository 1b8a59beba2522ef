namespace Byline.Accounts;

/// <summary>What the password step of signing in came to.</summary>
public enum StaffSignInOutcome
{
    SignedIn,

    /// <summary>The password was right; the member's authenticator code comes next.</summary>
    NeedsSecondStep,

    /// <summary>The same answer for a wrong password, an unknown address and a disabled member.</summary>
    Refused,

    /// <summary>Too many failures for this email address from this network address (see <see cref="SignInPauses"/>).</summary>
    Paused,
}
