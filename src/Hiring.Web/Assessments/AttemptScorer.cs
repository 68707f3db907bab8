using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Choice;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Reading;
using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Assessments.Sjt;
using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;
using TaskField = Hiring.Core.Assessments.Choice.TaskField;

namespace Hiring.Web.Assessments;

/// <summary>
/// Scores a finished attempt from its stored answers and the bank's keys. Everything is recomputed
/// on the server; nothing the page calculated is trusted.
/// </summary>
public static class AttemptScorer
{
    public static (TestResult Result, AttemptDetail Detail) Score(Attempt attempt, Form form, FormContent content,
        IReadOnlyDictionary<string, AnswerValue> answers, double passMark, DateTime submittedAt)
    {
        if (attempt.Kind == TestKind.Typing) return TypingScorer.Score(attempt, form, content, answers, passMark, submittedAt);
        if (attempt.Kind == TestKind.Multitask) return MultitaskScorer.Score(form, content, answers, passMark);

        var items = new List<ItemDetail>();
        foreach (var item in form.Answerable())
        {
            var answer = answers.GetValueOrDefault(item.Id) ?? new AnswerValue();
            items.Add(item.Part switch
            {
                ItemPart.Sjt => Sjt(content.Get<SjtItem>(item.Id), answer),
                ItemPart.Choice => Choice(item.Id, content.Get<LiteracyItem>(item.Id).Options, content.Get<LiteracyItem>(item.Id).Competencies, answer),
                ItemPart.Question => Question(item, content, answer),
                ItemPart.Task => Task(content.Get<LiteracyTask>(item.Id), answer),
                _ => throw new InvalidOperationException($"{item.Part} is not scored as points"),
            });
        }
        var competencies = CompetencyScores.Of(items.Select(i => new ItemScore(i.ItemId, i.Max > 0 ? i.Points / i.Max : 0, i.Competencies)));
        var reading = attempt.Kind == TestKind.Reading ? ReadingSpeeds(form, content, answers) : null;
        var result = TestResult.FromPoints(items.Sum(i => i.Points), items.Sum(i => i.Max), passMark);
        return (result, new AttemptDetail(items, competencies, reading));
    }

    private static ItemDetail Sjt(SjtItem item, AnswerValue answer) =>
        new(item.Id, Math.Round(SjtScore.Item(item.Options.ToDictionary(o => o.Id, o => o.Rating), answer.Most, answer.Least), 4), 1, item.Competencies, answer.Most);

    private static ItemDetail Choice(string id, List<ChoiceOption> options, List<string> competencies, AnswerValue answer) =>
        new(id, ChoiceScore.Item(options.FirstOrDefault(o => o.Correct)?.Id, answer.Choice), 1, competencies, answer.Choice);

    private static ItemDetail Question(FormItem item, FormContent content, AnswerValue answer)
    {
        var q = content.Question(item);
        var competencies = q.Competencies.Count > 0 ? q.Competencies : content.Get<ReadingPassage>(item.Group!).Competencies;
        return Choice(item.Id, q.Options, competencies, answer);
    }

    internal static ItemDetail Task(LiteracyTask task, AnswerValue answer)
    {
        var fields = task.Fields.Select(f => new TaskField(f.Name, f.Expected, TaskScore.ParseRule(f.Match), f.Initial)).ToList();
        // Only what the candidate changed toward the goal counts: an untouched task scores 0 (issue 18).
        return new(task.Id, TaskScore.Points(fields, answer.Fields ?? []), TaskScore.Max(fields), task.Competencies);
    }

    private static List<ReadingSpeed> ReadingSpeeds(Form form, FormContent content, IReadOnlyDictionary<string, AnswerValue> answers) =>
    [
        .. form.Items.Where(i => i.Part == ItemPart.Passage).Select(p =>
        {
            var length = TextLength.Of(content.Get<ReadingPassage>(p.Id).Text);
            var a = answers.GetValueOrDefault(p.Id);
            double? seconds = a?.OpenedAt is { } o && a.ReadAt is { } r && r > o ? (r - o).TotalSeconds : null;
            return ReadingSpeed.Of(p.Id, length, seconds);
        }),
    ];
}
