using Byline.IntegrationTests.Architecture.Fixtures.Desk;
using Byline.IntegrationTests.Architecture.Fixtures.Model;
using Byline.IntegrationTests.Architecture.Fixtures.Store;
using Mono.Cecil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>The scanner behind the folder rules, run over the small fixture folders, so that a rule cannot pass by seeing nothing.</summary>
public sealed class DependencyScannerTests
{
    private const string FixturesNamespace = "Byline.IntegrationTests.Architecture.Fixtures";

    private static readonly Lazy<ModuleDefinition> Fixtures = new(() =>
        ModuleDefinition.ReadModule(new MemoryStream(File.ReadAllBytes(typeof(Story).Assembly.Location))));

    private static IReadOnlyList<TypeDependency> Dependencies => DependencyScanner.Scan(Fixtures.Value, FixturesNamespace);

    [Fact]
    public void A_type_held_in_a_field_is_a_dependency()
    {
        Assert.Contains(Dependencies, Is(typeof(StoryShelf), typeof(Story)));
    }

    [Fact]
    public void A_call_inside_an_async_methods_lambda_counts_for_the_type_that_wrote_it()
    {
        Assert.Contains(Dependencies, Is(typeof(StoryCounter), typeof(StoryShelf)));
        Assert.DoesNotContain(Dependencies, dependency => dependency.From.Name.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_named_only_in_an_attribute_is_a_dependency()
    {
        Assert.Contains(Dependencies, Is(typeof(StoryCard), typeof(StoryShelf)));
    }

    [Fact]
    public void A_folder_rule_names_the_type_that_breaks_it_and_what_it_uses()
    {
        var offences = Dependencies.FromInto("Model", "Store", "Desk");

        Assert.Equal($"  {typeof(StoryCounter).FullName} → {typeof(StoryShelf).FullName}", offences.Listed());
    }

    [Fact]
    public void Folders_that_use_each_other_form_a_cycle_and_the_others_none()
    {
        var cycles = new FolderGraph(Dependencies).Cycles();

        var cycle = Assert.Single(cycles);
        Assert.Equal(["Model", "Store"], cycle);
    }

    [Fact]
    public void Creating_a_story_and_setting_a_workflow_field_are_story_writes()
    {
        var writes = StoryWrites.In(Fixtures.Value, FixturesNamespace, typeof(Story).FullName!, ["Status"]);

        Assert.Equal(
            [$"{typeof(StoryShelf).FullName} → Story.Status = …", $"{typeof(StoryShelf).FullName} → new Story"],
            writes.Select(write => write.ToString()));
    }

    private static Predicate<TypeDependency> Is(Type from, Type to) => dependency =>
        dependency.From.Name == from.FullName && dependency.To.Name == to.FullName;
}
