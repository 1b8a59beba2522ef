namespace Byline.Media;

/// <summary>One encoded variant: <see cref="Width"/> pixels wide, as WebP or JPEG (<see cref="MediaFileNames.Extensions"/>).</summary>
public sealed record ImageVariant(int Width, int Height, string Extension, ReadOnlyMemory<byte> Bytes);
