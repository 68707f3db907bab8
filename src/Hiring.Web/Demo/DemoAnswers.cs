using Bogus;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Reading;
using Hiring.Core.Assessments.Typing;
using Hiring.Web.Assessments;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Demo;

/// <summary>
/// Answers a demo applicant of a given ability (θ, roughly −2…2) would give: the chance of the keyed
/// choice rises with θ (a logistic curve, each item with its own parameters from <see cref="DemoItems"/>), so scores
/// spread and correlate across tests as real ones do; and the time each item takes.
/// </summary>
public sealed class DemoAnswers(Randomizer random, double ability, DemoItems items)
{
    private static readonly Dictionary<string, double> SjtEasiness = new() { ["easy"] = 1.2, ["medium"] = 0.4, ["hard"] = -0.4 };

    /// <summary>Typing speed by what the passage holds: addresses and order lines are dense with figures and codes.</summary>
    private static readonly Dictionary<string, double> TypingPace = new() { ["address"] = 0.6, ["order"] = 0.8, ["call-notes"] = 0.95 };

    private bool Hits(string id, double easiness) => items.For(id, easiness).Hits(random, ability);
    private bool Likely(double easiness) => new DemoItem(easiness).Hits(random, ability);

    /// <summary>Seconds the item takes before its answer is saved, before the test's pacing is applied.</summary>
    public double Seconds(FormItem item, FormContent content)
    {
        double spent = item.Part switch
        {
            ItemPart.Passage => ReadingSeconds(content.Get<ReadingPassage>(item.Id)),
            ItemPart.Sjt => 45,
            ItemPart.Task => 75,
            ItemPart.Choice => 28,
            _ => 22,
        };
        if (item.Part == ItemPart.Passage) return spent;
        // Abler applicants are a little quicker; a trap keeps everyone puzzling longer.
        return spent * random.Double(0.6, 1.6) * Math.Exp(-0.1 * ability) * (items.IsTrap(item.Id) ? 1.6 : 1);
    }

    public AnswerValue For(FormItem item, FormContent content, DateTime openedAt, DateTime doneAt) => item.Part switch
    {
        ItemPart.Sjt => Sjt(item, content.Get<SjtItem>(item.Id)),
        ItemPart.Choice => Choice(item, content.Get<LiteracyItem>(item.Id).Options, 1.2),
        ItemPart.Question => Choice(item, content.Question(item).Options, 1.0),
        ItemPart.Task => Task(content.Get<LiteracyTask>(item.Id)),
        ItemPart.Passage => new AnswerValue { OpenedAt = openedAt, ReadAt = doneAt },
        _ => new AnswerValue(),
    };

    private AnswerValue Sjt(FormItem item, SjtItem sjt)
    {
        var ranked = sjt.Options.OrderByDescending(o => o.Rating).Select(o => o.Id).ToList();
        var easiness = SjtEasiness.GetValueOrDefault(sjt.Difficulty, 0.4);
        var most = Hits(item.Id, easiness) ? ranked[0] : random.ListItem(item.Options.ToList());
        var least = Hits(item.Id, easiness - 0.2) ? ranked[^1] : random.ListItem(item.Options.Where(o => o != most).ToList());
        return new AnswerValue { Most = most, Least = least == most ? ranked[^1] : least };
    }

    private AnswerValue Choice(FormItem item, List<ChoiceOption> options, double easiness)
    {
        var correct = options.First(o => o.Correct).Id;
        return new AnswerValue { Choice = Hits(item.Id, easiness) ? correct : random.ListItem(item.Options.Where(o => o != correct).ToList()) };
    }

    private AnswerValue Task(LiteracyTask task) => new()
    {
        Fields = task.Fields.ToDictionary(f => f.Name, f => Hits(task.Id, 0.8) ? f.Expected : f.Initial),
    };

    private double ReadingSeconds(ReadingPassage passage)
    {
        // A Chinese passage is read in 字/分钟, around 380 (fast readers 500 and more, below the 1,000 of skimming).
        if (TextLength.Of(passage.Text) is { InCharacters: true } characters)
            return characters.Count / Math.Clamp(380 + 70 * ability + random.Double(-40, 40), 150, 800) * 60;
        var words = passage.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var wpm = Math.Clamp(220 + 45 * ability + random.Double(-30, 30), 90, 450);
        return words / wpm * 60;
    }

    /// <summary>Typing: as much of the passage as the applicant's speed allows in the time, with the odd slip, key by key.</summary>
    public AnswerValue Typing(TypingPassage passage, TimeSpan time)
    {
        var wpm = Math.Clamp((38 + 17 * ability + random.Double(-5, 5)) * TypingPace.GetValueOrDefault(passage.Kind, 1), 12, 95);
        var msPerChar = 60_000 / (wpm * 5);
        var keys = new List<KeyEvent>();
        var text = new System.Text.StringBuilder();
        double t = 1500;
        foreach (var c in passage.Text.Trim())
        {
            if (t > time.TotalMilliseconds - 500) break;
            var slip = !Likely(3.5) && char.IsLetter(c);
            var typed = slip ? (char)('a' + random.Number(0, 25)) : c;
            keys.Add(new KeyEvent((long)t, typed.ToString(), random.Number(50, 140), true));
            text.Append(typed);
            t += msPerChar * random.Double(0.6, 1.5);
        }
        return new AnswerValue { Text = text.ToString(), Keys = keys, Pastes = 0, Synthetic = 0 };
    }

    /// <summary>
    /// Chinese typing through an input method: as much of the passage as the applicant's speed allows, around the Chinese
    /// default norm's 55 字/分钟, committed a phrase of one to four characters at a time after its composition (digits,
    /// letters and punctuation typed straight in), with the odd wrong character chosen from the candidate list.
    /// </summary>
    public AnswerValue ChineseTyping(TypingPassage passage, TimeSpan time)
    {
        var cpm = Math.Clamp((55 + 19 * ability + random.Double(-5, 5)) * TypingPace.GetValueOrDefault(passage.Kind, 1), 12, 110);
        var msPerChar = 60_000 / cpm;
        var source = passage.Text.Trim();
        var keys = new List<KeyEvent>();
        var text = new System.Text.StringBuilder();
        double t = 1500;
        for (var i = 0; i < source.Length;)
        {
            var han = IsHan(source[i]);
            var n = han ? Math.Min(random.Number(1, 4), source[i..].TakeWhile(IsHan).Count()) : 1;
            var end = t + msPerChar * n * random.Double(0.6, 1.5);
            if (end > time.TotalMilliseconds - 500) break;
            var phrase = source.Substring(i, n);
            if (han)
            {
                if (!Likely(3.5)) phrase = random.ListItem(source.Where(c => IsHan(c) && c != phrase[0]).DefaultIfEmpty(phrase[0]).ToList()) + phrase[1..];
                keys.Add(new KeyEvent((long)t, Ime.CompositionStart, null, true, ""));
                keys.Add(new KeyEvent((long)end, Ime.CompositionEnd, null, true, phrase));
            }
            else keys.Add(new KeyEvent((long)end, Ime.Input + (phrase == "\n" ? "insertLineBreak" : "insertText"), null, true, phrase == "\n" ? null : phrase));
            text.Append(phrase);
            (t, i) = (end, i + n);
        }
        return new AnswerValue { Text = text.ToString(), Keys = keys, Pastes = 0, Synthetic = 0 };
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
