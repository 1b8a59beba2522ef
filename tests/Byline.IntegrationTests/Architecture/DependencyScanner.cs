using Mono.Cecil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>Which hand-written types of a module use which others, one pair per using type and used type.</summary>
public static class DependencyScanner
{
    public static IReadOnlyList<TypeDependency> Scan(ModuleDefinition module, string rootNamespace)
    {
        var dependencies = new HashSet<TypeDependency>();
        foreach (var type in module.Types)
        {
            var from = CodeOwner.Of(type, rootNamespace);
            if (from is null)
            {
                continue;
            }

            foreach (var used in ReferencedTypes.Of(type))
            {
                var to = CodeOwner.Of(used, rootNamespace);
                if (to is not null && to != from)
                {
                    dependencies.Add(new TypeDependency(from, to));
                }
            }
        }

        return [.. dependencies
            .OrderBy(dependency => dependency.From.Name, StringComparer.Ordinal)
            .ThenBy(dependency => dependency.To.Name, StringComparer.Ordinal)];
    }

    /// <summary>The uses that cross from <paramref name="folder"/> into any of <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<TypeDependency> FromInto(
        this IEnumerable<TypeDependency> dependencies, string folder, params string[] forbidden) =>
        [.. dependencies.Where(dependency => dependency.From.Folder == folder && forbidden.Contains(dependency.To.Folder))];

    /// <summary>One offending pair a line, for a failure message.</summary>
    public static string Listed<T>(this IEnumerable<T> offences) =>
        string.Join(Environment.NewLine, offences.Select(offence => "  " + offence));
}
