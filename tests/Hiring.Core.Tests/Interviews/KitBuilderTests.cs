using Hiring.Core.Assessments;
using Hiring.Core.Interviews;

namespace Hiring.Core.Tests.Interviews;

public class KitBuilderTests
{
    // A hand-made bank: two general questions (one about experience, with its swap), role questions
    // for inbound and outbound, and behavioural questions led by EMP, LIS, DET, SELL and TEAM.
    private static readonly KitQuestion[] Bank =
    [
        new("G-001", 1, "general", ["common"], ["REL", "OWN"], 4, Experience: true, SwapFor: "G-101"),
        new("G-002", 1, "general", ["common"], ["REL", "ADP"], 3),
        new("G-101", 1, "general", ["common"], ["REL", "ADP"], 4),
        new("IN-001", 1, "inbound", ["inbound"], ["TECH", "DET"], 3, Experience: true, SwapFor: "IN-101"),
        new("IN-002", 1, "inbound", ["inbound"], ["MT", "CALM"], 3),
        new("IN-101", 1, "inbound", ["inbound"], ["TECH", "DET"], 2),
        new("OUT-001", 1, "outbound", ["outbound"], ["SELL"], 3),
        new("B-DET-1", 1, "behavioural", ["common"], ["DET", "OWN"], 3),
        new("B-DET-2", 1, "behavioural", ["common"], ["DET", "LIS"], 4),
        new("B-EMP-1", 1, "behavioural", ["inbound"], ["EMP", "LIS"], 4),
        new("B-LIS-1", 1, "behavioural", ["common"], ["LIS", "COM"], 3),
        new("B-SELL-1", 1, "behavioural", ["outbound"], ["SELL", "COM"], 4),
        new("B-TEAM-1", 1, "behavioural", ["common"], ["TEAM", "EI"], 3),
    ];

    private static readonly Dictionary<string, double> Scores = new()
    {
        ["EMP"] = 81, ["DET"] = 42, ["LIS"] = 55, ["TEAM"] = 48, ["SELL"] = 90, ["COM"] = 77,
    };

    private static IEnumerable<string> Ids(Kit kit) => kit.Questions.Select(q => q.Id);

    [Fact]
    public void Weakest_three_competencies_get_a_behavioural_question_each_weakest_first()
    {
        var kit = KitBuilder.Build(Bank, new KitRequest(PostType.Inbound, true, Scores));
        // Weakest: DET 42, TEAM 48, LIS 55. For DET, B-DET-2 also probes LIS (another weak one), so it beats B-DET-1.
        Assert.Equal(["DET", "TEAM", "LIS"], kit.FocusCompetencies);
        Assert.Equal(["G-001", "G-002", "IN-001", "IN-002", "B-DET-2", "B-TEAM-1", "B-LIS-1"], Ids(kit));
    }

    [Fact]
    public void Time_estimate_is_the_sum_of_the_questions_minutes()
    {
        var kit = KitBuilder.Build(Bank, new KitRequest(PostType.Inbound, true, Scores));
        Assert.Equal(4 + 3 + 3 + 3 + 4 + 3 + 3, kit.Minutes);
    }

    [Fact]
    public void First_job_applicant_is_asked_the_motivation_swap_in_place_of_each_experience_question()
    {
        var kit = KitBuilder.Build(Bank, new KitRequest(PostType.Inbound, false, Scores));
        Assert.Equal(["G-101", "G-002", "IN-101", "IN-002", "B-DET-2", "B-TEAM-1", "B-LIS-1"], Ids(kit));
        Assert.Equal(4 + 3 + 2 + 3 + 4 + 3 + 3, kit.Minutes);
    }

    [Fact]
    public void Motivation_questions_are_not_asked_to_experienced_applicants()
    {
        var kit = KitBuilder.Build(Bank, new KitRequest(PostType.Inbound, true, Scores));
        Assert.DoesNotContain("G-101", Ids(kit));
        Assert.DoesNotContain("IN-101", Ids(kit));
    }

    [Fact]
    public void Without_scores_the_post_types_key_competencies_are_probed()
    {
        var kit = KitBuilder.Build(Bank, new KitRequest(PostType.Inbound, true, new Dictionary<string, double>()));
        Assert.Equal(["EMP", "LIS", "ANG"], kit.FocusCompetencies);
        // EMP -> B-EMP-1 (inbound). LIS -> B-LIS-1 (B-EMP-1 is taken). ANG has no question in this bank.
        Assert.Equal(["G-001", "G-002", "IN-001", "IN-002", "B-EMP-1", "B-LIS-1"], Ids(kit));
    }

    [Fact]
    public void Fewer_than_three_scores_are_topped_up_from_the_post_type_defaults()
    {
        var focus = KitBuilder.Focus(new KitRequest(PostType.Outbound, true, new Dictionary<string, double> { ["SELL"] = 30 }));
        Assert.Equal(["SELL", "NO", "CALM"], focus);
        var topped = KitBuilder.Focus(new KitRequest(PostType.Outbound, true, new Dictionary<string, double> { ["DET"] = 30 }));
        Assert.Equal(["DET", "SELL", "NO"], topped);
    }

    [Fact]
    public void Role_questions_follow_the_post_type_and_questions_for_other_posts_are_left_out()
    {
        var kit = KitBuilder.Build(Bank, new KitRequest(PostType.Outbound, true, new Dictionary<string, double> { ["EMP"] = 10, ["SELL"] = 20, ["TEAM"] = 30 }));
        // EMP's only question is inbound-only, so EMP gets none; SELL and TEAM do.
        Assert.Equal(["G-001", "G-002", "OUT-001", "B-SELL-1", "B-TEAM-1"], Ids(kit));
    }

    [Fact]
    public void Tied_scores_are_broken_by_competency_key_so_the_kit_is_the_same_every_time()
    {
        var tied = new Dictionary<string, double> { ["TEAM"] = 50, ["LIS"] = 50, ["DET"] = 50, ["EMP"] = 50 };
        var first = KitBuilder.Build(Bank, new KitRequest(PostType.Inbound, true, tied));
        var shuffled = KitBuilder.Build(Bank.Reverse().ToArray(), new KitRequest(PostType.Inbound, true, tied.Reverse().ToDictionary()));
        Assert.Equal(["DET", "EMP", "LIS"], first.FocusCompetencies);
        Assert.Equal(Ids(first), Ids(shuffled));
    }
}
