using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Typing;
using Hiring.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Assessments;

/// <summary>What each test asks of the candidate, in plain words (its name: <see cref="Localization.DisplayNames"/>).</summary>
public static class TestNames
{
    /// <summary>Resources/Assessments/TestNames.*.resx, English text as keys.</summary>
    private static readonly IStringLocalizer Text = StaticText.For(typeof(TestNames));

    public static string Brief(TestKind kind) => kind switch
    {
        TestKind.Sjt => Text["Situations from contact-centre work. For each, choose the most and the least effective response."],
        TestKind.Typing => Text["Type a short passage as accurately and quickly as you can. Pasting is switched off."],
        TestKind.Reading => Text["Read short passages, then answer questions about them."],
        TestKind.Literacy => Text["Everyday computer questions, then a few short tasks: fill a form, find a record, fix a ticket."],
        TestKind.Multitask => Text["A short shift on one screen: follow a call, answer chats as they arrive, look things up and keep the customer record right."],
        _ => "",
    };

    /// <summary>What the candidate needs to take it fairly, said before they start (the post page, the tests page).</summary>
    public static string Equipment(TestKind kind, string language = Cultures.English) => kind switch
    {
        TestKind.Typing when TypingUnits.ForLanguage(language) == TypingUnit.Characters =>
            Text["Needs a computer with a physical keyboard and a Chinese input method (pinyin, for example): a phone's or tablet's on-screen keyboard will not do."],
        TestKind.Typing => Text["Needs a computer with a physical keyboard: a phone's or tablet's on-screen keyboard will not do."],
        TestKind.Multitask => Text["Needs a computer with a screen at least 1280 pixels wide."],
        _ => Text["Works on a computer, a tablet or a phone."],
    };

    /// <summary>True when the test needs more than any device (a physical keyboard, a wide screen): its <see cref="Equipment"/> is said before it starts.</summary>
    public static bool NeedsEquipment(TestKind kind) => kind is TestKind.Typing or TestKind.Multitask;

    /// <summary>
    /// What a battery's tests need beyond any device, one line per test kind ("- Typing: Needs a computer with a physical keyboard…"),
    /// for the test invitation; empty when every test works on a phone. <paramref name="language"/> is the post's (a Chinese post's
    /// typing test needs a Chinese input method); the words are in the current culture.
    /// </summary>
    public static string EquipmentLines(IEnumerable<TestKind> battery, string language) =>
        string.Join("\n", battery.Where(NeedsEquipment).Distinct().Select(k => "- " + Text["{0}: {1}", DisplayNames.Of(k), Equipment(k, language)]));

    /// <summary>A duration as the page says it: "25 minutes", "1 minute 22 seconds", "1 second". One key per singular and
    /// plural form, so each language words them its own way (Chinese: 分/秒, no plural).</summary>
    public static string Minutes(TimeSpan t) => ((int)t.TotalMinutes, t.Seconds) switch
    {
        (0, var s) => Text[s == 1 ? "{0} second" : "{0} seconds", s],
        (var m, 0) => Text[m == 1 ? "{0} minute" : "{0} minutes", m],
        (var m, var s) => Text[(m == 1, s == 1) switch
        {
            (true, true) => "{0} minute {1} second",
            (true, false) => "{0} minute {1} seconds",
            (false, true) => "{0} minutes {1} second",
            _ => "{0} minutes {1} seconds",
        }, m, s],
    };

    /// <summary>A percentile as people say it: 1st, 2nd, 3rd, 11th, 52nd.</summary>
    public static string Ordinal(double percentile)
    {
        var n = (int)Math.Round(percentile);
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Text["{0}{1} percentile", n, suffix];
    }
}
