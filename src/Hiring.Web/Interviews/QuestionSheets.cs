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
/// in one PDF (each with its own questions), or a post type's blank kit for walk-ins.
/// </summary>
public sealed class QuestionSheets(HiringDbContext db, KitEditor kits, InterviewBank bank, InterviewClock zone, TimeProvider clock)
{
    public async Task<byte[]> ForApplicationsAsync(IReadOnlyList<Guid> applicationIds, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var document = new Document(new DocumentInfo("Interview question sheets", "Hiring", $"{applicationIds.Count} candidate(s)", now, "interview, question sheet"));
        foreach (var id in applicationIds)
        {
            var header = await ApplicationHeader.FindAsync(db, id) ?? throw new KeyNotFoundException($"No application {id}");
            var kit = (await kits.GetAsync(id, null, ct))!;
            var next = await db.Interviews.AsNoTracking().Where(i => i.ApplicationId == id && i.Status == InterviewStatus.Scheduled)
                .OrderBy(i => i.StartsAt).Select(i => new { i.StartsAt, Panel = i.Panel.Select(p => p.Interviewer!.DisplayName).ToList() }).FirstOrDefaultAsync(ct);
            var candidate = new SheetCandidate(header.Candidate, id.ToString()[..8].ToUpperInvariant(),
                next is null ? null : zone.Sheet(next.StartsAt), next is null ? null : string.Join(", ", next.Panel));
            var model = new QuestionSheetModel($"Interview kit, {kit.Questions.Count} questions, about {kit.Minutes} minutes", header.Post,
                kit.Questions.Select(q => Sheet(q.Question)).ToList(), [candidate], now);
            document.Sections.AddRange(QuestionSheetPdf.Build(model).Sections);
        }
        return document.ToPdf();
    }

    public async Task<byte[]> BlankAsync(PostType postType, CancellationToken ct = default)
    {
        var questions = await bank.BlankKitAsync(postType, ct);
        var model = QuestionSheetModel.BlankKit($"Walk-in kit, {questions.Count} questions, about {questions.Sum(q => q.Content.Minutes)} minutes",
            DisplayNames.Of(postType), questions.Select(q => Sheet(q)).ToList(), clock.GetUtcNow());
        return QuestionSheetPdf.Render(model);
    }

    private static SheetQuestion Sheet(BankQuestion q)
    {
        var c = q.Content;
        return new SheetQuestion(c.Text, DisplayNames.Competencies(c.Competencies), c.Probes,
            c.RatingGuide.Strong, c.RatingGuide.Acceptable, c.RatingGuide.Weak);
    }

}
