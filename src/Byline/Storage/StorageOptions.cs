namespace Byline.Storage;

/// <summary>Bound from <c>Byline:Database</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Byline:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
