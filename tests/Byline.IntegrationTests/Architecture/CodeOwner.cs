using Mono.Cecil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// The hand-written type a piece of compiled code belongs to: nested and compiler-generated types (async state
/// machines, lambdas' closures) belong to the type that wrote them, and a compiled Razor view belongs to its page's
/// folder (by its namespace, which <c>@namespace</c> sets to the page's, or else by its file). <see cref="Folder"/> is
/// the first namespace segment under the root (<c>Byline.Content.X</c> → Content).
/// </summary>
public sealed record CodeOwner(string Name, string Namespace, string Folder)
{
    private const string RazorViewNamespace = "AspNetCoreGeneratedDocument";

    public static CodeOwner? Of(TypeDefinition type, string rootNamespace)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        if (type.Namespace == RazorViewNamespace)
        {
            return OfRazorView(type, rootNamespace);
        }

        if (type.Namespace.Length == 0 && type.Name == "Program")
        {
            return new CodeOwner("Program", "", "Program");
        }

        var folder = FolderOf(type.Namespace, rootNamespace);
        return folder is null ? null : new CodeOwner(type.FullName, type.Namespace, folder);
    }

    public override string ToString() => Name;

    private static string? FolderOf(string @namespace, string rootNamespace)
    {
        if (!@namespace.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = @namespace[(rootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The file a compiled Razor view was made from (<c>/Areas/Newsroom/Pages/Stories/Edit.cshtml</c>), or null for other types.</summary>
    public static string? RazorViewPath(TypeDefinition type) => type.CustomAttributes
        .Where(attribute => attribute.AttributeType.Name == "RazorCompiledItemMetadataAttribute")
        .Where(attribute => (string)attribute.ConstructorArguments[0].Value == "Identifier")
        .Select(attribute => (string)attribute.ConstructorArguments[1].Value)
        .FirstOrDefault();

    /// <summary>
    /// A view outside the project's namespaces (one whose <c>_ViewImports</c> sets no <c>@namespace</c>) is named by its
    /// file, which also gives its folder.
    /// </summary>
    private static CodeOwner? OfRazorView(TypeDefinition view, string rootNamespace)
    {
        var path = RazorViewPath(view);
        if (path is null)
        {
            return null;
        }

        var directory = path[..path.LastIndexOf('/')].Trim('/');
        var @namespace = directory.Length == 0 ? rootNamespace : rootNamespace + "." + directory.Replace('/', '.');
        var folder = FolderOf(@namespace, rootNamespace);
        return folder is null ? null : new CodeOwner(path, @namespace, folder);
    }
}
