using Mono.Cecil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// The types the one DbContext maps: the types of its <c>DbSet</c>s and of its base context's generic arguments
/// (the Identity user), and, transitively, the module's types their properties hold (navigations, enums, owned values).
/// </summary>
public static class ModelTypes
{
    public static IReadOnlySet<string> Of(TypeDefinition context)
    {
        var module = context.Module;
        var pending = new Stack<TypeDefinition>();
        foreach (var property in context.Properties)
        {
            if (property.PropertyType is GenericInstanceType { ElementType.Name: "DbSet`1" } set)
            {
                PushOwn(set.GenericArguments[0], module, pending);
            }
        }

        PushOwn(context.BaseType, module, pending);

        var model = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var type))
        {
            if (!model.Add(type.FullName))
            {
                continue;
            }

            foreach (var property in type.Properties)
            {
                PushOwn(property.PropertyType, module, pending);
            }

            PushOwn(type.BaseType, module, pending);
        }

        return model;
    }

    private static void PushOwn(TypeReference? type, ModuleDefinition module, Stack<TypeDefinition> pending)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                foreach (var argument in generic.GenericArguments)
                {
                    PushOwn(argument, module, pending);
                }

                return;
            case TypeSpecification specification:
                PushOwn(specification.ElementType, module, pending);
                return;
        }

        var definition = type as TypeDefinition ?? (type.Scope == module ? type.Resolve() : null);
        if (definition is not null && definition.Module == module)
        {
            pending.Push(definition);
        }
    }
}
