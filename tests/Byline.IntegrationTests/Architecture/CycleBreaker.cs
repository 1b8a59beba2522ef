namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// Where to break a circle of folders: the order of its folders, lowest first, that the fewest using types go against,
/// found by an exact search over the subsets of the folders (a circle holds a dozen folders at most, so 2^n is small).
/// </summary>
public static class CycleBreaker
{
    private const int MostFolders = 20;

    public static IReadOnlyList<string> LeastContradictedOrder(IReadOnlyList<string> folders, IEnumerable<TypeDependency> dependencies)
    {
        var n = folders.Count;
        if (n > MostFolders)
        {
            return folders;
        }

        var cost = UsingTypes(folders, dependencies);
        var best = new int[1 << n];
        var top = new int[1 << n];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var placed = 0; placed < 1 << n; placed++)
        {
            if (best[placed] == int.MaxValue)
            {
                continue;
            }

            for (var next = 0; next < n; next++)
            {
                if ((placed & (1 << next)) != 0)
                {
                    continue;
                }

                var upwards = Enumerable.Range(0, n).Where(below => (placed & (1 << below)) != 0).Sum(below => cost[below, next]);
                var with = placed | (1 << next);
                if (best[placed] + upwards < best[with])
                {
                    best[with] = best[placed] + upwards;
                    top[with] = next;
                }
            }
        }

        var order = new List<string>();
        for (var set = (1 << n) - 1; set != 0; set &= ~(1 << top[set]))
        {
            order.Insert(0, folders[top[set]]);
        }

        return order;
    }

    /// <summary>For each pair of folders, how many types of the first use the second.</summary>
    private static int[,] UsingTypes(IReadOnlyList<string> folders, IEnumerable<TypeDependency> dependencies)
    {
        var cost = new int[folders.Count, folders.Count];
        var index = folders.Select((folder, i) => (folder, i)).ToDictionary(entry => entry.folder, entry => entry.i, StringComparer.Ordinal);
        foreach (var use in dependencies.GroupBy(dependency => (dependency.From.Folder, dependency.To.Folder)))
        {
            if (use.Key.Item1 != use.Key.Item2 && index.TryGetValue(use.Key.Item1, out var from) && index.TryGetValue(use.Key.Item2, out var to))
            {
                cost[from, to] = use.Select(dependency => dependency.From.Name).Distinct().Count();
            }
        }

        return cost;
    }
}
