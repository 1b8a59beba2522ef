using Mono.Cecil;

namespace Byline.IntegrationTests.Architecture;

/// <summary>
/// Every type of one module that a type's compiled code names: base type, interfaces, attributes (with their
/// <c>typeof</c> arguments), fields, properties, events, method signatures, locals, caught exceptions and every
/// type, method and field an instruction refers to, generic arguments included. Nested types count as their
/// declaring type's code, so a lambda or an async method's state machine counts where it was written.
/// </summary>
public sealed class ReferencedTypes
{
    private readonly ModuleDefinition module;
    private readonly HashSet<TypeDefinition> found = [];

    private ReferencedTypes(ModuleDefinition module) => this.module = module;

    public static IReadOnlySet<TypeDefinition> Of(TypeDefinition type)
    {
        var collector = new ReferencedTypes(type.Module);
        collector.AddDefinition(type);
        return collector.found;
    }

    private void AddDefinition(TypeDefinition type)
    {
        Add(type.BaseType);
        AddAttributes(type);
        AddGenericParameters(type);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType);
            AddAttributes(implemented);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var @event in type.Events)
        {
            Add(@event.EventType);
            AddAttributes(@event);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method);
        }

        foreach (var nested in type.NestedTypes)
        {
            AddDefinition(nested);
        }
    }

    private void AddMethod(MethodDefinition method)
    {
        AddAttributes(method);
        AddAttributes(method.MethodReturnType);
        AddGenericParameters(method);
        Add(method.ReturnType);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType);
            AddAttributes(parameter);
        }

        foreach (var overridden in method.Overrides)
        {
            Add(overridden);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            Add(variable.VariableType);
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            Add(handler.CatchType);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            AddOperand(instruction.Operand);
        }
    }

    private void AddOperand(object? operand)
    {
        switch (operand)
        {
            case TypeReference type:
                Add(type);
                break;
            case MethodReference method:
                Add(method);
                break;
            case FieldReference field:
                Add(field.DeclaringType);
                Add(field.FieldType);
                break;
            case CallSite callSite:
                Add(callSite.ReturnType);
                foreach (var parameter in callSite.Parameters)
                {
                    Add(parameter.ParameterType);
                }

                break;
        }
    }

    private void Add(MethodReference method)
    {
        Add(method.DeclaringType);
        Add(method.ReturnType);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType);
        }

        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Add(argument);
            }
        }
    }

    private void AddGenericParameters(IGenericParameterProvider provider)
    {
        foreach (var parameter in provider.GenericParameters)
        {
            AddAttributes(parameter);
            foreach (var constraint in parameter.Constraints)
            {
                Add(constraint.ConstraintType);
            }
        }
    }

    private void AddAttributes(ICustomAttributeProvider provider)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments)
            {
                AddArgument(argument);
            }

            foreach (var named in attribute.Properties.Concat(attribute.Fields))
            {
                AddArgument(named.Argument);
            }
        }
    }

    private void AddArgument(CustomAttributeArgument argument)
    {
        Add(argument.Type);
        switch (argument.Value)
        {
            case TypeReference type:
                Add(type);
                break;
            case CustomAttributeArgument boxed:
                AddArgument(boxed);
                break;
            case CustomAttributeArgument[] array:
                foreach (var element in array)
                {
                    AddArgument(element);
                }

                break;
        }
    }

    private void Add(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }

                return;
            case IModifierType modified:
                Add(modified.ModifierType);
                Add(modified.ElementType);
                return;
            case FunctionPointerType pointer:
                Add(pointer.ReturnType);
                foreach (var parameter in pointer.Parameters)
                {
                    Add(parameter.ParameterType);
                }

                return;
            case TypeSpecification specification:
                Add(specification.ElementType);
                return;
        }

        var definition = type as TypeDefinition ?? (type.Scope == module ? type.Resolve() : null);
        if (definition is not null && definition.Module == module)
        {
            found.Add(definition);
        }
    }
}
