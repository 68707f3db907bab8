using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

/// <summary>Scripted input-method sessions: what the page logs when Chinese is typed through an IME.
/// Each step takes 400 ms; every time is written down, nothing is random.</summary>
internal sealed class ImeScript
{
    private readonly List<Keystroke> events = [];
    private long at;

    /// <summary>Pinyin keys, a candidate chosen, the phrase committed: compositionstart, one update and
    /// one "Process" key per pinyin letter, then compositionend with the committed text.</summary>
    public ImeScript Compose(string pinyin, string committed)
    {
        Add(Ime.CompositionStart, null);
        for (int i = 0; i < pinyin.Length; i++)
        {
            events.Add(new Keystroke(at, "Process", 70 + i % 3 * 20, true));
            Add(Ime.CompositionUpdate, pinyin[..(i + 1)]);
        }
        Add(Ime.CompositionEnd, committed);
        return this;
    }

    /// <summary>Text inserted without a composition: a key typed straight through (punctuation, digits) or a paste.</summary>
    public ImeScript Insert(string text)
    {
        events.Add(new Keystroke(at, text.Length == 1 ? text : "Unidentified", 80, true));
        Add(Ime.Input + "insertText", text);
        return this;
    }

    public ImeScript Backspace()
    {
        events.Add(new Keystroke(at, "Backspace", 80, true));
        Add(Ime.Input + "deleteContentBackward", null);
        return this;
    }

    public List<Keystroke> Events => events;

    private void Add(string name, string? data)
    {
        events.Add(new Keystroke(at, name, null, true, data));
        at += 400;
    }
}
