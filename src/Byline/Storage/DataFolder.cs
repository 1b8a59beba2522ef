namespace Byline.Storage;

/// <summary>The folder holding <c>byline.db</c> (SQLite) and uploaded media: <c>Byline:DataPath</c>, default <c>./data</c>.</summary>
public sealed class DataFolder
{
    public DataFolder(IConfiguration configuration)
    {
        var configured = configuration["Byline:DataPath"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, Environment.CurrentDirectory);
    }

    public string Path { get; }

    public string SqliteDatabaseFile => System.IO.Path.Combine(Path, "byline.db");
}
