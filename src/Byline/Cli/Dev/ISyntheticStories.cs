namespace Byline.Cli.Dev;

/// <summary>
/// Stores generated stories with their bylines and tags, in the caller's transaction, one implementation per engine
/// (<see cref="SqliteSyntheticStories"/>, <see cref="PostgresSyntheticStories"/>): plain parameterised SQL, without
/// the change tracker's cost per row, for archives of up to a million stories.
/// </summary>
internal interface ISyntheticStories
{
    /// <summary>Inserts the stories and returns their new ids, in the order of <paramref name="drafts"/>.</summary>
    Task<IReadOnlyList<int>> InsertAsync(IReadOnlyList<SyntheticDraft> drafts, CancellationToken cancellationToken);
}
