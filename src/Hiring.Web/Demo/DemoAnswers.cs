using Bogus;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Demo;

/// <summary>
/// Answers a demo applicant of a given ability (θ, roughly −2…2) would give: the chance of the keyed
/// choice rises with θ (a logistic curve), so scores spread and correlate across tests as real ones do.
/// </summary>
public sealed class DemoAnswers(Randomizer random, double ability)
{
    private bool Hits(double easiness) => random.Double() < 1 / (1 + Math.Exp(-(ability + easiness)));

    public AnswerValue For(FormItem item, FormContent content, DateTime openedAt) => item.Part switch
    {
        ItemPart.Sjt => Sjt(item, content.Get<SjtItem>(item.Id)),
        ItemPart.Choice => Choice(item, content.Get<LiteracyItem>(item.Id).Options, 1.2),
        ItemPart.Question => Choice(item, content.Question(item).Options, 1.0),
        ItemPart.Task => Task(content.Get<LiteracyTask>(item.Id)),
        ItemPart.Passage => Passage(content.Get<ReadingPassage>(item.Id), openedAt),
        _ => new AnswerValue(),
    };

    private AnswerValue Sjt(FormItem item, SjtItem sjt)
    {
        var ranked = sjt.Options.OrderByDescending(o => o.Rating).Select(o => o.Id).ToList();
        var most = Hits(0.1) ? ranked[0] : random.ListItem(item.Options.ToList());
        var least = Hits(-0.1) ? ranked[^1] : random.ListItem(item.Options.Where(o => o != most).ToList());
        return new AnswerValue { Most = most, Least = least == most ? ranked[^1] : least };
    }

    private AnswerValue Choice(FormItem item, List<ChoiceOption> options, double easiness)
    {
        var correct = options.First(o => o.Correct).Id;
        return new AnswerValue { Choice = Hits(easiness) ? correct : random.ListItem(item.Options.Where(o => o != correct).ToList()) };
    }

    private AnswerValue Task(LiteracyTask task) => new()
    {
        Fields = task.Fields.ToDictionary(f => f.Name, f => Hits(0.8) ? f.Expected : f.Initial),
    };

    private AnswerValue Passage(ReadingPassage passage, DateTime openedAt)
    {
        var words = passage.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var wpm = Math.Clamp(220 + 45 * ability + random.Double(-30, 30), 90, 450);
        return new AnswerValue { OpenedAt = openedAt, ReadAt = openedAt.AddSeconds(words / wpm * 60) };
    }

    /// <summary>Typing: as much of the passage as the applicant's speed allows in the time, with the odd slip, key by key.</summary>
    public AnswerValue Typing(string passage, TimeSpan time)
    {
        var wpm = Math.Clamp(38 + 17 * ability + random.Double(-5, 5), 12, 95);
        var msPerChar = 60_000 / (wpm * 5);
        var keys = new List<KeyEvent>();
        var text = new System.Text.StringBuilder();
        double t = 1500;
        foreach (var c in passage)
        {
            if (t > time.TotalMilliseconds - 500) break;
            var slip = !Hits(3.5) && char.IsLetter(c);
            var typed = slip ? (char)('a' + random.Number(0, 25)) : c;
            keys.Add(new KeyEvent((long)t, typed.ToString(), random.Number(50, 140), true));
            text.Append(typed);
            t += msPerChar * random.Double(0.6, 1.5);
        }
        return new AnswerValue { Text = text.ToString(), Keys = keys, Pastes = 0, Synthetic = 0 };
    }
}
