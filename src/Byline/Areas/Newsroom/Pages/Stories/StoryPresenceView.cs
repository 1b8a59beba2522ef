namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>The editor's "Also here" line: where its heartbeat goes, how often, and who is on the story as the page is made.</summary>
public sealed record StoryPresenceView(int StoryId, int HeartbeatSeconds, IReadOnlyList<PresentMember> Others);
