using Byline.Content;
using Mono.Cecil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>The built Byline assembly as Cecil reads it, and what the architecture tests compute from it, once per run.</summary>
public static class BylineCode
{
    public const string RootNamespace = "Byline";

    private static readonly Lazy<ModuleDefinition> LoadedModule = new(() =>
        ModuleDefinition.ReadModule(new MemoryStream(File.ReadAllBytes(typeof(Article).Assembly.Location))));

    private static readonly Lazy<IReadOnlyList<TypeDependency>> ScannedDependencies = new(() =>
        DependencyScanner.Scan(Module, RootNamespace));

    public static ModuleDefinition Module => LoadedModule.Value;

    public static IReadOnlyList<TypeDependency> Dependencies => ScannedDependencies.Value;
}
