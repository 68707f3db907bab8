using System.Globalization;

namespace Hiring.Web.Localization;

/// <summary>
/// Writes in another language for a while: a mail goes in its recipient's language, whatever the request's is.
/// Static text helpers (<see cref="StaticText"/>, <see cref="DisplayNames"/>) read the current culture, so a mail sets it
/// around the words it takes from them.
/// </summary>
public readonly struct CultureSwitch : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) _previous;

    private CultureSwitch((CultureInfo, CultureInfo) previous) => _previous = previous;

    /// <summary>Sets <paramref name="culture"/> (a supported name, e.g. from <c>MailOutbox.CultureOf</c>) until disposed.</summary>
    public static CultureSwitch To(string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (info, info);
        return new CultureSwitch(previous);
    }

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _previous;
}
