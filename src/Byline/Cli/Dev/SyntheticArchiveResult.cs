namespace Byline.Cli.Dev;

/// <summary>What a generation added: stories, and the sections, authors and tags it had to create for them.</summary>
public sealed record SyntheticArchiveResult(int Stories, int NewSections, int NewAuthors, int NewTags, int FirstId, int LastId);
