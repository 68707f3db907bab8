using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Pages.Candidate.Tests;

/// <summary>
/// A practice round of one test kind in a post's language: the real test page (_TestPage) and its script on two or three
/// practice items. There is no attempt: Save and Heartbeat take what the script sends and keep none of it, and Submit
/// marks the page's final post and shows the answers. Nothing reaches the database.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.RateLimits.Autosave)]
public class PracticeModel(PracticeRounds rounds, TimeProvider clock, IOptions<AssessmentOptions> options, IStringLocalizer<PracticeModel> text)
    : PageModel, ITestPage
{
    public PracticeRound Round { get; private set; } = null!;
    public List<PracticeMark>? Marks { get; private set; }
    public List<ItemSlot> Items { get; private set; } = [];
    public MultitaskView? Simulation { get; private set; }
    public long SeqBase { get; private set; }
    public string? ArrivedUrl { get; private set; }

    public string Title => DisplayNames.Of(Round.Kind);
    public string PostTitle => text["Practice round"];
    public TestKind Kind => Round.Kind;
    public TimeSpan Allowed => Round.Allowed;
    public bool ExtraTime => false;
    public SaveResponse State => new("open", null, Allowed.TotalSeconds, 0, Round.Form.Answerable().Count());
    public bool KeepPassageVisible => options.Value.KeepPassageVisible;
    public bool IsPractice => true;
    public string PageKey => $"practice.{Round.Language}.{Round.Kind}";
    public string ScriptBase => $"/Candidate/Tests/Practice/{Round.Language}/{Round.Kind}";

    public IActionResult OnGet(string language, TestKind kind)
    {
        if (!Found(language, kind)) return NotFound();
        var now = clock.GetUtcNow();
        SeqBase = now.ToUnixTimeMilliseconds();
        ViewData["Practice"] = true;
        if (kind == TestKind.Multitask)
        {
            Simulation = MultitaskView.Build(Round.Form.Items.Single(), Round.Content, new Dictionary<string, AnswerValue>(), 0, null);
            // The shift's clock starts at this page load; there is no attempt to hold it, and nothing about practice needs it held.
            ArrivedUrl = $"{ScriptBase}/Arrived?started={SeqBase}";
        }
        else
        {
            var total = Round.Form.Answerable().Count();
            Items = [.. ItemViews.Build(Round.Form, Round.Content).Select(v => new ItemSlot(v, null, total))];
        }
        return Page();
    }

    /// <summary>Takes an answer and keeps nothing: the reply carries no time or progress, so the page's clock and count are its own.</summary>
    public IActionResult OnPostSave(string language, TestKind kind, [FromBody] SaveRequest? request)
    {
        if (!Found(language, kind)) return NotFound();
        var known = request?.ItemId is { } id && Round.Form.Items.Any(i => i.Id == MultitaskEvents.ItemOf(id));
        return known ? new JsonResult(new { status = "saved" }) : BadRequest(new { status = "invalid" });
    }

    /// <summary>Integrity signals of a practice round are not signals about anyone: dropped.</summary>
    public IActionResult OnPostHeartbeat(string language, TestKind kind) => Found(language, kind) ? new JsonResult(new { status = "open" }) : NotFound();

    /// <summary>The practice shift's call lines and chats due since <paramref name="started"/> (the page's load, in Unix ms).</summary>
    public IActionResult OnGetArrived(string language, TestKind kind, long started, int lines, int messages)
    {
        if (!Found(language, kind) || kind != TestKind.Multitask) return NotFound();
        var elapsed = Math.Max(0, clock.GetUtcNow().ToUnixTimeMilliseconds() - started);
        var view = MultitaskView.Build(Round.Form.Items.Single(), Round.Content, new Dictionary<string, AnswerValue>(), elapsed, null);
        return Partial("_MultitaskArrived", view.Since(lines, messages));
    }

    public IActionResult OnPostSubmit(string language, TestKind kind)
    {
        if (!Found(language, kind)) return NotFound();
        Marks = PracticeMarks.Of(Round, FormAnswers.Read(Request.Form, Round.Form));
        return Page();
    }

    private bool Found(string language, TestKind kind)
    {
        if (rounds.For(kind, language) is not { } round) return false;
        Round = round;
        return true;
    }
}
