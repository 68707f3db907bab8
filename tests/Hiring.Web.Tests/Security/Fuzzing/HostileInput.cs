namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// Hostile and malformed values for form fields, generated deterministically (a fixed seed), so a
/// failure names the value that caused it and repeats. Values are raw form-encoded text so that
/// invalid UTF-8 / UTF-16 can be sent as the bytes a hostile client would send.
/// </summary>
public static class HostileInput
{
    /// <summary>Values every field gets, each already percent-encoded for an x-www-form-urlencoded body.</summary>
    public static IReadOnlyList<(string Label, string Encoded)> Values { get; } = Make();

    public const string ScriptMarker = "<script>alert('fuzz')</script>";

    private static List<(string, string)> Make()
    {
        var v = new List<(string, string)>();
        void Text(string label, string text) => v.Add((label, Uri.EscapeDataString(text)));
        Text("empty", "");
        Text("spaces", "     ");
        Text("script", ScriptMarker);
        Text("attribute break", "\"><img src=x onerror=alert('fuzz')>");
        Text("javascript url", "javascript:alert('fuzz')");
        Text("sql quote", "' OR '1'='1' --");
        Text("sql drop", "Robert'); DROP TABLE \"AspNetUsers\";--");
        Text("liquid/razor", "{{ 7*7 }} @(7*7) ${7*7}");
        Text("control characters", "a\u0000b\u0001c\u001bd\u007fe");
        Text("newlines", "line1\r\nline2\nline3\rline4");
        Text("bidi override", "abc\u202Edcba\u2066x");
        Text("zero width", "a\u200Bb\uFEFFc");
        Text("emoji and cjk", "Zoë 👩🏽‍💻 王秀英 Łukasz");
        Text("negative", "-1");
        Text("huge integer", "99999999999999999999999999999");
        Text("float overflow", "1e309");
        Text("nan", "NaN");
        Text("wrong type", "not-a-number");
        Text("long 10k", new string('x', 10_000));
        Text("long 300k words", string.Concat(Enumerable.Repeat("word ", 60_000)));
        Text("path traversal", "../../../../etc/passwd");
        Text("null word", "null");
        Text("email-ish", "a@b@c@@example..com");
        // Dates that parse: the ends of DateTime's range, and a local time that does not exist (clocks go forward in London).
        Text("year 9999", "9999-12-31T23:59");
        Text("year 1", "0001-01-01T00:00");
        Text("time in a DST gap", "2026-03-29T01:30");
        v.Add(("lone high surrogate (UTF-8 encoded)", "%ED%A0%80abc"));
        v.Add(("invalid UTF-8 bytes", "%FF%FE%C0%AF"));
        v.Add(("truncated percent escape", "abc%E2%82"));
        v.Add(("bare percent", "100%"));
        return v;
    }
}
