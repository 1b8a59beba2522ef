using Byline.Accounts;

namespace Byline.Publishing.Presence;

/// <summary>
/// One member with one story open: who (name and role, as their sign-in says), since when, when their page last said
/// so, and whether they typed since the heartbeat before.
/// </summary>
public sealed record PresenceEntry(int UserId, string Name, NewsroomRole Role, DateTimeOffset Since, DateTimeOffset SeenAt, bool Typing);
