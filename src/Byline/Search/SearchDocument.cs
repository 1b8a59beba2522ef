namespace Byline.Search;

/// <summary>What the index holds of one published story, as plain text: the fields in the order of their weight.</summary>
public sealed record SearchDocument(
    int Id,
    int SectionId,
    DateTimeOffset PublishedAt,
    string Headline,
    string Standfirst,
    string Body,
    string Tags,
    string Section,
    string Authors);
