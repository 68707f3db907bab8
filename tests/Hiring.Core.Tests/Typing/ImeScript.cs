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
        Pinyin(pinyin);
        Add(Ime.CompositionEnd, committed);
        return this;
    }

    /// <summary>The same commit as Chromium reports it: before compositionend an update shows the committed text, and the
    /// compositionend itself comes with isTrusted false (Chromium builds that event itself, seen with Input.insertText over CDP).</summary>
    public ImeScript ComposeInChromium(string pinyin, string committed)
    {
        Pinyin(pinyin);
        Add(Ime.CompositionUpdate, committed);
        events.Add(new Keystroke(at, Ime.CompositionEnd, null, false, committed));
        at += 400;
        return this;
    }

    /// <summary>A compositionend a script dispatched: untrusted, and no trusted composition showed its text.</summary>
    public ImeScript ScriptedCommit(string text)
    {
        events.Add(new Keystroke(at, Ime.CompositionEnd, null, false, text));
        at += 400;
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

    /// <summary>compositionstart, then one update and one "Process" key per pinyin letter.</summary>
    private void Pinyin(string pinyin)
    {
        Add(Ime.CompositionStart, null);
        for (int i = 0; i < pinyin.Length; i++)
        {
            events.Add(new Keystroke(at, "Process", 70 + i % 3 * 20, true));
            Add(Ime.CompositionUpdate, pinyin[..(i + 1)]);
        }
    }

    private void Add(string name, string? data)
    {
        events.Add(new Keystroke(at, name, null, true, data));
        at += 400;
    }
}
