namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// The folder rules of the design, checked on the built assembly: a use is anything the compiled code names (see
/// <see cref="ReferencedTypes"/>), so a rule breaks with the first forbidden field, call, local or attribute.
/// </summary>
public sealed class FolderRuleTests
{
    [Fact]
    public void Content_the_model_uses_neither_Storage_nor_Caching()
    {
        var offences = BylineCode.Dependencies.FromInto("Content", "Storage", "Caching");

        Assert.True(offences.Count == 0, $"Content is the model only, yet uses Storage or Caching:{Environment.NewLine}{offences.Listed()}");
    }

    [Fact]
    public void Web_the_plumbing_uses_no_page_neither_Pages_nor_the_newsroom()
    {
        var offences = BylineCode.Dependencies.FromInto("Web", "Pages", "Areas");

        Assert.True(offences.Count == 0, $"Web is plumbing that knows no page, yet uses Pages or Areas:{Environment.NewLine}{offences.Listed()}");
    }

    [Fact]
    public void Every_compiled_Razor_view_belongs_to_the_folder_of_its_page()
    {
        var views = BylineCode.Module.Types
            .Select(type => (Type: type, Path: CodeOwner.RazorViewPath(type)))
            .Where(view => view.Path is not null)
            .ToList();

        Assert.NotEmpty(views);
        Assert.All(views, view => Assert.Equal(view.Path!.Split('/')[1], CodeOwner.Of(view.Type, BylineCode.RootNamespace)?.Folder));
    }
}
