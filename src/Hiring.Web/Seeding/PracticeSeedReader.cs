using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Seeding;

/// <summary>The explanations a candidate reads after a practice round, by item id (seed/practice/explanations.yaml).</summary>
public sealed class PracticeExplanationsFile { public Dictionary<string, string> Explanations { get; set; } = []; }

/// <summary>
/// Reads the practice rounds: seed/practice/ (English) and seed/&lt;culture&gt;/practice/, one file per test kind in the
/// layout of the scored bank it mirrors, checked by the same rules (a practice round is shorter: fewer reading questions,
/// a shorter shift). These items never become bank rows: nothing draws, scores or counts them.
/// </summary>
public static class PracticeSeedReader
{
    /// <summary>A practice shift is one to three minutes, with a small knowledge base.</summary>
    public static readonly SimulationRules.Limits Shift = new(60, 180, 1, "a practice shift of 1 to 3 minutes");

    public static IReadOnlyDictionary<(TestKind Kind, string Language), PracticeRound> Read(string seedFolder, string root)
    {
        var reader = new SeedFileReader(root);
        var rounds = new Dictionary<(TestKind, string), PracticeRound>();
        foreach (var language in Localization.Cultures.Banks)
        {
            var dir = language == Localization.Cultures.English ? Path.Combine(seedFolder, "practice") : Path.Combine(seedFolder, language, "practice");
            if (!Directory.Exists(dir)) continue;
            T? File<T>(string name, Action<T, SeedProblems> rule) where T : class, new() =>
                System.IO.File.Exists(Path.Combine(dir, name)) ? reader.Read(Path.Combine(dir, name), rule) : null;
            void Each<T>(List<T> all, SeedProblems p, Action<T, SeedProblems, int> rule) { for (var i = 0; i < all.Count; i++) rule(all[i], p, i); }

            var explanations = File<PracticeExplanationsFile>("explanations.yaml", (_, _) => { })?.Explanations ?? [];
            var items = new List<(TestKind Kind, object Item, FormItem[] Form)>();
            if (File<SjtFile>("sjt.yaml", (f, p) => Each(f.Items, p, SeedRules.Sjt)) is { } sjt)
                items.AddRange(sjt.Items.Select(i => (TestKind.Sjt, (object)i, new[] { new FormItem(i.Id, i.Version, ItemPart.Sjt, null, [.. i.Options.Select(o => o.Id)]) })));
            if (File<TypingFile>("typing.yaml", (f, p) => Each(f.Passages, p, (t, q, i) => SeedRules.Typing(t, q, i, language == Localization.Cultures.English))) is { } typing)
                items.AddRange(typing.Passages.Select(t => (TestKind.Typing, (object)t, new[] { new FormItem(t.Id, t.Version, ItemPart.Typing, null, []) })));
            if (File<ReadingFile>("reading.yaml", (f, p) => Each(f.Passages, p, Reading)) is { } reading)
                items.AddRange(reading.Passages.Select(r => (TestKind.Reading, (object)r, (FormItem[])[new(r.Id, r.Version, ItemPart.Passage, null, []),
                    .. r.Questions.Select(q => new FormItem(q.Id, r.Version, ItemPart.Question, r.Id, [.. q.Options.Select(o => o.Id)]))])));
            if (File<LiteracyFile>("literacy.yaml", (f, p) => Each(f.Items, p, (item, q, i) => { SeedRules.Item(item, q, "items", i); SeedRules.Choices(item.Options, q, "items", i); })) is { } literacy)
                items.AddRange(literacy.Items.Select(i => (TestKind.Literacy, (object)i, new[] { new FormItem(i.Id, i.Version, ItemPart.Choice, null, [.. i.Options.Select(o => o.Id)]) })));
            if (File<LiteracyTasksFile>("literacy-tasks.yaml", (f, p) => Each(f.Tasks, p, SeedRules.Task)) is { } tasks)
                items.AddRange(tasks.Tasks.Select(t => (TestKind.Literacy, (object)t, new[] { new FormItem(t.Id, t.Version, ItemPart.Task, null, [.. t.Fields.Select(f => f.Name)]) })));
            if (File<SimulationFile>("simulation.yaml", (f, p) => Each(f.Scenarios, p, (s, q, i) => SimulationRules.Scenario(s, q, i, Shift))) is { } simulation)
                items.AddRange(simulation.Scenarios.Take(1).Select(s => (TestKind.Multitask, (object)s, new[] { new FormItem(s.Id, s.Version, ItemPart.Simulation, null, []) })));

            foreach (var kind in items.Select(i => i.Kind).Distinct())
            {
                var mine = items.Where(i => i.Kind == kind).ToList();
                var content = new FormContent(mine.ToDictionary(i => ((ISeedItem)i.Item).Id, i => i.Item), mine.ToDictionary(i => ((ISeedItem)i.Item).Id, _ => language));
                rounds[(kind, language)] = new PracticeRound(kind, language, new Form([.. mine.SelectMany(i => i.Form)]), content, explanations);
            }
        }
        return rounds;
    }

    /// <summary>The bank's rule for a passage, but one to three questions: a practice passage is short.</summary>
    private static void Reading(ReadingPassage passage, SeedProblems p, int i)
    {
        SeedRules.Item(passage, p, "passages", i);
        p.Require(!string.IsNullOrWhiteSpace(passage.Text), "text is missing", "passages", i);
        p.Require(passage.Questions.Count is >= 1 and <= 3, "a practice passage has 1 to 3 questions", "passages", i, "questions");
        for (var q = 0; q < passage.Questions.Count; q++)
            SeedRules.Choices(passage.Questions[q].Options, p, "passages", i, "questions", q);
    }
}
