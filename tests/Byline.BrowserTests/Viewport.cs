namespace Byline.BrowserTests;

/// <summary>The window sizes the reader pages are checked at: a laptop and a phone.</summary>
public sealed record Viewport(int Width, int Height)
{
    public static readonly Viewport Desktop = new(1280, 800);

    public static readonly Viewport Phone = new(390, 844);
}
