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
        var names = await CompetencyNamesAsync(ct);
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
                kit.Questions.Select(q => Sheet(q.Question, names)).ToList(), [candidate], now);
            document.Sections.AddRange(QuestionSheetPdf.Build(model).Sections);
        }
        return document.ToPdf();
    }

    public async Task<byte[]> BlankAsync(PostType postType, CancellationToken ct = default)
    {
        var names = await CompetencyNamesAsync(ct);
        var questions = await bank.BlankKitAsync(postType, ct);
        var model = QuestionSheetModel.BlankKit($"Walk-in kit, {questions.Count} questions, about {questions.Sum(q => q.Content.Minutes)} minutes",
            PostTypeName(postType), questions.Select(q => Sheet(q, names)).ToList(), clock.GetUtcNow());
        return QuestionSheetPdf.Render(model);
    }

    public static string PostTypeName(PostType type) => type switch
    {
        PostType.Inbound => "Inbound agent",
        PostType.Outbound => "Outbound agent",
        PostType.TechSupport => "Technical support agent",
        PostType.TeamLeader => "Team leader",
        _ => "Contact-centre post",
    };

    private static SheetQuestion Sheet(BankQuestion q, IReadOnlyDictionary<string, string> names)
    {
        var c = q.Content;
        return new SheetQuestion(c.Text, string.Join(", ", c.Competencies.Select(k => names.GetValueOrDefault(k, k))), c.Probes,
            c.RatingGuide.Strong, c.RatingGuide.Acceptable, c.RatingGuide.Weak);
    }

    private async Task<IReadOnlyDictionary<string, string>> CompetencyNamesAsync(CancellationToken ct) =>
        await db.Competencies.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Name, ct);
}
