using System.Net;
using System.Text;
using Hiring.Documents.Reports;

namespace Hiring.Benchmarks;

/// <summary>
/// The same candidate report as an HTML page, for Chromium to print: the "obvious" way to make a
/// PDF that the Skia layer is measured against. Same sections, same data, same fonts (DejaVu Sans).
/// </summary>
public static class ReportHtml
{
    private const string Css = """
        @page { size: A4; margin: 56px 56px 64px 56px; }
        body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
        h1 { font-size: 20pt; margin: 4px 0; } h2 { font-size: 13pt; color: #1f4e79; border-bottom: 1px solid #c8cdd5; margin: 14px 0 6px; }
        h3 { font-size: 10.5pt; margin: 8px 0 4px; } .muted { color: #6b7280; font-size: 8pt; }
        .facts { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6px 10px; }
        .facts div span { display: block; color: #6b7280; font-size: 7.5pt; text-transform: uppercase; } .facts b { font-size: 10pt; }
        .test { border: 1px solid #c8cdd5; padding: 7px 9px; margin: 6px 0; break-inside: avoid; } .pass { color: #1b7f3b; float: right; } .fail { color: #b42318; float: right; }
        .rec { border: 1px solid #9a5b00; background: #fdf3e1; padding: 6px 8px; margin-top: 8px; }
        table { width: 100%; border-collapse: collapse; font-size: 8.5pt; } th { background: #e8ecf2; text-align: left; }
        th, td { padding: 3px 4px; border-bottom: 1px solid #c8cdd5; } tr:nth-child(even) td { background: #f6f7f9; }
        thead { display: table-header-group; } tr { break-inside: avoid; }
        .bar { display: grid; grid-template-columns: 150px 1fr 26px; font-size: 7.5pt; align-items: center; height: 14px; }
        .track { position: relative; height: 8px; } .fill { background: #3b6ea8; height: 8px; } .ref { position: absolute; top: -3px; width: 2px; height: 14px; background: #d9531e; }
        """;

