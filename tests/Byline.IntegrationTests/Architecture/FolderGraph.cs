namespace Byline.IntegrationTests.Architecture;

/// <summary>Folders as nodes, a use of one folder's type by another's as an edge; its cycles are its strongly connected components.</summary>
public sealed class FolderGraph
{
    private readonly Dictionary<string, SortedSet<string>> edges = new(StringComparer.Ordinal);

    public FolderGraph(IEnumerable<TypeDependency> dependencies)
    {
        foreach (var dependency in dependencies.Where(dependency => dependency.From.Folder != dependency.To.Folder))
        {
            Targets(dependency.From.Folder).Add(dependency.To.Folder);
            Targets(dependency.To.Folder);
        }
    }

    /// <summary>Each group of two or more folders that reach one another (Tarjan's algorithm), each sorted by name.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var search = new Search(edges);
        foreach (var folder in edges.Keys.Order(StringComparer.Ordinal))
        {
            search.Visit(folder);
        }

        return [.. search.Components
            .Where(component => component.Count > 1)
            .Select(component => (IReadOnlyList<string>)[.. component.Order(StringComparer.Ordinal)])
            .OrderBy(component => component[0], StringComparer.Ordinal)];
    }

    private SortedSet<string> Targets(string folder)
    {
        if (!edges.TryGetValue(folder, out var targets))
        {
            targets = new SortedSet<string>(StringComparer.Ordinal);
            edges.Add(folder, targets);
        }

        return targets;
    }

    private sealed class Search(Dictionary<string, SortedSet<string>> edges)
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> lowest = new(StringComparer.Ordinal);
        private readonly Stack<string> stack = new();
        private readonly HashSet<string> onStack = new(StringComparer.Ordinal);

        public List<List<string>> Components { get; } = [];

        public void Visit(string folder)
        {
            if (index.ContainsKey(folder))
            {
                return;
            }

            index[folder] = lowest[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var target in edges[folder])
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    lowest[folder] = Math.Min(lowest[folder], lowest[target]);
                }
                else if (onStack.Contains(target))
                {
                    lowest[folder] = Math.Min(lowest[folder], targetIndex);
                }
            }

            if (lowest[folder] == index[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != folder);
                Components.Add(component);
            }
        }
    }
}
