using Byline.Content;

namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// Publishing is the one writer of a story's life: it creates stories (one factory for the editor, importers,
/// restore, seeders and the API) and it alone moves them (status and publication time). EF Core's generated
/// compiled model sets fields to materialize rows, so Storage/CompiledModels is left out.
/// </summary>
public sealed class StoryWriterTests
{
    private static readonly string[] WorkflowFields = [nameof(Article.Status), nameof(Article.PublishedAt)];

    [Fact]
    public void Only_Publishing_creates_stories_or_writes_their_workflow_fields()
    {
        var offences = StoryWrites.In(BylineCode.Module, BylineCode.RootNamespace, typeof(Article).FullName!, WorkflowFields)
            .Where(write => write.Writer.Folder != "Publishing")
            .Where(write => !write.Writer.Namespace.StartsWith("Byline.Storage.CompiledModels", StringComparison.Ordinal))
            .ToList();

        Assert.True(offences.Count == 0,
            $"Stories are created and moved only in Publishing, yet these create one or write {string.Join(" or ", WorkflowFields)}:"
            + $"{Environment.NewLine}{offences.Listed()}");
    }
}
