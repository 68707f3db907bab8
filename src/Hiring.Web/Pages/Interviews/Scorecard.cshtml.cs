using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Interviews;

/// <summary>An interviewer on the application's panel rates each kit question 1–5 with notes and gives an overall recommendation.</summary>
public class ScorecardModel(HiringDbContext db, InterviewAccess access, KitEditor kits, InterviewBank bank, ScorecardEditor cards,
    TimeProvider clock, InterviewClock interviewClock, IStringLocalizer<ScorecardModel> text) : PageModel
{
    public sealed class RatingField
    {
        public string QuestionId { get; set; } = "";
        public int QuestionVersion { get; set; }
        public int? Rating { get; set; }
        [StringLength(2000, ErrorMessage = "Notes on one question hold at most 2,000 characters.")] public string? Notes { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid ApplicationId { get; set; }
    [BindProperty] public List<RatingField> Ratings { get; set; } = [];
    [BindProperty] public Recommendation? Recommendation { get; set; }
    [BindProperty, StringLength(4000, ErrorMessage = "Overall notes hold at most 4,000 characters.")] public string? Notes { get; set; }
    public ApplicationHeader Header { get; private set; } = null!;
    /// <summary>The question shown beside each rating field, in the same order.</summary>
    public List<BankQuestion> Questions { get; private set; } = [];
    public bool OnPanel { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    /// <summary>When the interview this interviewer sits on starts: a scorecard is submitted only after it (drafts any time).</summary>
    public DateTime? StartsAt { get; private set; }
    /// <summary>The interview's start as the interviewer reads it (the interviews' time zone), when it is still to come.</summary>
    public string? NotBefore => StartsAt is { } s && clock.GetUtcNow().UtcDateTime < s ? interviewClock.Format(s) : null;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
    /// <summary>This interviewer's card as <see cref="LoadAsync"/> read it (null when none is saved yet).</summary>
    private Scorecard? _card;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } denied) return denied;
        var rated = _card?.Ratings.ToDictionary(r => r.QuestionId) ?? [];
        Ratings = Questions.Select(q => new RatingField
        {
            QuestionId = q.Id, QuestionVersion = q.Version, Rating = rated.GetValueOrDefault(q.Id)?.Rating, Notes = rated.GetValueOrDefault(q.Id)?.Notes,
        }).ToList();
        (Recommendation, Notes, SubmittedAt) = (_card?.Recommendation, _card?.Notes, _card?.SubmittedAt);
        return Page();
    }

    /// <summary>The "Submit" button posts submit=true; "Save draft" (and the Enter key) false.</summary>
    public async Task<IActionResult> OnPostAsync(bool submit)
    {
        if (await LoadAsync() is { } denied) return denied;
        if (!OnPanel) return Forbid();
        var asked = Questions.ToDictionary(q => q.Id);
        // An empty hidden field binds as null: no question, refused below like any unknown id.
        foreach (var r in Ratings) r.QuestionId ??= "";
        for (var i = 0; i < Ratings.Count; i++)
        {
            if (!asked.ContainsKey(Ratings[i].QuestionId)) ModelState.AddModelError($"Ratings[{i}].Rating", text["This question is not in the kit."]);
            else if (Ratings[i].Rating is { } r && !ScoreAverages.IsValid(r))
                ModelState.AddModelError($"Ratings[{i}].Rating", text["Rate from {0} (weak) to {1} (strong), or leave it blank if not asked.", ScoreAverages.MinRating, ScoreAverages.MaxRating]);
        }
        if (submit && NotBefore is { } starts)
            ModelState.AddModelError(nameof(Ratings), text["The interview starts {0}: save a draft now, and submit the scorecard once you have held it.", starts]);
        else
        {
            if (submit && Recommendation is null) ModelState.AddModelError(nameof(Recommendation), text["Choose a recommendation before submitting."]);
            if (submit && Ratings.All(r => r.Rating is null)) ModelState.AddModelError(nameof(Ratings), text["Rate at least one question before submitting."]);
        }
        if (!ModelState.IsValid)
        {
            // Show each field beside the question it was posted for.
            Questions = Ratings.Select(r => asked.GetValueOrDefault(r.QuestionId)).OfType<BankQuestion>().ToList();
            Ratings = Ratings.Where(r => asked.ContainsKey(r.QuestionId)).ToList();
            return Page();
        }
        var inputs = Ratings.Select(r => new RatingInput(r.QuestionId, asked[r.QuestionId].Version, r.Rating, Infrastructure.TextInput.Clean(r.Notes))).ToList();
        await cards.SaveAsync(ApplicationId, UserId, inputs, Recommendation, Infrastructure.TextInput.Clean(Notes), submit);
        TempData["Status"] = submit ? "Scorecard submitted." : "Scorecard saved as a draft."; // worded in the reader's language by the layout
        return Redirect(submit ? $"/Interviews/Application/{ApplicationId}" : $"/Interviews/Scorecard/{ApplicationId}");
    }

    /// <summary>Loads the header and the questions (the kit's, then any rated earlier and since removed); returns a result when the user may not open the page.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if (await ApplicationHeader.FindAsync(db, ApplicationId) is not { } header) return NotFound();
        if (!await access.CanOpenAsync(User, ApplicationId)) return Forbid();
        Header = header;
        var mine = await db.Interviews.Where(i => i.ApplicationId == ApplicationId && i.Status == InterviewStatus.Scheduled
                && db.InterviewPanelists.Any(p => p.InterviewId == i.Id && p.InterviewerId == UserId))
            .Select(i => (DateTime?)i.StartsAt).ToListAsync();
        OnPanel = mine.Count > 0;
        StartsAt = mine.Min();
        var kit = (await kits.GetAsync(ApplicationId, UserId))!;
        Questions = kit.Questions.Select(q => q.Question).ToList();
        _card = await cards.FindAsync(ApplicationId, UserId);
        var currentIds = await bank.CurrentIdsAsync();
        foreach (var r in _card?.Ratings ?? [])
            if (Questions.All(q => q.Id != r.QuestionId)) Questions.Add(BankQuestion.From(r.Question!, currentIds));
        return null;
    }
}
