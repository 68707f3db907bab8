using Hiring.Core.Assessments.Choice;
using Hiring.Core.Assessments.Multitask;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Seeding;

/// <summary>
/// The real multitasking simulations, read with the app's own reader and mapped into the Core model,
/// meet seed/README.md: every kind present, references that resolve, keys that can be reached from the
/// call or the knowledge base, and a run that does everything right scoring 100.
/// </summary>
public class SimulationBankTests
{
    private static readonly List<SeedEntry> Entries =
        [.. SeedCatalogReader.Read(Path.Combine(TestEnvironment.RepositoryRoot, "seed"), TestEnvironment.RepositoryRoot).Items.Where(e => e.Bank == Bank.Simulation)];

    /// <summary>Every language's scenarios: the rules below hold for each of them.</summary>
    private static readonly List<Scenario> Scenarios = [.. Entries.Select(e => ((SimulationScenario)e.Item).ToScenario())];

    private static List<Scenario> In(string language) => [.. Entries.Where(e => e.Language == language).Select(e => ((SimulationScenario)e.Item).ToScenario())];

    [Fact]
    public void Bank_has_at_least_four_scenarios_and_every_kind()
    {
        var english = In(Cultures.English);
        Assert.True(english.Count >= 4, $"{english.Count} simulations");
        Assert.Equal(SimulationRules.Kinds.Order(), english.Select(s => s.Kind).Distinct().Order());
        Assert.All(english, s => Assert.Matches(@"^SIM-\d{3}$", s.Id));
    }

    [Fact]
    public void The_chinese_bank_has_a_scenario_written_in_chinese_without_stray_spaces()
    {
        var chinese = In(Cultures.ChineseSimplified);
        Assert.NotEmpty(chinese);
        Assert.All(chinese, s =>
        {
            Assert.Matches(@"^SIM-ZH-\d{3}$", s.Id);
            Assert.Contains(s.Articles, a => a.Title == "什么情况下把在线咨询转给组长");
            var texts = new[] { s.Title, s.Briefing }.Concat(s.Call.Select(l => l.Text)).Concat(s.Chat.Select(m => m.Text))
                .Concat(s.Articles.SelectMany(a => new[] { a.Title, a.Text })).Concat(s.Fields.Select(f => f.Label)).Concat(s.Tasks.Select(t => t.Title));
            Assert.All(texts, t => ChineseText.AssertWritten(t, s.Id));
        });
    }

    [Fact]
    public void Every_scenario_is_a_5_to_8_minute_shift_with_6_to_10_articles_and_every_task_kind()
    {
        Assert.All(Scenarios, s =>
        {
            Assert.InRange(s.LengthSeconds, 300, 480);
            Assert.InRange(s.Articles.Count, 6, 10);
            Assert.Equal(["AnswerTask", "EscalateTask", "FirstTask", "RecordTask", "ReplyTask"],
                s.Tasks.Select(t => t.GetType().Name).Distinct().Order());
            Assert.NotEmpty(s.Briefing);
        });
    }

    [Fact]
    public void Every_task_refers_to_a_message_field_or_article_of_its_scenario()
    {
        Assert.All(Scenarios.SelectMany(s => s.Tasks.Select(t => (s, t))), st =>
        {
            var (s, t) = st;
            switch (t)
            {
                case ReplyTask r: Assert.NotNull(s.Message(r.MessageId)); break;
                case EscalateTask e: Assert.NotNull(s.Message(e.MessageId)); break;
                case FirstTask f: Assert.True(s.Message(f.MessageId)!.Urgent, $"{s.Id} {t.Id}"); break;
                case RecordTask r: Assert.All(r.Fields, f => Assert.Contains(s.Fields, x => x.Name == f)); break;
                case AnswerTask a: Assert.Contains(s.Articles, x => x.Id == a.ArticleId); break;
            }
        });
    }

    [Fact]
    public void Some_message_in_every_scenario_must_not_be_escalated()
    {
        // "Escalate the right one and not the others" needs others; an angry one tests calm most.
        Assert.All(Scenarios, s =>
            Assert.Contains(s.Chat, m => s.Tasks.OfType<EscalateTask>().All(e => e.MessageId != m.Id) && s.Tasks.OfType<ReplyTask>().Any(r => r.MessageId == m.Id)));
    }

    [Fact]
    public void Every_expected_field_value_can_be_read_from_the_call_or_the_knowledge_base()
    {
        Assert.All(Scenarios.SelectMany(s => s.Fields.Select(f => (s, f))), sf =>
        {
            var (s, f) = sf;
            var sources = s.Call.Select(l => l.Text).Concat(s.Articles.Select(a => a.Text));
            bool reachable = TaskScore.Matches(f.Match, f.Expected, f.Initial) || sources.Any(text => f.Match == MatchRule.Digits
                ? Digits(text).Contains(Digits(f.Expected), StringComparison.Ordinal)
                : text.Contains(f.Expected, StringComparison.OrdinalIgnoreCase));
            Assert.True(reachable, $"{s.Id} {f.Name}: '{f.Expected}' appears nowhere the candidate can read");
        });
    }

