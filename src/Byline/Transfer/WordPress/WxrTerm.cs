namespace Byline.Transfer.WordPress;

/// <summary>A category or tag declared at the top of the export (<c>wp:category</c>, <c>wp:tag</c>).</summary>
public sealed record WxrTerm(int Line, WxrTermKind Kind, string Slug, string Name, string Description);
