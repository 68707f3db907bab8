using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Seeding;

/// <summary>Everything read from seed/: competencies and bank items, each with the file it came from.</summary>
public sealed record SeedCatalog(IReadOnlyList<CompetencySeed> Competencies, IReadOnlyList<SeedEntry> Items);

/// <summary>A seed item with its bank, file and language: files under <c>seed/&lt;culture&gt;/</c> (e.g. <c>seed/zh-Hans/</c>) hold
/// that language's banks in the same layout as the English ones at the top of <c>seed/</c>.</summary>
public sealed record SeedEntry(Bank Bank, ISeedItem Item, string SourceFile, string Language = Localization.Cultures.English);

/// <summary>Reads and checks every seed file; throws <see cref="SeedFileException"/> at the first bad one.</summary>
public static class SeedCatalogReader
{
    public static SeedCatalog Read(string seedFolder, string root)
    {
        var reader = new SeedFileReader(root);
        var entries = new List<SeedEntry>();
        var competencies = reader.Read<List<CompetencySeed>>(Path.Combine(seedFolder, "competencies.yaml"), (list, p) =>
        {
            for (var i = 0; i < list.Count; i++)
                p.Require(SeedRules.CompetencyKeys.Contains(list[i].Key), $"unknown competency key '{list[i].Key}'", i, "key");
            p.Require(list.Count == SeedRules.CompetencyKeys.Count, $"expected {SeedRules.CompetencyKeys.Count} competencies, found {list.Count}");
        });

        // English at the top of seed/, every other language in its own folder with the same layout. Ids are unique per bank
        // across languages: an item in another language is another item.
        foreach (var language in Localization.Cultures.Banks)
        {
            var banks = language == Localization.Cultures.English ? seedFolder : Path.Combine(seedFolder, language);
            Load<SjtFile, SjtItem>(Bank.Sjt, banks, "assessments", "sjt-*.yaml", f => f.Items, "items", SeedRules.Sjt);
            var english = language == Localization.Cultures.English;
            Load<TypingFile, TypingPassage>(Bank.Typing, banks, "assessments", "typing.yaml", f => f.Passages, "passages",
                (t, p, i) => SeedRules.Typing(t, p, i, english));
            Load<ReadingFile, ReadingPassage>(Bank.Reading, banks, "assessments", "reading.yaml", f => f.Passages, "passages", SeedRules.Reading);
            Load<LiteracyFile, LiteracyItem>(Bank.Literacy, banks, "assessments", "literacy.yaml", f => f.Items, "items", (item, p, i) =>
            {
                SeedRules.Item(item, p, "items", i);
                SeedRules.Choices(item.Options, p, "items", i);
            });
            Load<LiteracyTasksFile, LiteracyTask>(Bank.LiteracyTask, banks, "assessments", "literacy-tasks.yaml", f => f.Tasks, "tasks", SeedRules.Task);
            Load<InterviewFile, InterviewQuestion>(Bank.Interview, banks, "interviews", "*.yaml", f => f.Questions, "questions", SeedRules.Interview);
            Load<SimulationFile, SimulationScenario>(Bank.Simulation, banks, "simulations", "*.yaml", f => f.Scenarios, "scenarios", SimulationRules.Scenario);
            // Read here only to stop start-up on a malformed file; PublishedNorms reads it when a percentile needs it.
            NormSeedReader.Typing(reader, seedFolder, language);
        }
        // Read here only to stop start-up on a malformed file; PracticeRounds reads the practice rounds when a candidate practises.
        PracticeSeedReader.Read(seedFolder, root);
        return new SeedCatalog(competencies, entries);

        void Load<TFile, TItem>(Bank bank, string banksFolder, string folder, string pattern, Func<TFile, List<TItem>> items, string list,
            Action<TItem, SeedProblems, int> rule) where TFile : new() where TItem : ISeedItem
        {
            var dir = Path.Combine(banksFolder, folder);
            var language = banksFolder == seedFolder ? Localization.Cultures.English : Path.GetFileName(banksFolder);
            if (!Directory.Exists(dir)) return;
            var seen = new HashSet<string>(entries.Where(e => e.Bank == bank).Select(e => e.Item.Id));
            foreach (var file in Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal))
            {
                var model = reader.Read<TFile>(file, (m, p) =>
                {
                    var all = items(m);
                    for (var i = 0; i < all.Count; i++) rule(all[i], p, i);
                    SeedRules.UniqueIds(all, seen, p, list);
                });
                // Rows remember their file as seed/<path>, wherever the folder is, so the loader can tell seeded rows from app-made ones.
                var source = "seed/" + Path.GetRelativePath(seedFolder, file).Replace('\\', '/');
                entries.AddRange(items(model).Select(i => new SeedEntry(bank, i, source, language)));
            }
        }
    }
}
