namespace Byline.Transfer.WordPress;

/// <summary>A category or tag an item is filed under (<c>&lt;category domain="category" nicename="…"&gt;</c>), in file order.</summary>
public sealed record WxrItemTerm(WxrTermKind Kind, string Slug, string Name);
