using Hiring.Web.Localization;
using System.Security.Claims;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Timing;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Pages.Candidate.Tests;

/// <summary>
/// The test page: the attempt's fixed form with the candidate's saved answers, the server's remaining
/// time, the handlers the page's script calls (Save, Heartbeat; for the simulation Arrived and CallLine) and the form's Submit.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.RateLimits.Autosave)]
public class TakeModel(HiringDbContext db, BankContent bank, AnswerSaver saver, Heartbeat heartbeat, SubmitWriter submissions,
    TimeProvider clock, IOptions<AssessmentOptions> options, MultitaskAudio audio, IStringLocalizer<TakeModel> text) : PageModel, ITestPage
{
    public Attempt Attempt { get; private set; } = null!;
    public string PostTitle { get; private set; } = "";
    public List<ItemSlot> Items { get; private set; } = [];
    public MultitaskView? Simulation { get; private set; }
    public SaveResponse State { get; private set; } = null!;
    public long SeqBase { get; private set; }
    public bool KeepPassageVisible => options.Value.KeepPassageVisible;
    public string Title => DisplayNames.Of(Attempt.Kind);
    public TestKind Kind => Attempt.Kind;
    public bool ExtraTime => Attempt.AccommodationFactor > 1;
    public bool IsPractice => false;
    public string PageKey => Attempt.Id.ToString();
    public string ScriptBase => $"/Candidate/Tests/Take/{Attempt.Id}";
    public string? ArrivedUrl => null;

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>
    /// Where the page numbers its answers from: the server's clock at this load, in milliseconds (never below a number
    /// already stored). The page adds the milliseconds since it loaded, so on two pages of one attempt — two devices, two
    /// tabs — the answer given last carries the higher number and is the one the server keeps; a retry or a late
    /// delivery keeps its own number and still cannot overwrite a newer answer.
    /// </summary>
    public static long SequenceBase(IEnumerable<AttemptAnswer> answers, DateTimeOffset now) =>
        Math.Max(answers.Select(x => x.Seq).DefaultIfEmpty(0).Max(), now.ToUnixTimeMilliseconds());

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await db.Attempts.Where(a => a.Id == id && a.Application!.CandidateId == Me)
            .Select(a => new { Attempt = a, a.Application!.Post!.Title }).SingleOrDefaultAsync();
        if (found is null) return NotFound();
        if (found.Attempt.IsSubmitted) return RedirectToPage("Result", new { id });
        (Attempt, PostTitle) = (found.Attempt, found.Title);

        var now = clock.GetUtcNow().UtcDateTime;
        AttemptContact.Record(Attempt, now);
        Attempt.Version++;
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { /* a save raced this page load; the contact is recorded by that save */ }

        var form = AttemptForms.Read(Attempt);
        var answers = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == id).ToListAsync();
        var values = answers.ToDictionary(x => x.ItemId, x => AnswerValue.Parse(x.Value));
        if (Attempt.Kind == TestKind.Multitask)
            Simulation = await SimulationAsync(Attempt, values, now);
        else
            Items = [.. ItemViews.Build(form, await bank.ForFormAsync(form)).Select(v => new ItemSlot(v, values.GetValueOrDefault(v.Id), form.Answerable().Count()))];
        State = AnswerSaver.Respond(Attempt, form, answers, now, "open", null);
        SeqBase = SequenceBase(answers, clock.GetUtcNow());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, [FromBody] SaveRequest? request)
    {
        if (!ModelState.IsValid) return BadRequest(Localized(new SaveResponse("invalid", "The answer could not be read: the request was malformed.", 0, 0, 0)));
        if (request is null || request.Value is null || string.IsNullOrWhiteSpace(request.ItemId))
            return BadRequest(Localized(new SaveResponse("invalid", "No answer was sent.", 0, 0, 0)));
        var (status, saved) = await saver.SaveAsync(id, Me, request);
        var response = Localized(saved);
        return status switch
        {
            SaveStatus.NotFound => NotFound(response),
            SaveStatus.Closed or SaveStatus.Submitted => new JsonResult(response) { StatusCode = StatusCodes.Status409Conflict },
            SaveStatus.Invalid => BadRequest(response),
            _ => new JsonResult(response),
        };
    }

    /// <summary>
    /// The simulation's call lines and chats that have arrived on the server's clock since the page's last look (it shows
    /// the first <paramref name="lines"/> and <paramref name="messages"/>); the page polls this while the shift runs.
    /// </summary>
    public async Task<IActionResult> OnGetArrivedAsync(Guid id, int lines, int messages)
    {
        var attempt = await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Application!.CandidateId == Me && a.Kind == TestKind.Multitask);
        if (attempt is null) return NotFound();
        if (attempt.IsSubmitted) return StatusCode(StatusCodes.Status409Conflict);
        var values = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == id).ToDictionaryAsync(x => x.ItemId, x => AnswerValue.Parse(x.Value));
        var view = await SimulationAsync(attempt, values, clock.GetUtcNow().UtcDateTime);
        return Partial("_MultitaskArrived", view.Since(lines, messages));
    }

    /// <summary>The simulation as due at <paramref name="now"/>: time counts from the attempt's start, as events are stamped.</summary>
    private async Task<MultitaskView> SimulationAsync(Attempt attempt, Dictionary<string, AnswerValue> values, DateTime now)
    {
        var form = AttemptForms.Read(attempt);
        return MultitaskView.Build(form.Items.Single(), await bank.ForFormAsync(form), values,
            ElapsedMs(attempt, now), await HearsTheCallAsync(attempt) ? MultitaskAudio.LinesUrl(attempt.Id) : null);
    }

    /// <summary>
    /// Whether the candidate hears the call (listen and capture: its words are not written down, as on a real call) or reads
    /// it as a transcript. The one place the mode is decided, for the page, its poll and nothing else (scoring never asks):
    /// wherever the server can speak, unless the recruiter granted the candidate's request for no audio (issue 18).
    /// </summary>
    public async Task<bool> HearsTheCallAsync(Attempt attempt) => audio.Available
        && !await db.AccommodationRequests.AnyAsync(r => r.ApplicationId == attempt.ApplicationId && r.Status == AccommodationStatus.Granted && r.NoAudio);

    /// <summary>One line of the call as a clip, once it is due on the server's clock (the Arrived handler's rule); 404 before.</summary>
    public async Task<IActionResult> OnGetCallLineAsync(Guid id, int line)
    {
        var attempt = await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Application!.CandidateId == Me && a.Kind == TestKind.Multitask);
        if (attempt is null || attempt.IsSubmitted || !await HearsTheCallAsync(attempt)) return NotFound();
        var form = AttemptForms.Read(attempt);
        var (item, content) = (form.Items.Single(), await bank.ForFormAsync(form));
        var due = MultitaskView.Build(item, content, new Dictionary<string, AnswerValue>(), ElapsedMs(attempt, clock.GetUtcNow().UtcDateTime), null).Call;
        if (line < 0 || line >= due.Count) return NotFound();
        var scenario = content.Get<Hiring.Web.Seeding.Models.SimulationScenario>(item.Id);
        var file = await audio.FileAsync(scenario.Id, scenario.Version, content.LanguageOf(item.Id), due[line], HttpContext.RequestAborted);
        return file is null ? NotFound() : PhysicalFile(file, "audio/wav");
    }

    private static long ElapsedMs(Attempt attempt, DateTime now) => Math.Max(0, (long)(now - attempt.StartedAt).TotalMilliseconds);

    public async Task<IActionResult> OnPostHeartbeatAsync(Guid id, [FromBody] HeartbeatRequest? request)
    {
        var response = await heartbeat.BeatAsync(id, Me, request ?? new HeartbeatRequest());
        return response is null ? NotFound() : new JsonResult(Localized(response));
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        var form = await Request.ReadFormAsync();
        var outcome = await submissions.SubmitAsync(new SubmitRequest(id, Me, a => FormAnswers.Read(form, AttemptForms.Read(a)), clock.GetUtcNow().UtcDateTime));
        if (outcome == SubmitOutcome.NotFound) return NotFound();
        return RedirectToPage("Result", new { id });
    }

    /// <summary>The response's message (the closed banner shows it) in the reader's language; the saver speaks English.</summary>
    private SaveResponse Localized(SaveResponse response) =>
        response.Message is { } message ? response with { Message = text[message].Value } : response;

    public TimeSpan Allowed => AttemptClock.Allowed(Attempt.TimeLimitMinutes, Attempt.AccommodationFactor);
}

/// <summary>One item on the page with the answer saved so far (null when none).</summary>
public sealed record ItemSlot(ItemView View, AnswerValue? Answer, int Total)
{
    public string Id => View.Id;
    public string Field(string part) => FormAnswers.Name(View.Id, part);
    public string Dom(string suffix) => $"{View.Id}-{suffix}";
}
