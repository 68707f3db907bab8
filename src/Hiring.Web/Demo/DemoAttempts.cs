using Bogus;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Assessments.Typing;
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
/// real scorer in memory and saved in one go, then their answers in bulk (the item analysis reads their times).
/// </summary>
public sealed class DemoAttempts(HiringDbContext db)
{
    /// <summary>Attempts for the demo applicants of posts in <paramref name="language"/>, from that language's banks. Each
    /// language is made in its own pass with its own seed, so adding one leaves the others' attempts as they were.</summary>
    public async Task<int> MakeAsync(int seed, string language = Localization.Cultures.English, CancellationToken ct = default)
    {
        var apps = await db.Applications.Include(a => a.Post!).ThenInclude(p => p.Battery).Include(a => a.History)
            .Where(a => a.Candidate!.IsDemo && a.Post!.Language == language && a.History.Any(h => h.To == Stage.Tested))
            .OrderBy(a => a.AppliedAt).AsSplitQuery().ToListAsync(ct);
        if (apps.Count == 0) return 0;
        var bank = new BankContent(db);
        var pools = new Dictionary<TestKind, BankPools>();
        foreach (var kind in Enum.GetValues<TestKind>()) pools[kind] = await bank.PoolsAsync(kind, language, ct);
        var current = await db.BankItems.AsNoTracking().Where(b => b.IsCurrent && (BankContent.TestBanks.Contains(b.Bank) || b.Bank == Bank.Simulation)).ToListAsync(ct);
        var content = new FormContent(current.ToDictionary(b => b.Id, BankContent.Parse), current.ToDictionary(b => b.Id, b => b.Language));

        var items = new DemoItems(content);
        var random = new Randomizer(seed + 7);
        var made = 0;
        var answerRows = new List<AttemptAnswer>();
        for (var n = 0; n < apps.Count; n++)
        {
            var app = apps[n];
            var ability = Ability(random);
            var answers = new DemoAnswers(random, ability, items);
            var shift = new DemoShift(random, ability, items);
            var testedAt = app.History.Where(h => h.To == Stage.Tested).Min(h => h.At);
            var scored = new List<WeightedPercent>();
            var start = testedAt.AddMinutes(-5 - app.Post!.Battery.Sum(t => t.TimeLimitMinutes + 5));
            foreach (var test in app.Post.Battery.OrderBy(t => t.Id))
            {
                var formSeed = new SplitMix64((ulong)seed * 1_000_003UL + (ulong)(n * 8 + test.Id)).Next();
                var form = test.Kind == TestKind.Multitask ? Simulation(app.Post.PostType, content) : FormDrawer.Draw(test.Kind, app.Post.PostType, formSeed, pools[test.Kind]);
                if (!form.Answerable().Any()) continue;
                var attempt = Make(app, test, form, formSeed, start, answers, shift, content, random);
                // The answers go in afterwards in bulk (BulkInsert): thousands of rows EF would insert and track one by one.
                answerRows.AddRange(attempt.Answers.Select(x => { x.AttemptId = attempt.Id; return x; }));
                attempt.Answers.Clear();
                db.Attempts.Add(attempt);
                scored.Add(new WeightedPercent(attempt.Percent ?? 0, test.Weight));
                start = attempt.SubmittedAt!.Value.AddMinutes(5);
                made++;
            }
            app.CompositeScore = Composite.Of(scored);
        }
        await db.SaveChangesAsync(ct);
        await db.AddRowsAsync(answerRows, ct);
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
        var attempt = new Attempt
        {
            ApplicationId = app.Id, BatteryTestId = test.Id, Kind = test.Kind, FormSeed = unchecked((long)formSeed), Form = AttemptForms.Write(form),
            StartedAt = start, DeadlineAt = deadline, TimeLimitMinutes = test.TimeLimitMinutes, PassMark = test.PassMark, Weight = test.Weight,
            AccommodationFactor = app.AccommodationFactor, CreditOutages = test.CreditOutages,
            BlurCount = random.Bool(0.15f) ? random.Number(1, 4) : 0,
        };
        attempt.AwaySeconds = attempt.BlurCount * random.Number(2, 40);
        var saves = Saves(form, start, deadline, answers, shift, content, random);
        var submitted = test.Kind == TestKind.Typing ? deadline
            : saves.Count == 0 ? start.AddSeconds((deadline - start).TotalSeconds * random.Double(0.55, 0.98))
            : Min(deadline, saves.Max(x => x.SavedAt).AddSeconds(random.Double(5, 60)));
        attempt.LastContactAt = submitted;
        // Every answer is kept as the page's autosave would have stored it, so the item analysis has the time spent on each.
        foreach (var (id, value, at) in saves)
            attempt.Answers.Add(new AttemptAnswer { ItemId = id, Value = value.ToJson(), Seq = attempt.Answers.Count + 1, SavedAt = Min(at, submitted), Version = 1 });

        var values = saves.ToDictionary(x => x.ItemId, x => x.Value);
        var (result, detail) = AttemptScorer.Score(attempt, form, content, values, test.PassMark, submitted);
        (attempt.SubmittedAt, attempt.EndedBy) = (submitted, test.Kind == TestKind.Typing ? AttemptEnd.TimeUp : AttemptEnd.Candidate);
        (attempt.Raw, attempt.MaxRaw, attempt.Percent, attempt.Passed) = (result.Raw, result.Max, result.Percent, result.Passed);
        attempt.Detail = System.Text.Json.JsonSerializer.Serialize(detail, AttemptFinaliser.Json);
        return attempt;
    }

    /// <summary>
    /// The answers in the order the page would have saved them, each with its time: a simulation's events at their second
    /// of the shift; a typing passage at the end; the other items one after another, each taking its own time
    /// (<see cref="DemoAnswers.Seconds"/>), paced so the whole test uses 55 to 95 % of the time allowed at most.
    /// </summary>
    private static List<(string ItemId, AnswerValue Value, DateTime SavedAt)> Saves(Form form, DateTime start, DateTime deadline,
        DemoAnswers answers, DemoShift shift, FormContent content, Randomizer random)
    {
        var saves = new List<(string, AnswerValue, DateTime)>();
        foreach (var item in form.Items.Where(i => i.Part == ItemPart.Simulation))
            foreach (var (id, value) in shift.Events(content.Get<SimulationScenario>(item.Id)))
                saves.Add((id, value, start.AddMilliseconds(value.Sim!.AtMs ?? 0)));
        foreach (var item in form.Items.Where(i => i.Part == ItemPart.Typing))
            saves.Add((item.Id, TypingUnits.ForLanguage(content.LanguageOf(item.Id)) == TypingUnit.Characters
                ? answers.ChineseTyping(content.Get<TypingPassage>(item.Id), deadline - start)
                : answers.Typing(content.Get<TypingPassage>(item.Id), deadline - start), deadline));

        var timed = form.Items.Where(i => i.Part is not (ItemPart.Simulation or ItemPart.Typing)).Select(i => (Item: i, Seconds: answers.Seconds(i, content))).ToList();
        var budget = (deadline - start).TotalSeconds * random.Double(0.55, 0.95);
        var pace = Math.Min(1, budget / Math.Max(1, timed.Sum(x => x.Seconds)));
        var at = start;
        foreach (var (item, seconds) in timed)
        {
            var opened = at;
            at = at.AddSeconds(seconds * pace);
            saves.Add((item.Id, answers.For(item, content, opened, at), at));
        }
        return saves;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
