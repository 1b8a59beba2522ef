using System.Security.Cryptography;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Accounts;

/// <summary>
/// While the newsroom has no member, a random one-time token lets whoever started the site create the first admin at
/// <c>/newsroom/setup?token=…</c>. The token lives only in this process and is printed on its console; once any member
/// exists the setup page refuses every token.
/// </summary>
public sealed class FirstAdminSetup(ILogger<FirstAdminSetup> logger)
{
    private readonly string _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public const string Path = "/newsroom/setup";

    public bool Accepts(string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(_token));

    public string Link(string baseAddress) => $"{baseAddress.TrimEnd('/')}{Path}?token={_token}";

    /// <summary>Prints the setup link when the newsroom has nobody in it yet.</summary>
    public async Task AnnounceIfNeededAsync(BylineDb db, IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var address in addresses)
        {
            // Written to the console, not the log: the token is a secret and logs travel further.
            Console.WriteLine($"The newsroom has no members yet. Create the first admin at {Link(address)}");
        }
        logger.LogInformation("The newsroom has no members yet: the one-time setup link is printed on the console");
    }
}
