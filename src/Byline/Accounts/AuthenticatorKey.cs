using System.Text;
using QRCoder;

namespace Byline.Accounts;

/// <summary>
/// The shared key of a member's authenticator app, as they type it (groups of four) and as they scan it: an
/// <c>otpauth://</c> URI (the Key URI Format every authenticator app reads) drawn as a QR code in a PNG data URI,
/// which the Content-Security-Policy allows and which needs no script.
/// </summary>
public sealed record AuthenticatorKey(string Key, string Issuer, string Account)
{
    /// <summary>"ABCD EFGH IJKL …": easier to read aloud and to type than 32 characters in a row.</summary>
    public string Grouped
    {
        get
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < Key.Length; i += 4)
            {
                grouped.Append(Key.AsSpan(i, Math.Min(4, Key.Length - i))).Append(' ');
            }
            return grouped.ToString().TrimEnd();
        }
    }

    public Uri OtpAuthUri =>
        new($"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(Account)}?secret={Key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30");

    public string QrCodeDataUri()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(OtpAuthUri.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(6));
    }
}
