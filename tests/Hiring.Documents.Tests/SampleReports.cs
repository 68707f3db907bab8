using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests;

/// <summary>
/// A realistic candidate report (four tests, 16 competencies, flags, screening, two scorecards,
/// notes: about four pages). Shared with the benchmarks, which link this file.
/// </summary>
public static class SampleReports
{
    public static readonly DateTimeOffset Generated = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    public static readonly (string Key, string Name)[] Competencies =
    [
        ("EI", "Emotional intelligence"), ("EMP", "Empathy"), ("LIS", "Active listening"), ("ANG", "Calming angry customers"),
        ("NO", "Saying no positively"), ("OWN", "Ownership and problem solving"), ("MT", "Multitasking"), ("ADP", "Adaptability"),
        ("COM", "Communication"), ("TECH", "Tech agility"), ("DET", "Attention to detail"), ("CALM", "Calm under pressure"),
        ("SELL", "Selling and adding value"), ("REL", "Reliability and discipline"), ("CRIT", "Critical thinking"), ("TEAM", "Collaboration"),
    ];

    /// <summary>The full sample; <paramref name="variant"/> shifts names and figures so a batch is not one report 1,000 times.</summary>
    public static CandidateReportModel Full(int variant = 0, string? name = null)
    {
        var taken = Generated.AddDays(-6);
        var shift = variant % 7;
        return new CandidateReportModel(
            new CandidateInfo(name ?? (variant == 0 ? "Amélie Okonkwo-Brandão" : $"Amélie Okonkwo-Brandão {variant}"),
                "amelie.okonkwo@example.org", "+44 7700 900123", $"APP-2026-{4711 + variant}"),
            new PostInfo("Inbound Customer Service Agent", "Inbound", "Leeds contact centre", 4, 65),
            Generated.AddDays(-12), Stage.Interview, 74.6 - shift,
            [
                new(TestKind.Sjt, "Situational judgement", 31 - shift, 40, 78 - shift, 412, TimeSpan.FromSeconds(1290), TimeSpan.FromMinutes(25), 60, taken,
                    Group: new NormGroup("Inbound candidates", Since, 55, 82)),
                new(TestKind.Typing, "Typing", 52, 60, 64, 389, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), 30, taken.AddMinutes(30),
                    Typing: new TypingFigures(46.5, 41.0 - shift, 96.8), Group: new NormGroup("typists", null, 26.5, 49.5, Published: true)),
                new(TestKind.Reading, "Reading comprehension", 9, 12, 71, 377, TimeSpan.FromSeconds(744), TimeSpan.FromMinutes(15), 65, taken.AddMinutes(40),
                    Reading: new ReadingFigures(238, 75), Group: new NormGroup("Inbound candidates", Since, 58, 83)),
                new(TestKind.Literacy, "Computer literacy", 17, 24, 55, 298, TimeSpan.FromSeconds(1032), TimeSpan.FromMinutes(20), 60, taken.AddMinutes(60),
                    Group: new NormGroup("Inbound candidates", Since, 62, 80)),
            ],
            Competencies.Select((c, i) => new CompetencyScore(c.Key, c.Name, 35 + (i * 37 + variant * 11) % 60, 50 + (i * 7) % 15)).ToList(),
            [
                new("Situational judgement", "Left the test window", "6 times, 2 min 40 s away in total", FlagSeverity.Warning),
                new("Typing", "Pasted text", "1 paste of 38 characters (blocked)", FlagSeverity.Info),
                new("Computer literacy", "Answered unusually fast", "4 items under 3 s each (median 21 s)", FlagSeverity.Serious),
            ],
            [
                new("Have you worked in a call centre before?", "Yes: 14 months at a utility company's billing line, inbound only."),
                new("Can you work rotating shifts including one Saturday in four?", "Yes."),
                new("Which languages do you speak well enough to help a customer?", "English, Portuguese (native) and conversational French."),
                new("Do you have a quiet place to work from home on hybrid days?", "Yes, a spare room with a wired connection."),
                new("When could you start?", "Two weeks after an offer; my current notice period is ten working days."),
                new("Why do you want to work in our contact centre?",
                    "I liked the part of my current job where a caller goes from annoyed to relieved because I found the real problem. " +
                    "Your training programme and the move towards chat and e-mail support are why I applied here rather than elsewhere."),
            ],
            [
                Scorecard("Priya Raman", Generated.AddDays(-2), [4, 5, 3, 4, 4, 3, 5, 4], "Yes", "Clear, warm and concrete; hesitant on upselling."),
                Scorecard("Jonas Weißmüller", Generated.AddDays(-2), [3, 4, 3, 4, 3, 3, 4, 4], "Yes", "Solid examples; needs coaching on saying no."),
            ],
            [
                new("Dana Whitfield", Generated.AddDays(-11), "Strong CV for the billing queue. Invited to the standard inbound battery."),
                new("Dana Whitfield", Generated.AddDays(-5), "Asked about the fast literacy answers by phone: says she had just done a similar course. Plausible; check at interview."),
                new("Marc Dubois", Generated.AddDays(-3), "Interview booked with Priya and Jonas. Candidate asked for a morning slot because of childcare."),
                new("Dana Whitfield", Generated.AddDays(-1), "Both interviewers lean yes. Reference from the utility company requested."),
            ],
            Generated,
            Rank: new PostRank(3, 27));
    }

    /// <summary>When the sample's norm groups start.</summary>
    public static readonly DateTimeOffset Since = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Applied, invited, nothing taken yet.</summary>
    public static CandidateReportModel NoTests(string name = "Noah Fischer") => Full() with
    {
        Candidate = new CandidateInfo(name, "noah.fischer@example.org"),
        Stage = Stage.Testing, CompositeScore = null, Tests = [], Competencies = [], Flags = [], Scorecards = [], Notes = [],
    };

    private static readonly (string Question, string Competency)[] Questions =
    [
        ("Tell us about a caller who was angry when the call started.", "Calming angry customers"),
        ("Describe a time you had to say no to a customer.", "Saying no positively"),
        ("How do you keep notes while listening to a caller?", "Multitasking"),
        ("Tell us about a problem you followed up after the call.", "Ownership"),
        ("When did you learn a new system quickly?", "Tech agility"),
        ("How do you explain a technical rule to an elderly caller?", "Communication"),
        ("What do you do when the queue is long and you are tired?", "Calm under pressure"),
        ("When did you spot a need the customer had not mentioned?", "Selling and adding value"),
    ];

    private static Scorecard Scorecard(string interviewer, DateTimeOffset at, int[] ratings, string overall, string comment) =>
        new(interviewer, at, Questions.Zip(ratings, (q, r) => new ScorecardRating(q.Question, q.Competency, r)).ToList(), overall, comment,
            Enum.Parse<Hiring.Core.Interviews.Recommendation>(overall.Replace(" ", "")));
}
