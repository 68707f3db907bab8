using Hiring.Core.Assessments.Choice;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Typing;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

public enum PracticeMarkKind { Sjt, Choice, Task, Typing, Simulation }

/// <summary>
/// One practice item as the candidate sees it afterwards: whether they had it right (null where a practice round cannot
/// tell: typing, the simulation), what they gave and what the key says, and why.
/// Sjt: <see cref="Yours"/> and <see cref="Keyed"/> are [most, least] as response letters, <see cref="Responses"/> the responses in the page's order. Choice: the option texts.
/// Task and Simulation: "Label: value" lines. Typing: <see cref="Yours"/> is [accuracy %, net speed].
/// </summary>
public sealed record PracticeMark(string ItemId, PracticeMarkKind Kind, string Heading, bool? Right,
    IReadOnlyList<string> Yours, IReadOnlyList<string> Keyed, string? Explanation, IReadOnlyList<string>? Responses = null);

/// <summary>Marks a practice round from the page's final post, with the same keys and match rules the scorers use. Nothing is stored.</summary>
public static class PracticeMarks
{
    public static List<PracticeMark> Of(PracticeRound round, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var marks = new List<PracticeMark>();
        foreach (var item in round.Form.Answerable())
        {
            var answer = answers.GetValueOrDefault(item.Id) ?? new AnswerValue();
            var explanation = round.Explanation(item.Id);
            switch (item.Part)
            {
                case ItemPart.Sjt:
                    var sjt = round.Content.Get<SjtItem>(item.Id);
                    string? Letter(string? id) => id is null || !item.Options.Contains(id) ? null : ((char)('A' + item.Options.ToList().IndexOf(id))).ToString();
                    var best = sjt.Options.MaxBy(o => o.Rating)!.Id;
                    var worst = sjt.Options.MinBy(o => o.Rating)!.Id;
                    marks.Add(new(item.Id, PracticeMarkKind.Sjt, sjt.Scenario.Trim(), answer.Most == best && answer.Least == worst,
                        [Letter(answer.Most) ?? "-", Letter(answer.Least) ?? "-"], [Letter(best)!, Letter(worst)!], explanation,
                        [.. item.Options.Select(id => sjt.Options.Single(o => o.Id == id).Text)]));
                    break;
                case ItemPart.Choice or ItemPart.Question:
                    var (stem, options) = item.Part == ItemPart.Choice
                        ? (round.Content.Get<LiteracyItem>(item.Id).Stem, round.Content.Get<LiteracyItem>(item.Id).Options)
                        : (round.Content.Question(item).Text, round.Content.Question(item).Options);
                    var correct = options.Single(o => o.Correct);
                    marks.Add(new(item.Id, PracticeMarkKind.Choice, stem, answer.Choice == correct.Id,
                        [.. options.Where(o => o.Id == answer.Choice).Select(o => o.Text)], [correct.Text], explanation));
                    break;
                case ItemPart.Task:
                    var task = round.Content.Get<LiteracyTask>(item.Id);
                    string Given(Seeding.Models.TaskField f) => answer.Fields?.GetValueOrDefault(f.Name) ?? f.Initial;
                    marks.Add(new(item.Id, PracticeMarkKind.Task, task.Title,
                        task.Fields.All(f => TaskScore.Matches(TaskScore.ParseRule(f.Match), f.Expected, Given(f))),
                        [.. task.Fields.Select(f => $"{f.Label}: {Given(f)}")], [.. task.Fields.Select(f => $"{f.Label}: {f.Expected}")], explanation));
                    break;
                case ItemPart.Typing:
                    marks.Add(Typing(round, item, answer, explanation));
                    break;
                case ItemPart.Simulation:
                    marks.AddRange(Simulation(round, round.Content.Get<SimulationScenario>(item.Id)));
                    break;
            }
        }
        return marks;
    }

    /// <summary>Accuracy and speed, over the time from the first key to the last (a practice round has no server start time).</summary>
    private static PracticeMark Typing(PracticeRound round, FormItem item, AnswerValue answer, string? explanation)
    {
        var passage = round.Content.Get<TypingPassage>(item.Id);
        var keys = (answer.Keys ?? []).Select(k => k.ToKeystroke()).OrderBy(k => k.AtMs).ToList();
        var elapsed = keys.Count > 1 ? TimeSpan.FromMilliseconds(Math.Max(1000, keys[^1].AtMs - keys[0].AtMs)) : round.Allowed;
        var r = TypingScore.Score(passage.Text.Trim(), answer.Text ?? "", elapsed, keys, TypingUnits.ForLanguage(round.Language));
        return new(item.Id, PracticeMarkKind.Typing, passage.Title, null,
            [Math.Round(r.Accuracy * 100).ToString(System.Globalization.CultureInfo.InvariantCulture), Math.Round(r.NetWpm).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            [], explanation);
    }

    /// <summary>The shift's tasks with what the key expects; the events of a practice shift are never kept, so it is not marked.</summary>
    private static IEnumerable<PracticeMark> Simulation(PracticeRound round, SimulationScenario s) =>
        s.Tasks.Select(t => new PracticeMark($"{s.Id}.{t.Id}", PracticeMarkKind.Simulation, t.Title, null, [],
            t.Kind switch
            {
                "record" => [.. s.Fields.Where(f => t.Fields.Contains(f.Name)).Select(f => $"{f.Label}: {f.Expected}")],
                "answer" => [$"{t.Question}: {t.Expected}"],
                _ => [],
            }, round.Explanation($"{s.Id}.{t.Id}")));
}
