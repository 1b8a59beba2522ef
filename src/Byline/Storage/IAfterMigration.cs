namespace Byline.Storage;

/// <summary>
/// What a feature does to a database just brought to the current schema, at every start (the site and each command):
/// Storage knows no feature, so the features register these and <see cref="DatabaseMigrator"/> runs them, in the
/// order they were added.
/// </summary>
public interface IAfterMigration
{
    Task RunAsync(IReadOnlyCollection<string> appliedMigrations, CancellationToken cancellationToken);
}
