using System.Security.Claims;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Timing;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Candidate.Tests;

/// <summary>A candidate's own result for one test, in plain words: no items, no keys.</summary>
public class ResultModel(HiringDbContext db) : PageModel
{
    public record Strength(string Name, double Percent);
    public TestKind Kind { get; private set; }
    public string PostTitle { get; private set; } = "";
    public double? Percent { get; private set; }
    public double? Raw { get; private set; }
    public bool? Passed { get; private set; }
    public TimeSpan Used { get; private set; }
    public bool Submitted { get; private set; }
    public List<Strength> Competencies { get; private set; } = [];
    public double? ReadingWpm { get; private set; }
    /// <summary>Chinese typing: speed in characters per minute (字/分钟) instead of words.</summary>
    public bool TypingInCharacters { get; private set; }
    /// <summary>The passages were Chinese: the speed is in 字/分钟, not words per minute.</summary>
    public bool ReadingInCharacters { get; private set; }
    /// <summary>Simulation: tasks fully handled, of all; never the per-task notes (those are for staff).</summary>
    public (int Done, int Of)? SimulationTasks { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var a = await db.Attempts.AsNoTracking().Where(x => x.Id == id && x.Application!.CandidateId == me)
            .Select(x => new { x.Kind, x.Application!.Post!.Title, x.Percent, x.Raw, x.Passed, x.StartedAt, x.SubmittedAt, x.DeadlineAt, x.Detail })
            .SingleOrDefaultAsync();
        if (a is null) return NotFound();
        (Kind, PostTitle, Percent, Raw, Passed, Submitted) = (a.Kind, a.Title, a.Percent, a.Raw, a.Passed, a.SubmittedAt is not null);
        if (a.SubmittedAt is null) return RedirectToPage("Take", new { id });
        Used = AttemptClock.Used(a.StartedAt, a.SubmittedAt.Value, a.DeadlineAt);
        var detail = a.Detail is null ? null : JsonSerializer.Deserialize<AttemptDetail>(a.Detail, AttemptFinaliser.Json);
        if (detail is not null)
        {
            Competencies = [.. detail.Competencies.Select(kv => new Strength(DisplayNames.Competency(kv.Key), kv.Value.Percent)).OrderByDescending(s => s.Percent)];
            var speeds = detail.Reading?.Where(r => r.Wpm is not null).Select(r => r.Wpm!.Value).ToList();
            ReadingWpm = speeds is { Count: > 0 } ? Math.Round(speeds.Average()) : null;
            TypingInCharacters = detail.Typing?.InCharacters == true;
            ReadingInCharacters = detail.Reading?.Any(r => r.InCharacters) == true;
            if (detail.Multitask is { } mt) SimulationTasks = (mt.Tasks.Count(t => t.Credit >= 1), mt.Tasks.Count);
        }
        return Page();
    }
}
