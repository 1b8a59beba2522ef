using System.Text;

namespace Byline.IntegrationTests.Architecture;

public sealed class FolderCycleTests
{
    /// <summary>
    /// No folders use one another in a circle, except the DbContext with its model. The model is what the one
    /// <c>BylineDb</c> maps (<see cref="ModelTypes"/>: its DbSets' types, the Identity user, and the module's types
    /// their properties hold) and it is one graph of navigations spread over the folders that own its entities:
    /// Article in Content, Comment in Comments, MediaItem in Media, StaffUser and AuditEntry in Accounts,
    /// ImportedItem in Transfer. So exactly three kinds of use leave the folder graph, all of them uses of a model
    /// type: by Storage (the context, its configurations, migrations and compiled models map every entity); by another
    /// model type (a navigation, such as Article.Comments and Comment.Article); and by Content, the model's own folder
    /// (its shared reads walk those navigations). Every other use counts: a service in Storage or Content, or a model
    /// type calling a service, is a use like any other.
    /// </summary>
    [Fact]
    public void Folders_form_no_cycle_but_the_DbContexts_own_with_its_model()
    {
        var model = ModelTypes.Of(BylineCode.Module.GetType("Byline.Storage.BylineDb"));
        var counted = BylineCode.Dependencies.Where(dependency => !IsTheModelsOwn(dependency, model)).ToList();

        var cycles = new FolderGraph(counted).Cycles();

        Assert.True(cycles.Count == 0, Described(cycles, counted));
    }

    private static bool IsTheModelsOwn(TypeDependency dependency, IReadOnlySet<string> model) =>
        model.Contains(dependency.To.Name)
        && (dependency.From.Folder is "Storage" or "Content" || model.Contains(dependency.From.Name));

    private static string Described(IReadOnlyList<IReadOnlyList<string>> cycles, IReadOnlyList<TypeDependency> counted)
    {
        var text = new StringBuilder("Folders reach one another in a circle.");
        foreach (var cycle in cycles)
        {
            var order = CycleBreaker.LeastContradictedOrder(cycle, counted);
            var level = order.Select((folder, i) => (folder, i)).ToDictionary(entry => entry.folder, entry => entry.i, StringComparer.Ordinal);
            var upwards = counted
                .Where(dependency => level.ContainsKey(dependency.From.Folder) && level.ContainsKey(dependency.To.Folder))
                .Where(dependency => level[dependency.To.Folder] > level[dependency.From.Folder])
                .GroupBy(dependency => $"{dependency.From.Folder} → {dependency.To.Folder}");
            text.AppendLine().AppendLine()
                .Append($"Layered lowest first as {string.Join(" < ", order)}, only these uses go upwards; moving or inverting them breaks the circle:");
            foreach (var use in upwards)
            {
                text.AppendLine().Append($"  {use.Key}:").AppendLine().Append(use.Listed().Replace("  ", "    ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }
}
