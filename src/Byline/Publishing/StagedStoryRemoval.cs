using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Removes stories an import staged (<see cref="ArticleStatus.Importing"/>) when the import does not complete: a few
/// hundred per transaction, so readers' writes go on meanwhile. Only staged stories are ever removed, whatever ids it is given.
/// </summary>
public sealed class StagedStoryRemoval(BylineDb db)
{
    private const int Chunk = 500;

    public async Task<int> RemoveAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        var removed = 0;
        foreach (var chunk in storyIds.Chunk(Chunk))
        {
            removed += await db.InRetryableUnitAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var staged = db.Articles.Where(a => chunk.Contains(a.Id) && a.Status == ArticleStatus.Importing).Select(a => a.Id);
                // A reply points at the comment it answers (no cascade there): unthread the story's comments first.
                await db.Comments.Where(c => staged.Contains(c.ArticleId)).ExecuteUpdateAsync(u => u.SetProperty(c => c.ParentId, (int?)null), cancellationToken);
                await db.Comments.Where(c => staged.Contains(c.ArticleId)).ExecuteDeleteAsync(cancellationToken);
                var rows = await db.Articles.Where(a => chunk.Contains(a.Id) && a.Status == ArticleStatus.Importing).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return rows;
            }, cancellationToken);
        }
        return removed;
    }
}
