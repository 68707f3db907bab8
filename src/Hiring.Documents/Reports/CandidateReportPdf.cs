using System.Globalization;
using System.Text;
using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>The candidate report hiring managers download: one call, a PDF out.</summary>
public static class CandidateReportPdf
{
    public static byte[] Render(CandidateReportModel model)
    {
        using var language = Words.Use(model.Language);
        return Build(model).ToPdf();
    }

    public static void Render(CandidateReportModel model, Stream output)
    {
        using var language = Words.Use(model.Language);
        Build(model).WritePdf(output);
    }

    /// <summary>A download name: ASCII only (accents dropped), so every browser and mail client keeps it.</summary>
    public static string FileName(CandidateReportModel model)
    {
        var plain = new StringBuilder();
        foreach (var c in model.Candidate.Name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) plain.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && plain.Length > 0 && plain[^1] != '-') plain.Append('-');
        }
        var slug = plain.ToString().Trim('-');
        var person = slug.Length > 0 ? slug : (model.Candidate.Reference ?? "candidate").ToLowerInvariant();
        return $"candidate-report-{person}-{model.GeneratedAt.UtcDateTime:yyyy-MM-dd}.pdf";
    }

    /// <summary>The download name as the person writes it (sent as RFC 5987 <c>filename*</c>, with <see cref="FileName"/>
    /// as the ASCII fallback); characters file systems refuse become hyphens.</summary>
    public static string UnicodeFileName(CandidateReportModel model)
    {
        var name = new string([.. model.Candidate.Name.Trim().Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c) ? '-' : c)]);
        return $"candidate-report-{name}-{model.GeneratedAt.UtcDateTime:yyyy-MM-dd}.pdf";
    }

    /// <summary>The document in the current UI culture's words (<see cref="Render(CandidateReportModel)"/> sets it to the model's language).</summary>
    public static Document Build(CandidateReportModel model)
    {
        var info = new DocumentInfo(
            Words.F("Candidate report: {0}", model.Candidate.Name),
            model.Organisation,
            Words.F("{0}: assessment results, competency profile and interviews", model.Post.Title),
            model.GeneratedAt,
            Words.T("candidate report, assessment, confidential"),
            model.Language);
        var content = new Column(4)
        {
            CoverBlock.For(model),
            SummaryBlock.For(model),
            new PageBreak(),
            TestSections.For(model),
            CompetencyProfile.For(model),
            IntegrityAndScreening.Flags(model),
            IntegrityAndScreening.Screening(model),
            InterviewSection.Scorecards(model),
            InterviewSection.Notes(model),
        };
        return new Document(info).Add(new Section(content, page => Header(model), page => Footer(model, page)));
    }

    private static Element Header(CandidateReportModel model) => new Column
    {
        new Row(12)
            .Relative(3, new Text($"{model.Candidate.Name} · {model.Post.Title}", ReportStyle.Small))
            .Relative(1, new Text(model.Organisation, ReportStyle.Small, TextAlign.Right)),
        new Rule(ReportStyle.Line, 0.5f, 1),
    };

    private static Element Footer(CandidateReportModel model, PageInfo page) => new Column
    {
        new Rule(ReportStyle.Line, 0.5f, 2),
        new Row(12)
            .Relative(1, new Text(
                Words.F("Confidential: for this post's hiring team only; do not forward. Generated {0}.", Words.DateTime(model.GeneratedAt)),
                ReportStyle.Small))
            .Fixed(70, new Text(Words.F("Page {0} of {1}", page.Number, page.Total), ReportStyle.Small, TextAlign.Right)),
    };
}
