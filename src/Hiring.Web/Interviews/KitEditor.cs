using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>An application's kit as staff see it: questions in order (with their bank content) and the time it takes.</summary>
public sealed record KitView(Guid ApplicationId, bool HasContactCentreExperience, IReadOnlyList<string> FocusCompetencies, IReadOnlyList<KitView.Line> Questions)
{
    public sealed record Line(long RowId, BankQuestion Question);
    public int Minutes => Questions.Sum(q => q.Question.Content.Minutes);
}

/// <summary>
/// Makes an application's kit from the default the first time it is needed, and applies staff edits
/// (add, remove, move, rebuild). Every change is one SaveChanges.
/// </summary>
public sealed class KitEditor(HiringDbContext db, InterviewBank bank, CompetencyScores scores, TimeProvider clock)
{
    public async Task<KitView?> GetAsync(Guid applicationId, string? userId, CancellationToken ct = default)
    {
        var kit = await LoadAsync(applicationId, ct);
        if (kit is null)
        {
            // The applicant's screening answer says whether they have worked in a contact centre.
            var months = await db.Applications.Where(a => a.Id == applicationId).Select(a => (int?)a.Screening.ContactCentreMonths).SingleOrDefaultAsync(ct);
            if (months is null) return null;
            kit = new InterviewKit { ApplicationId = applicationId, HasContactCentreExperience = months > 0 };
            db.InterviewKits.Add(kit);
            await FillDefaultAsync(kit, userId, ct);
            await db.SaveChangesAsync(ct);
        }
        return View(kit, await bank.CurrentIdsAsync(ct));
    }

    /// <summary>Throws the edits away and makes the default again (e.g. after saying the applicant is a first-jobber).</summary>
    public async Task RebuildAsync(Guid applicationId, bool hasExperience, string? userId, CancellationToken ct = default)
    {
        var kit = await LoadAsync(applicationId, ct) ?? throw new InvalidOperationException("No kit yet");
        kit.HasContactCentreExperience = hasExperience;
        db.InterviewKitQuestions.RemoveRange(kit.Questions);
        kit.Questions.Clear();
        await FillDefaultAsync(kit, userId, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> AddAsync(Guid applicationId, string questionId, string? userId, CancellationToken ct = default)
    {
        var kit = await LoadAsync(applicationId, ct);
        var question = await db.BankItems.AsNoTracking().Where(i => i.Bank == Bank.Interview && i.Id == questionId && i.IsCurrent).FirstOrDefaultAsync(ct);
        if (kit is null || question is null || kit.Questions.Any(q => q.QuestionId == questionId)) return false;
        kit.Questions.Add(new InterviewKitQuestion { QuestionId = question.Id, QuestionVersion = question.Version, Position = kit.Questions.Count });
        await TouchAndSaveAsync(kit, userId, ct);
        return true;
    }

    public async Task RemoveAsync(Guid applicationId, long rowId, string? userId, CancellationToken ct = default)
    {
        var kit = await LoadAsync(applicationId, ct);
        var row = kit?.Questions.FirstOrDefault(q => q.Id == rowId);
        if (kit is null || row is null) return;
        kit.Questions.Remove(row);
        db.InterviewKitQuestions.Remove(row);
        Renumber(kit);
        await TouchAndSaveAsync(kit, userId, ct);
    }

    /// <summary>Swaps a question with its neighbour above (<paramref name="up"/>) or below.</summary>
    public async Task MoveAsync(Guid applicationId, long rowId, bool up, string? userId, CancellationToken ct = default)
    {
        var kit = await LoadAsync(applicationId, ct);
        if (kit is null) return;
        var ordered = kit.Questions.OrderBy(q => q.Position).ToList();
        var i = ordered.FindIndex(q => q.Id == rowId);
        var j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= ordered.Count) return;
        (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
        for (var k = 0; k < ordered.Count; k++) ordered[k].Position = k;
        await TouchAndSaveAsync(kit, userId, ct);
    }

    private async Task<InterviewKit?> LoadAsync(Guid applicationId, CancellationToken ct) =>
        await db.InterviewKits.Include(k => k.Questions).ThenInclude(q => q.Question).SingleOrDefaultAsync(k => k.ApplicationId == applicationId, ct);

    private async Task FillDefaultAsync(InterviewKit kit, string? userId, CancellationToken ct)
    {
        var post = await db.Applications.Where(a => a.Id == kit.ApplicationId).Select(a => new { a.Post!.PostType, a.Post.Language }).SingleAsync(ct);
        var postType = post.PostType;
        var current = await bank.CurrentAsync(post.Language, ct);
        var built = KitBuilder.Build(current.Select(q => q.ForKit()).ToList(),
            new KitRequest(postType, kit.HasContactCentreExperience, await scores.ForApplicationAsync(kit.ApplicationId)));
        kit.FocusCompetencies = string.Join(' ', built.FocusCompetencies);
        var rows = await db.BankItems.Where(i => i.Bank == Bank.Interview && i.IsCurrent).ToDictionaryAsync(i => i.Id, ct);
        for (var p = 0; p < built.Questions.Count; p++)
            kit.Questions.Add(new InterviewKitQuestion
            {
                QuestionId = built.Questions[p].Id, QuestionVersion = built.Questions[p].Version, Position = p, Question = rows[built.Questions[p].Id],
            });
        (kit.UpdatedAt, kit.UpdatedById) = (clock.GetUtcNow().UtcDateTime, userId);
    }

    private async Task TouchAndSaveAsync(InterviewKit kit, string? userId, CancellationToken ct)
    {
        (kit.UpdatedAt, kit.UpdatedById) = (clock.GetUtcNow().UtcDateTime, userId);
        await db.SaveChangesAsync(ct);
    }

    private static void Renumber(InterviewKit kit)
    {
        var p = 0;
        foreach (var q in kit.Questions.OrderBy(q => q.Position)) q.Position = p++;
    }

    private static KitView View(InterviewKit kit, IReadOnlySet<string> currentIds) => new(kit.ApplicationId, kit.HasContactCentreExperience,
        kit.FocusCompetencies.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        kit.Questions.OrderBy(q => q.Position).Select(q => new KitView.Line(q.Id, BankQuestion.From(q.Question!, currentIds))).ToList());
}
