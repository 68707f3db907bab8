using Hiring.Core.Assessments.Forms;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

/// <summary>A call line that has been spoken; <see cref="Index"/> is its place in the call (its DOM id). Where the candidate
/// hears the call, <see cref="Audio"/> is the address of its clip and the page does not write its words.</summary>
public sealed record SimLineView(int Index, string Speaker, string Text, string? Audio = null);
public sealed record SimMessageView(string Id, string Customer, string Text, IReadOnlyList<string> Replies, bool Escalated);
public sealed record SimArticleView(string Id, string Title, string Text);
public sealed record SimFieldView(string Name, string Label, string Value);
public sealed record SimQuestionView(string TaskId, string Question, string Value);

/// <summary>Lines and chats that arrived after the ones the page already shows, as of <see cref="ElapsedMs"/> on the server's
/// clock (the page moves its own shift clock up to it); <see cref="AllArrived"/> ends the page's polling.</summary>
public sealed record SimArrivals(IReadOnlyList<SimLineView> Lines, IReadOnlyList<SimMessageView> Messages, long ElapsedMs, bool AllArrived);

/// <summary>
/// The simulation as the candidate's page shows it, with the state rebuilt from the stored events so a reload
/// resumes where it was. Built field by field: no expected value, match rule, task key or urgency flag is copied.
/// Only the call lines and chats whose time has come on the server's clock are in it: a real call cannot be read ahead,
/// so neither can the page's source (the script asks for the rest as they arrive, <see cref="Since"/>).
/// </summary>
public sealed record MultitaskView(string ScenarioId, string Title, string Briefing, int LengthSeconds, long ElapsedMs,
    IReadOnlyList<SimLineView> Call, IReadOnlyList<SimMessageView> Chat, bool AllArrived, IReadOnlyList<SimArticleView> Articles,
    IReadOnlyList<SimFieldView> Fields, IReadOnlyList<SimQuestionView> Questions, bool Listening)
{
    /// <param name="elapsedMs">Time since the attempt started on the server's clock, the clock events are stamped with.</param>
    /// <param name="linesUrl">Where the candidate hears the call: the address of its clips, to which a line's place is added;
    /// null where the call is read as a transcript.</param>
    public static MultitaskView Build(FormItem item, FormContent content, IReadOnlyDictionary<string, AnswerValue> answers, long elapsedMs, string? linesUrl)
    {
        var s = content.Get<SimulationScenario>(item.Id);
        var events = answers.Where(a => MultitaskEvents.ItemOf(a.Key) == item.Id && a.Value.Sim is not null)
            .OrderBy(a => MultitaskEvents.SeqOf(a.Key)).Select(a => a.Value.Sim!).ToList();
        string Last(string type, string id, string initial) => events.LastOrDefault(e => e.Type == type && e.Ref == id)?.Text ?? initial;
        bool Due(int at) => at * 1000L <= elapsedMs;
        // In order of arrival (stable for equal times), so what has arrived is always a prefix the page can count.
        var call = s.Call.OrderBy(l => l.At).ToList();
        var chat = s.Chat.OrderBy(m => m.At).ToList();
        return new MultitaskView(s.Id, s.Title, s.Briefing.Trim(), s.LengthSeconds, elapsedMs,
            [.. call.TakeWhile(l => Due(l.At)).Select((l, i) => new SimLineView(i, l.Speaker, l.Text.Trim(), linesUrl is null ? null : linesUrl + i))],
            [.. chat.TakeWhile(m => Due(m.At)).Select(m => new SimMessageView(m.Id, m.Customer, m.Text.Trim(),
                [.. events.Where(e => e.Type == "reply" && e.Ref == m.Id).Select(e => e.Text ?? "")],
                events.Any(e => e.Type == "escalate" && e.Ref == m.Id)))],
            call.All(l => Due(l.At)) && chat.All(m => Due(m.At)),
            [.. s.Articles.Select(a => new SimArticleView(a.Id, a.Title, a.Text.Trim()))],
            [.. s.Fields.Select(f => new SimFieldView(f.Name, f.Label, Last("field", f.Name, f.Initial)))],
            [.. s.Tasks.Where(t => t.Kind == "answer").Select(t => new SimQuestionView(t.Id, t.Question ?? "", Last("answer", t.Id, "")))],
            linesUrl is not null);
    }

    /// <summary>Chats the candidate has answered or escalated, of those that have arrived: what the progress line counts, with
    /// <see cref="QuestionsAnswered"/>, instead of the one item the whole simulation is stored as.</summary>
    public int ChatsHandled => Chat.Count(m => m.Replies.Count > 0 || m.Escalated);

    public int QuestionsAnswered => Questions.Count(q => !string.IsNullOrWhiteSpace(q.Value));

    /// <summary>What arrived after the first <paramref name="lines"/> call lines and <paramref name="messages"/> chats.</summary>
    public SimArrivals Since(int lines, int messages) =>
        new([.. Call.Skip(Math.Max(0, lines))], [.. Chat.Skip(Math.Max(0, messages))], ElapsedMs, AllArrived);
}
