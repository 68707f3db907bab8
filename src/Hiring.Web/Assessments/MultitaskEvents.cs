using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Multitask;
using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

/// <summary>One action on the simulation page as sent and kept: <c>{ type, ref, text, atMs }</c>.
/// <see cref="AtMs"/> is the page's offset from the start; the server replaces it with the time it accepts.</summary>
public sealed class SimEntry
{
    public const int MaxText = 2_000, MaxRef = 100;
    public static readonly string[] Types = ["reply", "search", "open", "field", "answer", "escalate", "finish", "repeat"];

    public string? Type { get; set; }
    /// <summary>The message, article, field or task the action is about; for a repeat, the call line's place.</summary>
    public string? Ref { get; set; }
    public string? Text { get; set; }
    public long? AtMs { get; set; }

    public SimEvent ToEvent(long at) => Type switch
    {
        "reply" => new ChatReplied(Ref!, Text ?? "", at),
        "search" => new KbSearched(Text ?? "", at),
        "open" => new KbOpened(Ref!, at),
        "field" => new FieldSet(Ref!, Text ?? "", at),
        "answer" => new AnswerGiven(Ref!, Text ?? "", at),
        "escalate" => new Escalated(Ref!, at),
        "repeat" => new CallRepeated(int.Parse(Ref!, System.Globalization.CultureInfo.InvariantCulture), at),
        _ => new Finished(at),
    };
}

/// <summary>
/// The simulation's answers are an append-only event log: each event is its own answer row named
/// <c>{scenario}#{seq}</c>, so a retried save is recognised and nothing is ever overwritten. The time an event
/// counts at is the server's: the page's offset is used only within [the previous event, now], so a page with a
/// tampered clock can move an event no earlier than what it already sent and no later than its arrival.
/// </summary>
public static class MultitaskEvents
{
    public static string RowId(string scenarioId, long seq) => $"{scenarioId}#{seq}";

    /// <summary>The form item an answer row belongs to ("SIM-001#12" → "SIM-001"); a save without an item id names none ("").</summary>
    public static string ItemOf(string? rowId) => (rowId ?? "").Split('#')[0];

    public static long SeqOf(string rowId) => long.TryParse(rowId[(rowId.IndexOf('#') + 1)..], out var seq) ? seq : 0;

    public static string? Problem(SimEntry? e, SimulationScenario s) => e switch
    {
        null => "No event.",
        { Type: var t } when !SimEntry.Types.Contains(t) => "Unknown event.",
        { Text.Length: > SimEntry.MaxText } => $"A text holds at most {SimEntry.MaxText} characters.",
        // Ids in the scenarios are short; a search or a finish names none, so nothing else bounds theirs.
        { Ref.Length: > SimEntry.MaxRef } => "Unknown reference.",
        { Type: "reply" or "escalate", Ref: var m } when s.Chat.All(c => c.Id != m) => "Unknown message.",
        { Type: "open", Ref: var a } when s.Articles.All(x => x.Id != a) => "Unknown article.",
        { Type: "field", Ref: var f } when s.Fields.All(x => x.Name != f) => "Unknown field.",
        { Type: "answer", Ref: var q } when s.Tasks.All(x => x.Id != q || x.Kind != "answer") => "Unknown question.",
        { Type: "repeat", Ref: var l } when !int.TryParse(l, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) || line >= s.Call.Count => "Unknown line of the call.",
        _ => null,
    };

    /// <summary>Appends the event unless this sequence number is already stored.</summary>
    public static SaveStatus Append(Attempt attempt, FormItem item, List<AttemptAnswer> rows, SaveRequest request, DateTime now, Action<AttemptAnswer> add)
    {
        var id = RowId(item.Id, request.Seq);
        if (rows.Any(r => r.ItemId == id)) return SaveStatus.Stale;
        long nowMs = Math.Max(0, (long)(now - attempt.StartedAt).TotalMilliseconds);
        long previous = rows.Where(r => ItemOf(r.ItemId) == item.Id).Select(r => AnswerValue.Parse(r.Value).Sim?.AtMs ?? 0).DefaultIfEmpty(0).Max();
        var entry = request.Value.Sim!;
        entry.AtMs = Math.Max(previous, Math.Min(entry.AtMs ?? nowMs, nowMs));
        var row = new AttemptAnswer { AttemptId = attempt.Id, ItemId = id, Value = new AnswerValue { Sim = entry }.ToJson(), Seq = request.Seq, SavedAt = now };
        add(row);
        rows.Add(row);
        return SaveStatus.Saved;
    }

    /// <summary>The stored log of one scenario, in the order it was accepted.</summary>
    public static List<SimEvent> Log(string scenarioId, IEnumerable<KeyValuePair<string, AnswerValue>> answers) =>
    [
        .. answers.Where(a => ItemOf(a.Key) == scenarioId && a.Key.Contains('#') && a.Value.Sim is not null)
            .OrderBy(a => SeqOf(a.Key))
            .Select(a => a.Value.Sim!.ToEvent(a.Value.Sim.AtMs ?? 0)),
    ];
}
