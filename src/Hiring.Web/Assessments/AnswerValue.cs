using System.Text.Json;
using System.Text.Json.Serialization;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Typing;

namespace Hiring.Web.Assessments;

/// <summary>
/// An answer as the page sends it and the database keeps it, one shape for every item part:
/// SJT <c>{most, least}</c>; choice and reading question <c>{choice}</c>; task <c>{fields}</c>;
/// typing <c>{text, keys, pastes, synthetic}</c>; reading passage <c>{event}</c>, stamped by the server as openedAt/readAt.
/// </summary>
public sealed class AnswerValue
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    // Sized so the largest answer (typing: text and keys as JSON) stays well inside the 400 000-character column.
    public const int MaxText = 10_000, MaxKeys = 5_000, MaxField = 500, MaxKeyName = 64;

    public string? Most { get; set; }
    public string? Least { get; set; }
    public string? Choice { get; set; }
    public Dictionary<string, string>? Fields { get; set; }
    public string? Text { get; set; }
    public List<KeyEvent>? Keys { get; set; }
    public int? Pastes { get; set; }
    public int? Synthetic { get; set; }
    public string? Event { get; set; }
    public DateTime? OpenedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    /// <summary>A simulation event (<see cref="SimEntry"/>); each is its own row.</summary>
    public SimEntry? Sim { get; set; }

    public static AnswerValue Parse(string json) => JsonSerializer.Deserialize<AnswerValue>(json, Json) ?? new AnswerValue();
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Whether the item counts as answered in the progress indicator.</summary>
    public bool Answers(ItemPart part) => part switch
    {
        ItemPart.Sjt => Most is not null && Least is not null,
        ItemPart.Choice or ItemPart.Question => Choice is not null,
        ItemPart.Task => Fields is { Count: > 0 },
        ItemPart.Typing => !string.IsNullOrEmpty(Text),
        ItemPart.Simulation => Sim is not null,
        _ => false,
    };

    /// <summary>Why this value cannot be an answer to <paramref name="item"/>, or null when it can.</summary>
    public string? Problem(FormItem item) => HoldsOtherParts(item.Part) ? "This answer holds parts that do not belong to this question." : item.Part switch
    {
        ItemPart.Sjt when Outside(item, Most) || Outside(item, Least) => "Unknown response.",
        ItemPart.Sjt when Most is not null && Most == Least => "The same response cannot be both the most and the least effective.",
        ItemPart.Choice or ItemPart.Question when Outside(item, Choice) => "Unknown option.",
        ItemPart.Task when Fields?.Keys.Any(k => !item.Options.Contains(k)) == true => "Unknown field.",
        ItemPart.Task when Fields?.Values.Any(v => v is null || v.Length > MaxField) == true => $"A field holds at most {MaxField} characters.",
        ItemPart.Typing when Text?.Length > MaxText || Keys?.Count > MaxKeys => "The typed text is too long.",
        ItemPart.Typing when Keys?.Any(k => k?.K is null || k.K.Length > MaxKeyName || k.D?.Length > MaxField) == true => "Unknown key in the keystrokes.",
        ItemPart.Typing when Pastes < 0 || Synthetic < 0 => "Counts cannot be negative.",
        ItemPart.Passage when Event is not ("open" or "read") => "Unknown reading event.",
        _ => null,
    };

    /// <summary>
    /// Whether the value carries another part's properties (typed text on an SJT item, say). They would be
    /// stored with the answer: a page never sends them, so they are refused rather than kept unchecked.
    /// </summary>
    private bool HoldsOtherParts(ItemPart part)
    {
        var own = part == ItemPart.Question ? ItemPart.Choice : part;
        return (Most is not null || Least is not null) && own != ItemPart.Sjt
            || Choice is not null && own != ItemPart.Choice
            || Fields is not null && own != ItemPart.Task
            || (Text is not null || Keys is not null || Pastes is not null || Synthetic is not null) && own != ItemPart.Typing
            || (Event is not null || OpenedAt is not null || ReadAt is not null) && own != ItemPart.Passage
            || Sim is not null && own != ItemPart.Simulation;
    }

    private static bool Outside(FormItem item, string? option) => option is not null && !item.Options.Contains(option);
}

/// <summary>One key event from the typing page: ms since the test started, the key, how long it was held, and the browser's isTrusted.</summary>
/// <summary>D: the data of a text event (composition or input, see Ime), null for a key.</summary>
public sealed record KeyEvent(long T, string K, int? H, bool Tr, string? D = null)
{
    public Keystroke ToKeystroke() => new(T, K ?? "", H, Tr, D);

    public static KeyEvent Of(Keystroke k) => new(k.AtMs, k.Key, k.HoldMs, k.Trusted, k.Data);
}
