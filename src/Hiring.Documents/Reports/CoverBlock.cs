using Hiring.Documents.Layout;
using SkiaSharp;

namespace Hiring.Documents.Reports;

/// <summary>Who, for what, where they stand, and the one-line recommendation.</summary>
internal static class CoverBlock
{
    public static Element For(CandidateReportModel model)
    {
        var recommendation = Recommendation.For(model);
        var (ink, fill) = recommendation.Verdict switch
        {
            Verdict.Recommended => (ReportStyle.PassInk, new SKColor(0xE8, 0xF5, 0xEC)),
            Verdict.NotRecommended => (ReportStyle.FailInk, new SKColor(0xFB, 0xEA, 0xE8)),
            Verdict.Borderline => (ReportStyle.WarnInk, new SKColor(0xFD, 0xF3, 0xE1)),
            _ => (ReportStyle.Muted, new SKColor(0xF1, 0xF2, 0xF4)),
        };
        var (contact, composite) = (Contact(model), Composite(model));
        return new Column(8)
        {
            new Text(Words.T("CANDIDATE REPORT"), ReportStyle.Label.Bold().WithColor(ReportStyle.Accent)),
            new Text(model.Candidate.Name, ReportStyle.Body.WithSize(20).Bold()),
            new Text($"{model.Post.Title} · {model.Post.PostType} · {model.Post.Site}", ReportStyle.Body.WithSize(11)),
            new Text(contact, ReportStyle.Small),
            ReportStyle.Facts(4,
                (Words.T("Applied"), Words.Date(model.AppliedAt)),
                (Words.T("Stage"), model.StageName ?? model.Stage.ToString()),
                (Words.T("Composite score"), composite),
                (Words.T("Tests taken"), TestsTaken(model))).PaddingTop(4),
            new Text([new Span(Words.T("Recommendation: "), ReportStyle.Body.Bold().WithColor(ink)), new Span(recommendation.Line, ReportStyle.Body)])
                .Padding(8, 6).Background(fill).Border(ink, 0.75f),
        };
    }

    /// <summary>E-mail, phone and reference on one line.</summary>
    public static string Contact(CandidateReportModel model) =>
        string.Join("  ·  ", new[] { model.Candidate.Email, model.Candidate.Phone, model.Candidate.Reference is { } r ? Words.F("ref. {0}", r) : null }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"72.4 (target 65)", or "not tested yet".</summary>
    public static string Composite(CandidateReportModel model) => model.CompositeScore is { } c
        ? $"{c:0.0}" + (model.Post.CompositePassMark is { } mark ? Words.F(" (target {0:0})", mark) : "")
        : Words.T("not tested yet");

    public static string TestsTaken(CandidateReportModel model) =>
        Words.F("{0} of {1}", model.Tests.Count, Math.Max(model.Post.BatteryTests, model.Tests.Count));
}
