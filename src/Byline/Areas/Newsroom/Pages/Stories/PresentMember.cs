using System.Globalization;
using Byline.Publishing.Presence;
using Byline.Site;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>One other member on a story, as the editor's "Also here" line says it (and its heartbeat's JSON carries it).</summary>
/// <param name="SinceText">The time they opened it, in the site's time zone, so the browser needs no zone of its own.</param>
public sealed record PresentMember(string Name, string Role, DateTimeOffset Since, string SinceText, bool Typing)
{
    public static PresentMember From(PresenceEntry entry, SiteTime time)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(time);
        return new PresentMember(entry.Name, entry.Role.ToString().ToLowerInvariant(), entry.Since,
            time.Local(entry.Since).ToString("HH:mm", CultureInfo.InvariantCulture), entry.Typing);
    }

    /// <summary>"Ana Ruiz (editor, since 14:02, typing)": the same words the browser writes when the line changes.</summary>
    public string Describe() => $"{Name} ({Role}, since {SinceText}{(Typing ? ", typing" : "")})";
}
