namespace Byline.IntegrationTests.Architecture;

/// <summary>One hand-written type using another, in any way the compiled code shows.</summary>
public sealed record TypeDependency(CodeOwner From, CodeOwner To)
{
    public override string ToString() => $"{From.Name} → {To.Name}";
}
