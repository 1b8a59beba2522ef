using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Transfer;

/// <summary>
/// Runs the export's one read transaction without retries. Inside a retrying strategy (PostgreSQL's, see
/// StorageRegistration) EF buffers every query's whole result so that it could replay it, which would hold a table of
/// stories in memory at once; under this strategy rows stream. A failed export is simply run again.
/// </summary>
internal sealed class StreamingExecutionStrategy(DbContext context) : ExecutionStrategy(context, maxRetryCount: 0, maxRetryDelay: TimeSpan.Zero)
{
    protected override bool ShouldRetryOn(Exception exception) => false;
}
