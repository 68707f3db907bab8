using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Seeding;

/// <summary>The rules a seed file must meet beyond its YAML shape (seed/README.md states them).</summary>
public static class SeedRules
{
    public static readonly HashSet<string> CompetencyKeys =
        ["EI", "EMP", "LIS", "ANG", "NO", "OWN", "MT", "ADP", "COM", "TECH", "DET", "CALM", "SELL", "REL", "CRIT", "TEAM"];
    public static readonly HashSet<string> PostTypeTags = ["inbound", "outbound", "techsupport", "teamleader", "common"];
    public static readonly HashSet<string> TaskKinds = ["form", "search", "fix"];
    public static readonly HashSet<string> MatchRules = ["exact", "casefold", "digits", "trimmed"];
    public static readonly HashSet<string> InterviewCategories = ["general", "inbound", "outbound", "behavioural", "techsupport", "teamleader"];

    public static void Item(ISeedItem item, SeedProblems p, string list, int i)
    {
        p.Require(!string.IsNullOrWhiteSpace(item.Id), "id is missing", list, i);
        p.Require(item.Version >= 1, $"version must be 1 or more (item {item.Id})", list, i, "version");
        foreach (var c in item.Competencies.Where(c => !CompetencyKeys.Contains(c)))
            p.Add($"unknown competency '{c}' (expected one of {string.Join(" ", CompetencyKeys)})", list, i, "competencies");
        foreach (var t in item.PostTypes.Where(t => !PostTypeTags.Contains(t)))
            p.Add($"unknown post type '{t}' (expected one of {string.Join(" ", PostTypeTags)})", list, i, "post_types");
    }

    public static void Sjt(SjtItem item, SeedProblems p, int i)
    {
        Item(item, p, "items", i);
        p.Require(item.Competencies.Count is 1 or 2, "an SJT item measures one or two competencies", "items", i, "competencies");
        p.Require(item.PostTypes.Count > 0, "post_types is empty", "items", i, "post_types");
        p.Require(!string.IsNullOrWhiteSpace(item.Scenario), "scenario is missing", "items", i);
        p.Require(item.Options.Count == 4, $"an SJT item has exactly 4 options, found {item.Options.Count}", "items", i, "options");
        p.Require(item.Options.Select(o => o.Rating).Order().SequenceEqual([1, 2, 3, 4]),
            "option ratings must be 1, 2, 3 and 4, one each", "items", i, "options");
        for (var j = 0; j < item.Options.Count; j++)
            p.Require(!string.IsNullOrWhiteSpace(item.Options[j].Text), "option text is missing", "items", i, "options", j);
    }

    public static void Choices(List<ChoiceOption> options, SeedProblems p, params object[] path)
    {
        p.Require(options.Count >= 2, "needs at least two options", [.. path, "options"]);
        p.Require(options.Count(o => o.Correct) == 1, "exactly one option must be correct: true", [.. path, "options"]);
        p.Require(options.Select(o => o.Id).Distinct().Count() == options.Count, "option ids must be unique", [.. path, "options"]);
    }

    public static void Typing(TypingPassage passage, SeedProblems p, int i, bool english)
    {
        Item(passage, p, "passages", i);
        p.Require(!string.IsNullOrWhiteSpace(passage.Text), "text is missing", "passages", i);
        // English posts recruit on UK keyboards: a letter the keyboard cannot type directly (Ł, ś, č, é) costs the
        // candidate marks for the keyboard, not the skill. Other languages' banks have rules of their own.
        if (english && passage.Text.FirstOrDefault(c => !UkKeyboardTypes(c)) is var c and not '\0')
            p.Add($"'{c}' (U+{(int)c:X4}) cannot be typed directly on a UK keyboard: English typing passages keep to printable ASCII and £", "passages", i, "text");
    }

    /// <summary>What a key, or Shift and a key, types on a UK keyboard (AltGr layers differ between systems, so they do not count).</summary>
    public static bool UkKeyboardTypes(char c) => c is '\n' or (>= ' ' and <= '~') or '£' or '¬';

    public static void Reading(ReadingPassage passage, SeedProblems p, int i)
    {
        Item(passage, p, "passages", i);
        p.Require(!string.IsNullOrWhiteSpace(passage.Text), "text is missing", "passages", i);
        p.Require(passage.Questions.Count >= 4, "a reading passage needs at least 4 questions", "passages", i, "questions");
        for (var q = 0; q < passage.Questions.Count; q++)
            Choices(passage.Questions[q].Options, p, "passages", i, "questions", q);
    }

    public static void Task(LiteracyTask task, SeedProblems p, int i)
    {
        Item(task, p, "tasks", i);
        p.Require(TaskKinds.Contains(task.Kind), $"kind must be one of {string.Join(", ", TaskKinds)}", "tasks", i, "kind");
        p.Require(task.Fields.Count > 0, "a task needs at least one field", "tasks", i, "fields");
        for (var f = 0; f < task.Fields.Count; f++)
            p.Require(MatchRules.Contains(task.Fields[f].Match), $"match must be one of {string.Join(", ", MatchRules)}", "tasks", i, "fields", f, "match");
    }

    public static void Interview(InterviewQuestion q, SeedProblems p, int i)
    {
        Item(q, p, "questions", i);
        p.Require(InterviewCategories.Contains(q.Category), $"category must be one of {string.Join(", ", InterviewCategories)}", "questions", i, "category");
        p.Require(!string.IsNullOrWhiteSpace(q.Text), "text is missing", "questions", i);
        p.Require(q.Minutes is > 0 and <= 60, "minutes must be 1-60", "questions", i, "minutes");
    }

    /// <summary>Ids are unique within a bank, across its files.</summary>
    public static void UniqueIds<T>(IReadOnlyList<T> items, ISet<string> seen, SeedProblems p, string list) where T : ISeedItem
    {
        for (var i = 0; i < items.Count; i++)
            p.Require(seen.Add(items[i].Id), $"duplicate id {items[i].Id}", list, i, "id");
    }
}
