using Bogus;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Demo;

/// <summary>
/// Completed, scored attempts for every demo applicant who reached Tested, so norms, percentiles and
/// composites exist on first run. Deterministic (Bogus seed and SplitMix64 form seeds); scored with the
/// real scorer in memory and saved in one go, to keep start-up fast (answer rows are kept for typing only).
/// </summary>
public sealed class DemoAttempts(HiringDbContext db)
{
    public async Task<int> MakeAsync(int seed, CancellationToken ct = default)
    {
        var apps = await db.Applications.Include(a => a.Post!).ThenInclude(p => p.Battery).Include(a => a.History)
            .Where(a => a.Candidate!.IsDemo && a.History.Any(h => h.To == Stage.Tested)).OrderBy(a => a.AppliedAt).ToListAsync(ct);
        if (apps.Count == 0) return 0;
        var bank = new BankContent(db);
        var pools = new Dictionary<TestKind, BankPools>();
        foreach (var kind in Enum.GetValues<TestKind>()) pools[kind] = await bank.PoolsAsync(kind, ct);
        var content = new FormContent((await db.BankItems.AsNoTracking().Where(b => b.IsCurrent && (BankContent.TestBanks.Contains(b.Bank) || b.Bank == Bank.Simulation)).ToListAsync(ct))
            .ToDictionary(b => b.Id, BankContent.Parse));

        var random = new Randomizer(seed + 7);
        var made = 0;
        for (var n = 0; n < apps.Count; n++)
        {
            var app = apps[n];
            var ability = Ability(random);
            var answers = new DemoAnswers(random, ability);
            var shift = new DemoShift(random, ability);
            var testedAt = app.History.Where(h => h.To == Stage.Tested).Min(h => h.At);
            var scored = new List<WeightedPercent>();
            var start = testedAt.AddMinutes(-5 - app.Post!.Battery.Sum(t => t.TimeLimitMinutes + 5));
            foreach (var test in app.Post.Battery.OrderBy(t => t.Id))
            {
                var formSeed = new SplitMix64((ulong)seed * 1_000_003UL + (ulong)(n * 8 + test.Id)).Next();
                var form = test.Kind == TestKind.Multitask ? Simulation(app.Post.PostType, content) : FormDrawer.Draw(test.Kind, app.Post.PostType, formSeed, pools[test.Kind]);
                if (!form.Answerable().Any()) continue;
                var attempt = Make(app, test, form, formSeed, start, answers, shift, content, random);
                db.Attempts.Add(attempt);
                scored.Add(new WeightedPercent(attempt.Percent ?? 0, test.Weight));
                start = attempt.SubmittedAt!.Value.AddMinutes(5);
                made++;
            }
            app.CompositeScore = Composite.Of(scored);
        }
        await db.SaveChangesAsync(ct);
        return made;
    }

    /// <summary>The simulation written for the post type (as <see cref="MultitaskScenarios"/> picks it for real candidates).</summary>
    private static Form Simulation(PostType postType, FormContent content) =>
        content.Items.Values.OfType<SimulationScenario>().Where(s => s.Kind == MultitaskScenarios.KindFor(postType)).OrderBy(s => s.Id).FirstOrDefault() is { } s
            ? new Form([new FormItem(s.Id, s.Version, ItemPart.Simulation, null, [])])
            : new Form([]);

    /// <summary>θ from a standard normal (Box–Muller), clamped to ±2.5.</summary>
    private static double Ability(Randomizer random) =>
        Math.Clamp(Math.Sqrt(-2 * Math.Log(1 - random.Double())) * Math.Cos(2 * Math.PI * random.Double()), -2.5, 2.5);

    private static Attempt Make(Application app, BatteryTest test, Form form, ulong formSeed, DateTime start,
        DemoAnswers answers, DemoShift shift, FormContent content, Randomizer random)
    {
        var deadline = AttemptClock.Deadline(start, test.TimeLimitMinutes, app.AccommodationFactor);
        var submitted = test.Kind == TestKind.Typing ? deadline : start.AddSeconds((deadline - start).TotalSeconds * random.Double(0.55, 0.98));
        var attempt = new Attempt
        {
            ApplicationId = app.Id, BatteryTestId = test.Id, Kind = test.Kind, FormSeed = unchecked((long)formSeed), Form = AttemptForms.Write(form),
            StartedAt = start, DeadlineAt = deadline, LastContactAt = submitted, TimeLimitMinutes = test.TimeLimitMinutes,
            AccommodationFactor = app.AccommodationFactor, CreditOutages = test.CreditOutages,
            BlurCount = random.Bool(0.15f) ? random.Number(1, 4) : 0,
        };
        attempt.AwaySeconds = attempt.BlurCount * random.Number(2, 40);
        var values = new Dictionary<string, AnswerValue>();
        foreach (var item in form.Items.Where(i => i.Part == ItemPart.Simulation))
            foreach (var (id, value) in shift.Events(content.Get<SimulationScenario>(item.Id))) values[id] = value;
        foreach (var item in form.Items.Where(i => i.Part != ItemPart.Simulation))
            values[item.Id] = item.Part == ItemPart.Typing
                ? answers.Typing(content.Get<TypingPassage>(item.Id).Text.Trim(), deadline - start)
                : answers.For(item, content, start.AddSeconds(values.Count * 40));
        // Only typing keeps its answer row (staff replay it); the other tests' answers are scored and dropped,
        // which keeps first start-up fast (tens of thousands of rows otherwise) while the scores stay real.
        foreach (var (id, value) in values.Where(v => test.Kind == TestKind.Typing))
            attempt.Answers.Add(new AttemptAnswer { ItemId = id, Value = value.ToJson(), Seq = 1, SavedAt = submitted, Version = 1 });

        var (result, detail) = AttemptScorer.Score(attempt, form, content, values, test.PassMark, submitted);
        (attempt.SubmittedAt, attempt.EndedBy) = (submitted, test.Kind == TestKind.Typing ? AttemptEnd.TimeUp : AttemptEnd.Candidate);
        (attempt.Raw, attempt.MaxRaw, attempt.Percent, attempt.Passed) = (result.Raw, result.Max, result.Percent, result.Passed);
        attempt.Detail = System.Text.Json.JsonSerializer.Serialize(detail, AttemptFinaliser.Json);
        return attempt;
    }
}
