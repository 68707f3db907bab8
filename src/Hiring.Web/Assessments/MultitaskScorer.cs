using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Multitask;
using Hiring.Core.Assessments.Scoring;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

/// <summary>What staff see of a simulation: each task's credit with its note, and the shift's figures; <see cref="Repeats"/>
/// is how often a candidate who heard the call asked the caller to repeat a line (recorded, never scored).</summary>
public sealed record MultitaskDetail(string ScenarioId, string Title, IReadOnlyList<MultitaskTaskNote> Tasks, int FieldsCorrect, int FieldsTotal,
    double? ChatWithinDeadlineShare, int KbAnswersCorrect, int KbAnswersAsked, IReadOnlyList<string> WronglyEscalated, int Events, int Repeats = 0);

/// <summary>A task's result for staff: <see cref="Note"/> in English, and (attempts scored since notes were translated) the
/// note's <see cref="Format"/> and <see cref="Args"/>, so the page writes it in the reader's language.</summary>
public sealed record MultitaskTaskNote(string TaskId, string Title, double Credit, string Note, string? Format = null, IReadOnlyList<string>? Args = null);

/// <summary>
/// Scores a simulation attempt from its stored event log with <see cref="MultitaskScore"/>: one point per task
/// (partial credit allowed), so the percent, pass mark, composite and percentiles work as for the other tests.
/// </summary>
public static class MultitaskScorer
{
    public static (TestResult Result, AttemptDetail Detail) Score(Form form, FormContent content,
        IReadOnlyDictionary<string, AnswerValue> answers, double passMark)
    {
        var item = form.Items.Single(i => i.Part == ItemPart.Simulation);
        var seed = content.Get<SimulationScenario>(item.Id);
        var scenario = seed.ToScenario();
        var log = MultitaskEvents.Log(item.Id, answers);
        var result = MultitaskScore.Score(scenario, log);

        var tasks = scenario.Tasks.Zip(result.Tasks, (t, o) => (Task: t, Outcome: o)).ToList();
        var items = tasks.Select(x => new ItemDetail(x.Task.Id, Math.Round(x.Outcome.Credit, 4), 1, x.Task.Competencies)).ToList();
        var competencies = CompetencyScores.Of(items.Select(i => new ItemScore(i.ItemId, i.Points, i.Competencies)));
        var detail = new MultitaskDetail(scenario.Id, scenario.Title,
            [.. tasks.Select(x => new MultitaskTaskNote(x.Task.Id, x.Task.Title, x.Outcome.Credit, x.Outcome.Note, x.Outcome.Format, x.Outcome.Args))],
            result.Fields.Correct, result.Fields.Total, result.ChatWithinDeadlineShare, result.KbAnswersCorrect, result.KbAnswersAsked,
            result.Prioritisation.WronglyEscalated, log.Count, log.OfType<CallRepeated>().Count());
        var testResult = TestResult.FromPoints(items.Sum(i => i.Points), items.Count, passMark);
        return (testResult, new AttemptDetail(items, competencies, Multitask: detail));
    }
}
