namespace Byline.Caching;

/// <summary>What a story touches in the cache: its own page, its sections (before and after a move), tags and authors.</summary>
public sealed record StoryCacheScope(int ArticleId, IReadOnlyCollection<int> SectionIds, IReadOnlyCollection<int> TagIds, IReadOnlyCollection<int> PersonIds);
