using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Seeding;

/// <summary>
/// The interview bank in seed/interviews, read with the app's own reader: an interviewer must be
/// able to ask, probe and rate every question, and a first-job applicant must have a fair swap.
/// </summary>
public class InterviewBankTests
{
    private static readonly Lazy<List<SeedEntry>> Loaded = new(() =>
        SeedCatalogReader.Read(Path.Combine(TestEnvironment.RepositoryRoot, "seed"), TestEnvironment.RepositoryRoot).Items
            .Where(e => e.Bank == Bank.Interview).ToList());

    private static List<InterviewQuestion> Questions => Loaded.Value.Select(e => (InterviewQuestion)e.Item).ToList();

    private static List<InterviewQuestion> In(string language) =>
        Loaded.Value.Where(e => e.Language == language).Select(e => (InterviewQuestion)e.Item).ToList();

    // A distinctive phrase of each question the domain notes (/work/shared/domain.md) list per category.
    public static TheoryData<string, string> DomainQuestions => new()
    {
        { "general", "experience of working in a call centre" },
        { "general", "want to work in our call centre" },
        { "general", "would do well in this position" },
        { "general", "software applications are you familiar with" },
        { "general", "several tasks at once" },
        { "inbound", "customer database" },
        { "inbound", "calls did you take per hour" },
        { "inbound", "average call duration" },
        { "inbound", "first-call resolution" },
        { "outbound", "products and services have you promoted" },
        { "outbound", "qualify a prospect" },
        { "outbound", "find prospects" },
        { "outbound", "conversion rate" },
    };

    [Theory]
    [MemberData(nameof(DomainQuestions))]
    public void Every_question_from_the_domain_notes_is_in_its_category(string category, string phrase) =>
        Assert.Contains(Questions, q => q.Category == category && q.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Each_competency_leads_at_least_three_behavioural_questions()
    {
        var firstCompetency = Questions.Where(q => q.Category == "behavioural" && q.Competencies.Count > 0)
            .GroupBy(q => q.Competencies[0]).ToDictionary(g => g.Key, g => g.Count());
        var tooFew = SeedRules.CompetencyKeys.Where(k => firstCompetency.GetValueOrDefault(k) < 3).Order();
        Assert.Equal("", string.Join(" ", tooFew));
    }

    [Fact]
    public void The_chinese_bank_has_the_general_inbound_and_outbound_lists_and_behavioural_questions_for_every_competency()
    {
        var chinese = In("zh-Hans");
        foreach (var category in new[] { "general", "inbound", "outbound" })
            Assert.True(chinese.Count(q => q.Category == category) >= 5, $"zh-Hans {category} has {chinese.Count(q => q.Category == category)} questions");
        var led = chinese.Where(q => q.Category == "behavioural").Select(q => q.Competencies[0]).ToHashSet();
        Assert.Equal("", string.Join(" ", SeedRules.CompetencyKeys.Where(k => !led.Contains(k)).Order()));
        // Written in Chinese: every question asks in Chinese characters, and its ids are its own (no English id reused).
        Assert.All(chinese, q => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", q.Text));
        Assert.Empty(chinese.Select(q => q.Id).Intersect(In("en").Select(q => q.Id)));
    }

    [Theory]
    [InlineData("techsupport")]
    [InlineData("teamleader")]
    public void The_post_specific_sets_have_at_least_five_questions(string category) =>
        Assert.True(Questions.Count(q => q.Category == category) >= 5, $"{category} has {Questions.Count(q => q.Category == category)} questions");

    [Fact]
    public void Every_question_says_why_it_is_asked_what_to_listen_for_how_to_probe_and_how_to_rate()
    {
        var incomplete = Questions.Where(q => string.IsNullOrWhiteSpace(q.Why)
                || q.ListenFor.Count(s => !string.IsNullOrWhiteSpace(s)) < 2
                || !q.Probes.Any(s => !string.IsNullOrWhiteSpace(s))
                || string.IsNullOrWhiteSpace(q.RatingGuide.Strong)
                || string.IsNullOrWhiteSpace(q.RatingGuide.Acceptable)
                || string.IsNullOrWhiteSpace(q.RatingGuide.Weak))
            .Select(q => q.Id);
        Assert.Empty(incomplete);
    }

    [Fact]
    public void Every_experience_question_swaps_for_a_motivation_question_in_the_bank()
    {
        var motivation = Questions.Where(q => !q.Experience).Select(q => q.Id).ToHashSet();
        var broken = Questions.Where(q => q.Experience && (q.SwapFor is null || !motivation.Contains(q.SwapFor)))
            .Select(q => $"{q.Id} -> {q.SwapFor ?? "(none)"}");
        Assert.Empty(broken);
    }

    [Fact]
    public void Every_question_is_tagged_timed_and_carries_the_id_of_its_category()
    {
        var prefixes = new Dictionary<string, string>
        {
            ["general"] = "INT-GEN-", ["inbound"] = "INT-IN-", ["outbound"] = "INT-OUT-",
            ["behavioural"] = "INT-BEH-", ["techsupport"] = "INT-TS-", ["teamleader"] = "INT-TL-",
        };
        var wrong = Questions.Where(q => q.PostTypes.Count == 0 || q.Competencies.Count == 0
                || q.Minutes is < 2 or > 6 || !q.Id.StartsWith(prefixes[q.Category], StringComparison.Ordinal)
                || (q.Category == "behavioural" && !q.Id.StartsWith($"INT-BEH-{q.Competencies[0]}-", StringComparison.Ordinal)))
            .Select(q => q.Id);
        Assert.Empty(wrong);
    }
}
