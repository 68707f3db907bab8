using System.Globalization;

namespace Hiring.Web.Mail;

/// <summary>
/// The culture of a mail being written, set until disposed, so the display names and dates in it are the recipient's
/// (<see cref="MailOutbox.CultureOf(string?)"/>'s rule), whatever the language of the person whose action sends it.
/// </summary>
public readonly struct MailCulture : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) _previous;

    private MailCulture((CultureInfo, CultureInfo) previous) => _previous = previous;

    public static MailCulture Of(string? saved)
    {
        var culture = CultureInfo.GetCultureInfo(MailOutbox.CultureOf(saved));
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        return new MailCulture(previous);
    }

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _previous;
}
