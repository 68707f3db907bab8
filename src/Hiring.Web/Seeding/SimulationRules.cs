using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Seeding;

/// <summary>The rules a multitasking simulation in seed/simulations must meet (seed/README.md, "Multitasking simulation").</summary>
public static class SimulationRules
{
    public static readonly HashSet<string> Kinds = ["inbound-service", "inbound-technical", "outbound-sales", "busy-hour"];
    public static readonly HashSet<string> TaskKinds = ["reply", "record", "answer", "escalate", "first"];
    /// <summary>What a simulation can observe; the other competencies need a conversation or a judgement item.</summary>
    public static readonly HashSet<string> Competencies = ["MT", "DET", "TECH", "COM", "CALM", "OWN"];
    public const int MinSeconds = 300, MaxSeconds = 480;

    /// <summary>How long a shift may be and how many articles its knowledge base needs.</summary>
    public sealed record Limits(int MinSeconds, int MaxSeconds, int MinArticles, string Shift);
    public static readonly Limits Scored = new(MinSeconds, MaxSeconds, 6, "a 5 to 8 minute shift");

    public static void Scenario(SimulationScenario s, SeedProblems p, int i) => Scenario(s, p, i, Scored);

    public static void Scenario(SimulationScenario s, SeedProblems p, int i, Limits limits)
    {
        // Task competencies first: an unknown key is reported where it is written, not on the scenario.
        for (var t = 0; t < s.Tasks.Count; t++) Task(s, s.Tasks[t], p, "scenarios", i, "tasks", t);
        SeedRules.Item(s, p, "scenarios", i);
        p.Require(!string.IsNullOrWhiteSpace(s.Title), "title is missing", "scenarios", i);
        p.Require(Kinds.Contains(s.Kind), $"kind must be one of {string.Join(", ", Kinds)}", "scenarios", i, "kind");
        p.Require(s.PostTypes.Count > 0, "post_types is empty", "scenarios", i, "post_types");
        p.Require(s.LengthSeconds >= limits.MinSeconds && s.LengthSeconds <= limits.MaxSeconds,
            $"length_seconds must be {limits.MinSeconds}-{limits.MaxSeconds} ({limits.Shift})", "scenarios", i, "length_seconds");

        p.Require(s.Call.Count > 0, "the call needs at least one line", "scenarios", i, "call");
        for (var l = 0; l < s.Call.Count; l++)
        {
            Within(s, s.Call[l].At, p, "scenarios", i, "call", l, "at");
            p.Require(l == 0 || s.Call[l].At >= s.Call[l - 1].At, "call lines must be in time order", "scenarios", i, "call", l, "at");
            p.Require(!string.IsNullOrWhiteSpace(s.Call[l].Speaker) && !string.IsNullOrWhiteSpace(s.Call[l].Text),
                "a call line needs a speaker and a text", "scenarios", i, "call", l);
        }

        p.Require(s.Chat.Count > 0, "the chat needs at least one message", "scenarios", i, "chat");
        Unique(s.Chat.Select(m => m.Id), "message id", p, "scenarios", i, "chat");
        for (var m = 0; m < s.Chat.Count; m++)
        {
            Within(s, s.Chat[m].At, p, "scenarios", i, "chat", m, "at");
            p.Require(!string.IsNullOrWhiteSpace(s.Chat[m].Text), "message text is missing", "scenarios", i, "chat", m);
        }

        p.Require(s.Articles.Count >= limits.MinArticles && s.Articles.Count <= 10,
            $"the knowledge base needs {limits.MinArticles}-10 articles, found {s.Articles.Count}", "scenarios", i, "articles");
        Unique(s.Articles.Select(a => a.Id), "article id", p, "scenarios", i, "articles");
        for (var a = 0; a < s.Articles.Count; a++)
            p.Require(!string.IsNullOrWhiteSpace(s.Articles[a].Title) && !string.IsNullOrWhiteSpace(s.Articles[a].Text),
                "an article needs a title and a text", "scenarios", i, "articles", a);

        p.Require(s.Fields.Count > 0, "the customer record needs at least one field", "scenarios", i, "fields");
        Unique(s.Fields.Select(f => f.Name), "field name", p, "scenarios", i, "fields");
        for (var f = 0; f < s.Fields.Count; f++)
        {
            p.Require(SeedRules.MatchRules.Contains(s.Fields[f].Match), $"match must be one of {string.Join(", ", SeedRules.MatchRules)}", "scenarios", i, "fields", f, "match");
            p.Require(!string.IsNullOrWhiteSpace(s.Fields[f].Expected), "expected is missing", "scenarios", i, "fields", f);
        }

        p.Require(s.Tasks.Count > 0, "a simulation needs at least one task", "scenarios", i, "tasks");
        Unique(s.Tasks.Select(t => t.Id), "task id", p, "scenarios", i, "tasks");
    }

    private static void Task(SimulationScenario s, SimulationTask t, SeedProblems p, params object[] path)
    {
        p.Require(TaskKinds.Contains(t.Kind), $"kind must be one of {string.Join(", ", TaskKinds)}", [.. path, "kind"]);
        p.Require(t.Competencies.Count > 0, "a task needs at least one competency", [.. path, "competencies"]);
        foreach (var c in t.Competencies.Where(c => !Competencies.Contains(c)))
            p.Add($"unknown competency '{c}' for a simulation task (expected one of {string.Join(" ", Competencies)})", [.. path, "competencies"]);
        if (t.Due is { } due) Within(s, due, p, [.. path, "due"]);

        var message = s.Chat.FirstOrDefault(m => m.Id == t.Message);
        if (t.Kind is "reply" or "escalate" or "first")
            p.Require(message is not null, $"message '{t.Message}' is not in the chat", [.. path, "message"]);
        switch (t.Kind)
        {
            case "reply":
                p.Require(t.Within > 0, "within (seconds to reply) must be more than 0", [.. path, "within"]);
                if (message is not null && t.Within > 0)
                    p.Require(message.At + t.Within <= s.LengthSeconds, "the reply deadline falls after the end of the shift", [.. path, "within"]);
                break;
            case "first":
                p.Require(message is null || message.Urgent, $"message '{t.Message}' must be marked urgent: true", [.. path, "message"]);
                break;
            case "record":
                p.Require(t.Fields.Count > 0, "a record task needs at least one field", [.. path, "fields"]);
                foreach (var f in t.Fields.Where(f => s.Fields.All(x => x.Name != f)))
                    p.Add($"field '{f}' is not in the customer record", [.. path, "fields"]);
                break;
            case "answer":
                p.Require(!string.IsNullOrWhiteSpace(t.Question), "question is missing", path);
                p.Require(s.Articles.Any(a => a.Id == t.Article), $"article '{t.Article}' is not in the knowledge base", [.. path, "article"]);
                p.Require(!string.IsNullOrWhiteSpace(t.Expected), "expected is missing", path);
                p.Require(SeedRules.MatchRules.Contains(t.Match), $"match must be one of {string.Join(", ", SeedRules.MatchRules)}", [.. path, "match"]);
                break;
        }
    }

    private static void Within(SimulationScenario s, int seconds, SeedProblems p, params object[] path) =>
        p.Require(seconds >= 0 && seconds <= s.LengthSeconds, $"{seconds} s is outside the shift (0-{s.LengthSeconds} s)", path);

    private static void Unique(IEnumerable<string> ids, string what, SeedProblems p, params object[] path)
    {
        foreach (var id in ids.GroupBy(x => x).Where(g => g.Count() > 1).Select(g => g.Key))
            p.Add($"duplicate {what} {id}", path);
    }
}
