using System.Text;
using QRCoder;

namespace Hiring.Web.Identity;

/// <summary>
/// What an authenticator app needs to be set up: the shared key (typed by hand, so shown in groups of 4)
/// and the otpauth:// URI (Google's Key URI format) drawn as a QR code. The QR code is a PNG made on the
/// server with QRCoder and sent as a data: URI — no script and nothing from a CDN (the CSP allows img data:).
/// </summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Hiring";

    public static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string QrCodeDataUri(string uri)
    {
        var png = PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5, true);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
