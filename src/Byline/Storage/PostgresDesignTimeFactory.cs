using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Byline.Storage;

/// <summary>Used only by <c>dotnet ef migrations add</c>; the running site configures its context in <see cref="StorageRegistration"/>.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBylineDb>
{
    public PostgresBylineDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBylineDb>().UseNpgsql("Host=localhost;Database=byline_design").Options);
}
