namespace Byline.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
