namespace Byline.Planning;

/// <summary>The assignment a story was started from, as the story editor mentions it.</summary>
public sealed record StoryOrigin(int AssignmentId, string WorkingHeadline, DateTimeOffset Deadline);
