namespace Byline.Publishing;

public static class RevisionNotes
{
    public const string Save = "";
    public const string Autosave = "Autosave";

    public static string Restored(int number) => $"Restored revision {number}";
}
