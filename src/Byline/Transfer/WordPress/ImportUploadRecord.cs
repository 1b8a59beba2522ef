namespace Byline.Transfer.WordPress;

/// <summary>What an upload's marker says: the file the admin chose, who started it, where it stood and when it last moved.</summary>
public sealed record ImportUploadRecord(string FileName, string StartedBy, ImportUploadStage Stage, DateTimeOffset LastActiveAt);
