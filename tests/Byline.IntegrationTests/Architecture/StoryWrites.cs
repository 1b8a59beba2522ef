using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// Every creation of a story and every write of its workflow fields in compiled code outside the story type itself:
/// <c>new Article</c>, a call of a field's setter (object initializers included) or of one of the story's own methods
/// that sets one, and a bulk update naming the field (<c>ExecuteUpdate(s => s.SetProperty(a => a.Status, …))</c>,
/// whose expression names the field's getter).
/// </summary>
public static class StoryWrites
{
    public static IReadOnlyList<StoryWrite> In(
        ModuleDefinition module, string rootNamespace, string storyType, IReadOnlyCollection<string> workflowFields)
    {
        var writes = new HashSet<StoryWrite>();
        var movers = MoversOf(module.GetType(storyType), workflowFields);
        foreach (var type in module.GetTypes())
        {
            var writer = CodeOwner.Of(type, rootNamespace);
            if (writer is null || writer.Name == storyType)
            {
                continue;
            }

            foreach (var method in type.Methods.Where(method => method.HasBody))
            {
                foreach (var what in WritesIn(method.Body, storyType, workflowFields, movers))
                {
                    writes.Add(new StoryWrite(writer, what));
                }
            }
        }

        return [.. writes.OrderBy(write => write.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>The story's own methods (other than the setters) that write a workflow field: calling one is a write too.</summary>
    private static HashSet<string> MoversOf(TypeDefinition? story, IReadOnlyCollection<string> workflowFields) =>
        [.. (story?.Methods ?? []).Where(method => method.HasBody && !method.IsSetter && !method.IsConstructor)
            .Where(method => method.Body.Instructions.Any(instruction => instruction.Operand is MethodReference { Name: var name }
                && name.StartsWith("set_", StringComparison.Ordinal) && workflowFields.Contains(name[4..])))
            .Select(method => method.Name)];

    private static IEnumerable<string> WritesIn(
        MethodBody body, string storyType, IReadOnlyCollection<string> workflowFields, HashSet<string> movers)
    {
        var bulkUpdate = body.Instructions.Any(instruction => instruction.Operand is MethodReference { Name: "SetProperty" });
        foreach (var instruction in body.Instructions)
        {
            if (instruction.Operand is not MethodReference called || called.DeclaringType.FullName != storyType)
            {
                continue;
            }

            var shortName = called.DeclaringType.Name;
            if (instruction.OpCode == OpCodes.Newobj)
            {
                yield return $"new {shortName}";
            }
            else if (called.Name.StartsWith("set_", StringComparison.Ordinal) && workflowFields.Contains(called.Name[4..]))
            {
                yield return $"{shortName}.{called.Name[4..]} = …";
            }
            else if (movers.Contains(called.Name))
            {
                yield return $"{shortName}.{called.Name}(…)";
            }
            else if (bulkUpdate && instruction.OpCode == OpCodes.Ldtoken
                && called.Name.StartsWith("get_", StringComparison.Ordinal) && workflowFields.Contains(called.Name[4..]))
            {
                yield return $"SetProperty({shortName}.{called.Name[4..]})";
            }
        }
    }
}
