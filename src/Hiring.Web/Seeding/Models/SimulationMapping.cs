using Hiring.Core.Assessments.Choice;
using Hiring.Core.Assessments.Multitask;

namespace Hiring.Web.Seeding.Models;

/// <summary>Maps a checked seed scenario into the Core model (the rules in <see cref="SimulationRules"/> have run).</summary>
public static class SimulationMapping
{
    public static Scenario ToScenario(this SimulationScenario s) => new(
        s.Id, s.Version, s.Title, s.Kind, s.LengthSeconds,
        [.. s.Call.Select(l => new CallLine(l.At, l.Speaker, l.Text.Trim()))],
        [.. s.Chat.Select(m => new ChatMessage(m.Id, m.At, m.Customer, m.Text.Trim(), m.Urgent))],
        [.. s.Articles.Select(a => new KbArticle(a.Id, a.Title, a.Text.Trim()))],
        [.. s.Fields.Select(f => new FormField(f.Name, f.Label, f.Initial, f.Expected, TaskScore.ParseRule(f.Match)))],
        [.. s.Tasks.Select(Task)],
        s.Briefing.Trim());

    private static ScenarioTask Task(SimulationTask t) => t.Kind switch
    {
        "reply" => new ReplyTask(t.Id, t.Title, t.Competencies, t.Message!, t.Within!.Value),
        "record" => new RecordTask(t.Id, t.Title, t.Competencies, t.Fields, t.Due),
        "answer" => new AnswerTask(t.Id, t.Title, t.Competencies, t.Question!, t.Article!, t.Expected!, TaskScore.ParseRule(t.Match), t.Due),
        "escalate" => new EscalateTask(t.Id, t.Title, t.Competencies, t.Message!),
        "first" => new FirstTask(t.Id, t.Title, t.Competencies, t.Message!),
        _ => throw new ArgumentException($"Unknown simulation task kind '{t.Kind}'", nameof(t)),
    };
}
