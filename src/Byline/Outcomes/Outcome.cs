namespace Byline.Outcomes;

// Outcomes/ uses nothing else in Byline, so every feature may return an outcome and every page read one without a
// cycle: Web/ would not do, since it already uses features (Site, Content) that return outcomes.

/// <summary>
/// What came of a change a page asked a service for: done (with the line the member sees), not found, forbidden,
/// invalid (with reasons per field) or a conflict (with its reason). <see cref="Outcome{T}"/> carries a value too.
/// </summary>
public class Outcome
{
    /// <summary>The key of a reason that concerns the whole change rather than one field.</summary>
    public const string General = "";

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private protected Outcome(OutcomeKind kind, string message, IReadOnlyDictionary<string, string> errors)
    {
        Kind = kind;
        Message = message;
        Errors = errors;
    }

    public OutcomeKind Kind { get; }

    /// <summary>What a person reads: the flash line when done, the reason when refused.</summary>
    public string Message { get; }

    /// <summary>The reasons per field (<see cref="General"/> for the whole change); empty when done.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static Outcome Done(string message) => new(OutcomeKind.Done, message, NoErrors);

    public static Outcome<T> Done<T>(T value, string message) => new(OutcomeKind.Done, message, NoErrors, value);

    public static Outcome NotFound(string message) => new(OutcomeKind.NotFound, message, NoErrors);

    public static Outcome Forbidden(string message) => Refusal(OutcomeKind.Forbidden, message);

    public static Outcome Invalid(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(OutcomeKind.Invalid, errors.Values.FirstOrDefault() ?? "", errors);
    }

    /// <summary>Refused for a reason that concerns the whole change.</summary>
    public static Outcome Invalid(string reason) => Refusal(OutcomeKind.Invalid, reason);

    public static Outcome Conflict(string reason) => Refusal(OutcomeKind.Conflict, reason);

    /// <summary>A conflict that carries what is stored now, so the page can show it beside what the member typed.</summary>
    public static Outcome<T> Conflict<T>(T stored, string reason) =>
        new(OutcomeKind.Conflict, reason, new Dictionary<string, string> { [General] = reason }, stored);

    /// <summary>This refusal as the outcome of a service that returns a value when done.</summary>
    public Outcome<T> As<T>() => new(Kind, Message, Errors, default);

    private static Outcome Refusal(OutcomeKind kind, string reason) =>
        new(kind, reason, new Dictionary<string, string> { [General] = reason });
}
