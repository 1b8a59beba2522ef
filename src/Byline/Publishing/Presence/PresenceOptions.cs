using System.ComponentModel.DataAnnotations;

namespace Byline.Publishing.Presence;

/// <summary>Byline:Presence: how often an open editor says it is still there, and how long one that stopped still counts.</summary>
public sealed class PresenceOptions : IValidatableObject
{
    public const string Section = "Byline:Presence";

    /// <summary>How often an open story's page sends its heartbeat (and learns who else is there).</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long after its last heartbeat a member still counts as on the story: a closed tab vanishes after this.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Heartbeat < TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult("Byline:Presence:Heartbeat must be at least one second.", [nameof(Heartbeat)]);
        }
        if (Lifetime <= Heartbeat)
        {
            // Otherwise a member whose page is there and well would flicker out between two heartbeats.
            yield return new ValidationResult("Byline:Presence:Lifetime must be longer than Byline:Presence:Heartbeat.", [nameof(Lifetime)]);
        }
    }
}
