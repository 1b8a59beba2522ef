namespace Byline.Publishing;

public static class RevisionNotes
{
    public const string Save = "";
    public const string Autosave = "Autosave";

    public static string Restored(int number) => $"Restored revision {number}";

    /// <summary>A member's text that met a newer version: kept, not saved over it.</summary>
    public static string ConflictingCopy(int newerVersion) => $"Conflicting copy, not saved over version {newerVersion}";
}
