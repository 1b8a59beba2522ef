namespace Byline.Outcomes;

/// <summary>An <see cref="Outcome"/> with a value: what was made or changed when done, what is stored now with a conflict.</summary>
public sealed class Outcome<T> : Outcome
{
    internal Outcome(OutcomeKind kind, string message, IReadOnlyDictionary<string, string> errors, T? value)
        : base(kind, message, errors) => Value = value;

    public T? Value { get; }
}
