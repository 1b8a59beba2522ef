namespace Byline.Testing;

/// <summary>The checkout the tests run from: the folder holding Byline.slnx, above the test assembly.</summary>
public static class RepositoryFolder
{
    /// <summary>The checkout's root, or null when the tests run from a copy without it.</summary>
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Byline.slnx")))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
