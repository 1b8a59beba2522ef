using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Byline.Storage;

/// <summary>Used only by <c>dotnet ef migrations add</c>; the running site configures its context in <see cref="StorageRegistration"/>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBylineDb>
{
    public SqliteBylineDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBylineDb>().UseSqlite("Data Source=design-time.db").Options);
}
