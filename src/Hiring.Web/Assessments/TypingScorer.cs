using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Assessments.Typing;
using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

/// <summary>
/// Typing is recomputed on the server with <see cref="TypingScore"/> from the stored text and keystrokes;
/// the elapsed time is the server's (start to submission, at most the time allowed). Nothing the page
/// calculated is used. Blocked pastes and ignored synthetic input become flags, never a score change; a result that
/// fails an integrity rule is marked for review and kept out of the norms.
/// </summary>
public static class TypingScorer
{
    /// <summary>
    /// The typing time: the server's time from start to submission when the whole passage was typed;
    /// otherwise the full time allowed, so typing a few words quickly and stopping does not make a fast typist.
    /// </summary>
    public static TimeSpan Elapsed(Attempt attempt, string passage, string? typed, DateTime submittedAt)
    {
        var finished = TypingText.Normalize(typed ?? "").Length >= TypingText.Normalize(passage.Trim()).Length;
        return finished
            ? AttemptClock.Used(attempt.StartedAt, submittedAt, attempt.DeadlineAt)
            : AttemptClock.Allowed(attempt.TimeLimitMinutes, attempt.AccommodationFactor);
    }

    public static (TestResult Result, AttemptDetail Detail) Score(Attempt attempt, Form form, FormContent content,
        IReadOnlyDictionary<string, AnswerValue> answers, double passMark, DateTime submittedAt)
    {
        var item = form.Answerable().Single();
        var passage = content.Get<TypingPassage>(item.Id);
        var answer = answers.GetValueOrDefault(item.Id) ?? new AnswerValue();
        var keys = (answer.Keys ?? []).Select(k => k.ToKeystroke()).ToList();
        var unit = TypingUnits.ForLanguage(content.LanguageOf(item.Id));
        var r = TypingScore.Score(passage.Text.Trim(), answer.Text ?? "", Elapsed(attempt, passage.Text, answer.Text, submittedAt), keys, unit);

        var raised = r.Flags.ToList();
        if (r.NeedsReview) raised.Insert(0, new("held", IntegrityFlags.HeldMessage, []));
        if (answer.Pastes > 0) raised.Add(new("pastes-blocked", "{0} paste attempt(s) were blocked.", [answer.Pastes.Value]));
        if (answer.Synthetic > 0) raised.Add(new("synthetic-ignored", "{0} input event(s) not made by a keyboard were ignored.", [answer.Synthetic.Value]));
        var percent = TypingScore.Percent(r);
        var detail = new AttemptDetail(
            [new ItemDetail(item.Id, Math.Round(percent / 100, 4), 1, ["DET"])],
            CompetencyScores.Of([new ItemScore(item.Id, percent / 100, ["DET"])]),
            Typing: new TypingDetail(Math.Round(r.GrossWpm, 1), Math.Round(r.NetWpm, 1), Math.Round(r.Accuracy, 4),
                Math.Round(r.KeystrokeAccuracy, 4), Math.Round(r.Consistency, 1), [.. raised.Select(f => f.Message)], Math.Round(r.Minutes * 60, 1), r.NeedsReview, r.Unit, raised));
        return (TestResult.FromTyping(r.NetWpm, percent, passMark), detail);
    }
}
