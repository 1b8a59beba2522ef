using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

public sealed class PostgresBylineDb(DbContextOptions<PostgresBylineDb> options) : BylineDb(options);