    public static string Render(CandidateReportModel m)
    {
        var h = new StringBuilder(32_000);
        h.Append("<!doctype html><html><head><meta charset=utf-8><title>").Append(E($"Candidate report: {m.Candidate.Name}"))
            .Append("</title><style>").Append(Css).Append("</style></head><body>");
        h.Append("<div class=muted>CANDIDATE REPORT</div><h1>").Append(E(m.Candidate.Name)).Append("</h1><div>")
            .Append(E($"{m.Post.Title} · {m.Post.PostType} · {m.Post.Site}")).Append("</div><div class=muted>")
            .Append(E($"{m.Candidate.Email} · {m.Candidate.Phone} · ref. {m.Candidate.Reference}")).Append("</div><div class=facts>");
        Fact(h, "Applied", m.AppliedAt.ToString("d MMM yyyy")); Fact(h, "Stage", m.Stage.ToString());
        Fact(h, "Composite score", m.CompositeScore is { } c ? $"{c:0} / 100" : "none yet"); Fact(h, "Tests taken", $"{m.Tests.Count} of {m.Post.BatteryTests}");
        h.Append("</div><div class=rec><b>Recommendation:</b> ").Append(E(Recommendation.For(m).Line)).Append("</div><h2>Test results</h2>");
        if (m.Tests.Count == 0) h.Append("<p><i>No tests taken yet.</i></p>");
        foreach (var t in m.Tests)
        {
            h.Append("<div class=test><h3>").Append(E(t.Name)).Append(t.Passed ? "<span class=pass>PASSED</span>" : "<span class=fail>BELOW PASS MARK</span>").Append("</h3><div class=facts>");
            Fact(h, "Score", $"{t.Score:0.#} / {t.MaxScore:0.#}"); Fact(h, "Percent", $"{t.Percent:0}%");
            Fact(h, "Percentile", $"{t.Percentile} of {t.NormSize}"); Fact(h, "Time used", $"{t.TimeUsed:m\\:ss} of {t.TimeLimit:m\\:ss}");
            if (t.Typing is { } ty) { Fact(h, "Gross speed", $"{ty.GrossWpm:0} WPM"); Fact(h, "Net speed", $"{ty.NetWpm:0} WPM"); Fact(h, "Accuracy", $"{ty.AccuracyPercent:0.#}%"); }
            if (t.Reading is { } r) { Fact(h, "Reading speed", $"{r.WordsPerMinute:0} WPM"); Fact(h, "Comprehension", $"{r.ComprehensionPercent:0}%"); }
            Fact(h, "Pass mark", $"{t.PassMark:0}");
            h.Append("</div><div class=muted>Taken ").Append(t.TakenAt.ToString("d MMM yyyy, HH:mm")).Append(" UTC</div></div>");
        }
        if (m.Competencies.Count > 0)
        {
            h.Append("<h2>Competency profile</h2><div style='break-inside:avoid'>");
            foreach (var k in m.Competencies)
                h.Append("<div class=bar><span>").Append(E(k.Name)).Append($"</span><div class=track><div class=fill style='width:{k.Score0to100:0}%'></div><div class=ref style='left:{k.NormMedian:0}%'></div></div><span>{k.Score0to100:0}</span></div>");
            h.Append("</div><h3>Strengths and areas to probe at interview</h3>");
            var (strengths, probes) = CompetencyProfile.Split(m.Competencies);
            Table(h, ["Competency", "Score", "Median", "Gap", "At interview"], strengths.Concat(probes)
                .Select(k => new[] { k.Name, $"{k.Score0to100:0}", $"{k.NormMedian:0}", $"{k.Gap:+0;-0}", k.Gap > 0 ? "Strength: confirm with one recent example." : $"Probe: ask for a time it went wrong ({k.Key} questions in the kit)." }));
        }
        h.Append("<h2>Integrity flags</h2>");
        Table(h, ["Test", "Flag", "Figures", "Severity"], m.Flags.Select(f => new[] { f.Test, f.Flag, f.Figures, f.Severity.ToString() }));
        h.Append("<h2>Screening answers</h2>");
        foreach (var a in m.Screening) h.Append("<p><b>").Append(E(a.Question)).Append("</b><br>").Append(E(a.Answer)).Append("</p>");
        h.Append("<h2>Interview scorecards</h2>");
        Table(h, ["Interviewer", "Date", "Average", "Overall"], m.Scorecards.Select(s => new[] { s.Interviewer, s.At.ToString("d MMM yyyy"), $"{s.Average:0.0} / 5", s.Overall }));
        foreach (var s in m.Scorecards)
        {
            h.Append("<h3>").Append(E(s.Interviewer)).Append($" <span class=muted>average {s.Average:0.0} / 5 · overall: {E(s.Overall)}</span></h3>");
            Table(h, ["Question", "Competency", "Rating"], s.Ratings.Select(r => new[] { r.Question, r.Competency, r.Rating is { } n ? $"{n} / 5" : "not rated" }));
            h.Append("<p><i>").Append(E(s.Comment ?? "")).Append("</i></p>");
        }
        h.Append("<h2>Recruiter notes</h2>");
        foreach (var n in m.Notes) h.Append("<p><b>").Append(E($"{n.Author}, {n.At:d MMM yyyy, HH:mm} UTC:")).Append("</b> ").Append(E(n.Text)).Append("</p>");
        return h.Append("</body></html>").ToString();
    }

    public static string Footer(CandidateReportModel m) =>
        $"<div style='font: 8px DejaVu Sans; color: #6b7280; width: 100%; margin: 0 56px; display: flex; justify-content: space-between'>" +
        $"<span>Confidential: for this post's hiring team only; do not forward. Generated {m.GeneratedAt:d MMM yyyy, HH:mm} UTC.</span>" +
        "<span>Page <span class=pageNumber></span> of <span class=totalPages></span></span></div>";

    public static string Header(CandidateReportModel m) =>
        $"<div style='font: 8px DejaVu Sans; color: #6b7280; width: 100%; margin: 0 56px'>{E(m.Candidate.Name)} · {E(m.Post.Title)}</div>";

    private static void Fact(StringBuilder h, string label, string value) =>
        h.Append("<div><span>").Append(E(label)).Append("</span><b>").Append(E(value)).Append("</b></div>");

    private static void Table(StringBuilder h, string[] headers, IEnumerable<string[]> rows)
    {
        h.Append("<table><thead><tr>");
        foreach (var c in headers) h.Append("<th>").Append(E(c)).Append("</th>");
        h.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            h.Append("<tr>");
            foreach (var c in row) h.Append("<td>").Append(E(c)).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
