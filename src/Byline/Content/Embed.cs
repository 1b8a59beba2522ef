namespace Byline.Content;

/// <summary>
/// A link to a provider Byline knows how to embed, as <see cref="EmbedRules"/> reads it. <see cref="FrameUrl"/> is the
/// address the reader's browser loads in a frame once the reader asks for it; null when the provider is known but this
/// address cannot be embedded (the link then stays a plain link).
/// </summary>
/// <param name="Provider">The provider's name as readers know it ("YouTube").</param>
/// <param name="Slug">Lowercase, for class names ("youtube").</param>
/// <param name="Noun">What the frame shows ("video", "post", "map", "document").</param>
/// <param name="Url">The link as written, which readers can always follow.</param>
/// <param name="Sandbox">The frame's sandbox tokens; null for none (a browser shows no PDF in a sandboxed frame).</param>
/// <param name="Allow">The frame's permissions policy ("" for none).</param>
/// <param name="Referrer">The frame's referrer policy.</param>
public sealed record Embed(
    string Provider,
    string Slug,
    string Noun,
    string Url,
    string? FrameUrl,
    EmbedShape Shape,
    string? Sandbox,
    string Allow,
    string Referrer)
{
    /// <summary>What the facade calls the frame when the writer gave no title: "Video on YouTube".</summary>
    public string DefaultTitle => $"{char.ToUpperInvariant(Noun[0])}{Noun[1..]} on {Provider}";
}
