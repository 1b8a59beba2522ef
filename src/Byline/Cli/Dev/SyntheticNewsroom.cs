using Byline.Content;
namespace Byline.Cli.Dev;

/// <summary>
/// The stored sections, reporters and tags the synthetic stories use: the ids their rows point to, and the names (as
/// stored, which for ones that existed before may differ from the vocabulary's) that their search entries carry.
/// </summary>
/// <param name="TagOrder">Each tag id's place when the database sorts these tags by name, the order search entries list them in.</param>
internal sealed record SyntheticNewsroom(
    IReadOnlyDictionary<string, Section> SectionsBySlug,
    IReadOnlyList<Person>[] ReportersByBeat,
    IReadOnlyDictionary<string, Tag> TagsBySlug,
    IReadOnlyDictionary<int, int> TagOrder);
