using Hiring.Core.Assessments.Forms;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

public sealed record SimLineView(int At, string Speaker, string Text);
public sealed record SimMessageView(string Id, int At, string Customer, string Text, IReadOnlyList<string> Replies, bool Escalated);
public sealed record SimArticleView(string Id, string Title, string Text);
public sealed record SimFieldView(string Name, string Label, string Value);
public sealed record SimQuestionView(string TaskId, string Question, string Value);

/// <summary>
/// The simulation as the candidate's page shows it, with the state rebuilt from the stored events so a reload
/// resumes where it was. Built field by field: no expected value, match rule, task key or urgency flag is copied.
/// </summary>
public sealed record MultitaskView(string ScenarioId, string Title, string Briefing, int LengthSeconds, long ElapsedMs,
    IReadOnlyList<SimLineView> Call, IReadOnlyList<SimMessageView> Chat, IReadOnlyList<SimArticleView> Articles,
    IReadOnlyList<SimFieldView> Fields, IReadOnlyList<SimQuestionView> Questions, string? AudioUrl)
{
    public static MultitaskView Build(FormItem item, FormContent content, IReadOnlyDictionary<string, AnswerValue> answers, long elapsedMs, string? audioUrl)
    {
        var s = content.Get<SimulationScenario>(item.Id);
        var events = answers.Where(a => MultitaskEvents.ItemOf(a.Key) == item.Id && a.Value.Sim is not null)
            .OrderBy(a => MultitaskEvents.SeqOf(a.Key)).Select(a => a.Value.Sim!).ToList();
        string Last(string type, string id, string initial) => events.LastOrDefault(e => e.Type == type && e.Ref == id)?.Text ?? initial;
        return new MultitaskView(s.Id, s.Title, s.Briefing.Trim(), s.LengthSeconds, elapsedMs,
            [.. s.Call.Select(l => new SimLineView(l.At, l.Speaker, l.Text.Trim()))],
            [.. s.Chat.Select(m => new SimMessageView(m.Id, m.At, m.Customer, m.Text.Trim(),
                [.. events.Where(e => e.Type == "reply" && e.Ref == m.Id).Select(e => e.Text ?? "")],
                events.Any(e => e.Type == "escalate" && e.Ref == m.Id)))],
            [.. s.Articles.Select(a => new SimArticleView(a.Id, a.Title, a.Text.Trim()))],
            [.. s.Fields.Select(f => new SimFieldView(f.Name, f.Label, Last("field", f.Name, f.Initial)))],
            [.. s.Tasks.Where(t => t.Kind == "answer").Select(t => new SimQuestionView(t.Id, t.Question ?? "", Last("answer", t.Id, "")))],
            audioUrl);
    }
}