    [Fact]
    public void A_run_that_does_everything_right_scores_100()
    {
        Assert.All(Scenarios, s =>
        {
            var result = MultitaskScore.Score(s, PerfectRun(s));
            Assert.True(result.Percent == 100, $"{s.Id}: {result.Percent} — {string.Join(" ", result.Tasks.Where(t => t.Credit < 1).Select(t => t.Note))}");
            Assert.All(result.Competencies.Values, v => Assert.Equal(100, v));
        });
    }

    [Fact]
    public void Escalating_every_chat_is_not_a_safe_strategy()
    {
        Assert.All(Scenarios, s =>
        {
            var log = PerfectRun(s).Concat(s.Chat.Select(m => new Escalated(m.Id, m.AtSeconds * 1000L + 3000)));
            Assert.True(MultitaskScore.Score(s, log).Percent < 100, s.Id);
        });
    }

    private const string Minimal = """
        scenarios:
          - id: SIM-X
            version: 1
            title: Test
            kind: busy-hour
            post_types: [common]
            length_seconds: 300
            call:
              - { at: 0, speaker: caller, text: Hello }
              - { at: 10, speaker: caller, text: My postcode is AB1 2CD }
            chat:
              - { id: M1, at: 20, customer: Ana, text: Help, urgent: true }
            articles:
              - { id: KB-1, title: One, text: Refunds are 15 % }
              - { id: KB-2, title: Two, text: Text }
              - { id: KB-3, title: Three, text: Text }
              - { id: KB-4, title: Four, text: Text }
              - { id: KB-5, title: Five, text: Text }
              - { id: KB-6, title: Six, text: Text }
            fields:
              - { name: postcode, label: Postcode, expected: AB1 2CD, match: casefold }
            tasks:
              - { id: T1, kind: reply, title: Reply, competencies: [COM], message: M1, within: 60 }
              - { id: T2, kind: record, title: Record, competencies: [DET], fields: [postcode] }
        """;

    [Fact]
    public void A_well_formed_simulation_file_loads() =>
        Assert.Equal("SIM-X", Assert.Single(ReadFolder(Minimal).Items, e => e.Bank == Bank.Simulation).Item.Id);

    [Theory]
    [InlineData("message: M1, within: 60", "message: M9, within: 60", "scenarios[0].tasks[0].message", 23, "message 'M9' is not in the chat")]
    [InlineData("fields: [postcode]", "fields: [postcode, city]", "scenarios[0].tasks[1].fields", 24, "field 'city' is not in the customer record")]
    [InlineData("at: 10, speaker", "at: 301, speaker", "scenarios[0].call[1].at", 10, "301 s is outside the shift (0-300 s)")]
    [InlineData("competencies: [COM]", "competencies: [SELL]", "scenarios[0].tasks[0].competencies", 23, "unknown competency 'SELL'")]
    [InlineData("within: 60", "within: 290", "scenarios[0].tasks[0].within", 23, "the reply deadline falls after the end of the shift")]
    [InlineData("length_seconds: 300", "length_seconds: 600", "scenarios[0].length_seconds", 7, "length_seconds must be 300-480")]
    public void A_broken_simulation_rule_names_the_file_the_line_the_path_and_the_problem(string from, string to, string path, int line, string problem)
    {
        var ex = Assert.Throws<SeedFileException>(() => ReadFolder(Minimal.Replace(from, to)));
        Assert.Equal(("simulations/sim.yaml", path, line), (ex.File, ex.PathInFile, ex.Line));
        Assert.Contains(problem, ex.Problem);
    }

    private static SeedCatalog ReadFolder(string simulation)
    {
        var folder = TestEnvironment.NewTempFolder("seed");
        Directory.CreateDirectory(Path.Combine(folder, "simulations"));
        File.Copy(Path.Combine(TestEnvironment.RepositoryRoot, "seed", "competencies.yaml"), Path.Combine(folder, "competencies.yaml"));
        File.WriteAllText(Path.Combine(folder, "simulations", "sim.yaml"), simulation);
        return SeedCatalogReader.Read(folder, folder);
    }

    /// <summary>Fields and knowledge-base answers at 1 s, each chat answered a second after it arrives (so nothing
    /// waits when the urgent one comes), the escalation a second later, and Finished at the end of the shift.</summary>
    private static List<SimEvent> PerfectRun(Scenario s)
    {
        var log = new List<SimEvent>();
        log.AddRange(s.Fields.Select(f => new FieldSet(f.Name, f.Expected, 1000)));
        log.AddRange(s.Tasks.OfType<AnswerTask>().Select(a => new AnswerGiven(a.Id, a.Expected, 1000)));
        log.AddRange(s.Chat.Select(m => new ChatReplied(m.Id, "Thank you for your message, I am on it.", m.AtSeconds * 1000L + 1000)));
        log.AddRange(s.Tasks.OfType<EscalateTask>().Select(e => new Escalated(e.MessageId, s.Message(e.MessageId)!.AtSeconds * 1000L + 2000)));
        log.Add(new Finished(s.LengthSeconds * 1000L));
        return [.. log.OrderBy(e => e.AtMs)];
    }

    private static string Digits(string s) => new([.. s.Where(char.IsAsciiDigit)]);
}
