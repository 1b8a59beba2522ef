using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Byline.Pages.Shared;

/// <summary>
/// A commenter's avatar drawn from the keyed hash of their email: a symmetric 5 × 5 pattern in one colour, as inline
/// SVG. It needs no request to another service and reveals nothing that could lead back to the email.
/// </summary>
public static class AvatarArt
{
    public static IHtmlContent Svg(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        // A seed that is not the expected hash (imported or hand-made rows) still draws something stable.
        var bits = ulong.TryParse(seed.PadRight(16, '0')[..16], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        var hue = (int)(bits % 360);
        var path = new StringBuilder();
        for (var row = 0; row < 5; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (((bits >> (8 + (row * 3) + column)) & 1) == 0)
                {
                    continue;
                }
                path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h1v1h-1z");
                if (column < 2)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{4 - column} {row}h1v1h-1z");
                }
            }
        }
        return new HtmlString(string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"avatar avatar--small avatar--art\" viewBox=\"-1 -1 7 7\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"-1\" y=\"-1\" width=\"7\" height=\"7\" fill=\"hsl({hue} 45% 90%)\"/><path d=\"{path}\" fill=\"hsl({hue} 55% 38%)\"/></svg>"));
    }
}
