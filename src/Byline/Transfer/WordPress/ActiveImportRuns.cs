using System.Collections.Concurrent;

namespace Byline.Transfer.WordPress;

/// <summary>The imports this process is running: a run row naming this process but no run here was left by an earlier process with the same id.</summary>
internal static class ActiveImportRuns
{
    private static readonly ConcurrentDictionary<Guid, byte> Runs = new();

    public static void Add(Guid runId) => Runs[runId] = 0;

    public static void Remove(Guid runId) => Runs.TryRemove(runId, out _);

    public static bool Contains(Guid runId) => Runs.ContainsKey(runId);
}
