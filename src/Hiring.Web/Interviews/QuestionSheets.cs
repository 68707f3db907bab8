using System.Globalization;
using Hiring.Documents;
using Hiring.Web.Localization;
using Hiring.Core.Assessments;
using Hiring.Documents.Interviews;
using Hiring.Documents.Layout;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>
/// Printable question sheets (Hiring.Documents): one application's kit, several applications' kits
/// in one PDF (each with its own questions), or a post type's blank kit for walk-ins. The sheet's own words are in the reader's
/// language (the request's UI culture); the questions in the post's.
/// </summary>
public sealed class QuestionSheets(HiringDbContext db, KitEditor kits, InterviewBank bank, InterviewClock zone, CompetencyScores scores, TimeProvider clock)
{
    public async Task<byte[]> ForApplicationsAsync(IReadOnlyList<Guid> applicationIds, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var language = Reader;
        using var words = Words.Use(language);
        var document = new Document(new DocumentInfo(Words.T("Interview question sheets"), "Hiring", Words.F("{0} candidate(s)", applicationIds.Count), now,
            Words.T("interview, question sheet"), language));
        foreach (var id in applicationIds)
        {
            var header = await ApplicationHeader.FindAsync(db, id) ?? throw new KeyNotFoundException($"No application {id}");
            var kit = (await kits.GetAsync(id, null, ct))!;
            var next = await db.Interviews.AsNoTracking().Where(i => i.ApplicationId == id && i.Status == InterviewStatus.Scheduled)
                .OrderBy(i => i.StartsAt).Select(i => new { i.StartsAt, Panel = i.Panel.Select(p => p.Interviewer!.DisplayName).ToList() }).FirstOrDefaultAsync(ct);
            var candidate = new SheetCandidate(header.Candidate, id.ToString()[..8].ToUpperInvariant(),
                next is null ? null : zone.Sheet(next.StartsAt), next is null ? null : string.Join(", ", next.Panel));
            var tested = await scores.ForApplicationAsync(id, ct);
            var model = new QuestionSheetModel(Words.F("Interview kit, {0} questions, about {1} minutes", kit.Questions.Count, kit.Minutes), header.Post,
                kit.Questions.Select(q => Sheet(q.Question, kit.FocusCompetencies, tested)).ToList(), [candidate], now, Language: language);
            document.Sections.AddRange(QuestionSheetPdf.Build(model).Sections);
        }
        return document.ToPdf();
    }

    public async Task<byte[]> BlankAsync(PostType postType, string language = Localization.Cultures.English, CancellationToken ct = default)
    {
        var questions = await bank.BlankKitAsync(postType, language, ct);
        var reader = Reader;
        using var words = Words.Use(reader);
        var model = QuestionSheetModel.BlankKit(Words.F("Walk-in kit, {0} questions, about {1} minutes", questions.Count, questions.Sum(q => q.Content.Minutes)),
            DisplayNames.Of(postType), questions.Select(q => Sheet(q, [], new Dictionary<string, double>())).ToList(), clock.GetUtcNow(), reader);
        return QuestionSheetPdf.Render(model);
    }

    /// <summary>A kit question as printed: marked behavioural or not, and naming the weak competency (with its test score)
    /// it was chosen to probe, if it is one of the kit's focus competencies.</summary>
    private static SheetQuestion Sheet(BankQuestion q, IReadOnlyList<string> focus, IReadOnlyDictionary<string, double> tested)
    {
        var c = q.Content;
        var probing = c.Competencies.Where(focus.Contains).Select(k => tested.TryGetValue(k, out var score)
            ? Words.F("{0} (test score {1:0.0})", DisplayNames.Competency(k), score) : DisplayNames.Competency(k)).ToList();
        return new SheetQuestion(c.Text, DisplayNames.Competencies(c.Competencies), c.Probes,
            c.RatingGuide.Strong, c.RatingGuide.Acceptable, c.RatingGuide.Weak,
            c.Category == "behavioural", probing.Count > 0 ? string.Join(Words.T(", "), probing) : null);
    }

    /// <summary>The reader's language: the request's UI culture.</summary>
    private static string Reader => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : Cultures.English;

}
