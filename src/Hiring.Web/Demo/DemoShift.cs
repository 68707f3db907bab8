using Bogus;
using Hiring.Web.Assessments;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Demo;

/// <summary>
/// The event log a demo applicant of ability θ leaves in a simulation: each task is met with a chance that rises with θ
/// (the logistic curve of <see cref="DemoAnswers"/>); a missed reply is late or never sent, a missed field keeps its old value
/// or gets a slip, a weaker applicant sometimes escalates a chat that did not need it.
/// </summary>
public sealed class DemoShift(Randomizer random, double ability, DemoItems items)
{
    private bool Hits(double easiness) => new DemoItem(easiness).Hits(random, ability);

    /// <summary>The events as answer values keyed "{scenario}#{seq}", as the page's saves would have stored them.</summary>
    public Dictionary<string, AnswerValue> Events(SimulationScenario s)
    {
        // A task's own parameters (a giveaway among them, see DemoItems) decide the events that meet it.
        bool Meets(string? taskId, double easiness) =>
            taskId is null ? Hits(easiness) : items.For(DemoItems.TaskKey(s, taskId), easiness).Hits(random, ability);
        string? TaskFor(string kind, Func<SimulationTask, bool> about) => s.Tasks.FirstOrDefault(t => t.Kind == kind && about(t))?.Id;
        var log = new List<SimEntry>();
        void Add(long ms, string type, string? @ref, string? text = null) => log.Add(new SimEntry { Type = type, Ref = @ref, Text = text, AtMs = ms });
        var urgent = s.Tasks.Where(t => t.Kind is "escalate" or "first").Select(t => t.Message).ToHashSet();
        foreach (var m in s.Chat)
        {
            var within = s.Tasks.Where(t => t.Kind == "reply" && t.Message == m.Id).Select(t => t.Within).FirstOrDefault() ?? 90;
            var delay = urgent.Contains(m.Id) ? (Hits(0.6) ? 2 : within + 30)
                : Meets(TaskFor("reply", t => t.Message == m.Id), 0.9) ? random.Number(5, Math.Max(6, within - 5)) : Hits(-0.5) ? within + 30 : -1;
            if (delay >= 0) Add((m.At + delay) * 1000L, "reply", m.Id, "Thank you for your message, I can help with that.");
            if (urgent.Contains(m.Id) && Hits(0.7)) Add((m.At + delay + 1) * 1000L, "escalate", m.Id);
            else if (!urgent.Contains(m.Id) && !Hits(1.5)) Add((m.At + 10) * 1000L, "escalate", m.Id);
        }
        foreach (var (f, i) in s.Fields.Select((f, i) => (f, i)))
            if (f.Expected != f.Initial)
                Add((40 + i * 15) * 1000L, "field", f.Name, Meets(TaskFor("record", t => t.Fields.Contains(f.Name)), 1.0) ? f.Expected : Hits(0) ? f.Initial : f.Expected + "x");
        foreach (var t in s.Tasks.Where(t => t.Kind == "answer"))
        {
            Add(((t.Due ?? s.LengthSeconds) - 60) * 1000L, "open", t.Article);
            Add(((t.Due ?? s.LengthSeconds) - 40) * 1000L, "answer", t.Id, Meets(t.Id, 0.7) ? t.Expected : "I am not sure");
        }
        var ordered = log.Where(e => e.AtMs < s.LengthSeconds * 1000L).OrderBy(e => e.AtMs).ToList();
        return ordered.Select((e, i) => (Key: MultitaskEvents.RowId(s.Id, i + 1), Value: new AnswerValue { Sim = e })).ToDictionary(x => x.Key, x => x.Value);
    }
}
