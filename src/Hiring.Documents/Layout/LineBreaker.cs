using System.Text;
using Hiring.Documents.Layout.Fonts;

namespace Hiring.Documents.Layout;

/// <summary>
/// Greedy line breaking: breaks at spaces, after hyphens and around CJK characters (which have no
/// spaces), except before closing CJK punctuation and after opening punctuation (a line never starts
/// with "。" nor ends with "「"); a word wider than the line is broken between characters. No line is
/// wider than the width. A character no installed font has is printed as its code point ("U+1F680").
/// </summary>
internal static class LineBreaker
{
    private enum Kind { Word, Space, NewLine }

    // A struct: a report breaks a few thousand of them, and as objects they were a large part of layout's garbage.
    private readonly record struct Atom(string Text, TextStyle Style, FontFace Face, Kind Kind, bool BreakBefore)
    {
        public float Width { get; } = Kind == Kind.NewLine ? 0 : Measure.Width(Text, Face, Style.Size);
    }

    // One paragraph's atoms and the word being read, reused by every paragraph the thread breaks: they live only
    // while its lines are made, and fresh ones for every paragraph were most of layout's garbage.
    [ThreadStatic] private static List<Atom>? atomScratch;
    [ThreadStatic] private static StringBuilder? wordScratch;
    [ThreadStatic] private static List<Atom>? spaceScratch;

    public static List<TextLine> Break(IReadOnlyList<Span> spans, float width)
    {
        var atoms = atomScratch ??= [];
        atoms.Clear();
        Tokenize(spans, atoms);
        var minHeight = spans.Count > 0 ? spans.Max(s => s.Style.LineHeight) : TextStyle.Body.LineHeight;
        var lines = new List<TextLine>();
        var line = new TextLine(minHeight);
        var spaces = spaceScratch ??= [];
        spaces.Clear();
        void NewLine() { line.Finish(); lines.Add(line); line = new TextLine(minHeight); spaces.Clear(); }

        var i = 0;
        while (i < atoms.Count)
        {
            var atom = atoms[i];
            if (atom.Kind == Kind.NewLine) { NewLine(); i++; continue; }
            if (atom.Kind == Kind.Space) { spaces.Add(atom); i++; continue; }
            var end = i + 1;
            while (end < atoms.Count && atoms[end].Kind == Kind.Word && !atoms[end].BreakBefore) end++;
            var groupWidth = 0f;
            for (var k = i; k < end; k++) groupWidth += atoms[k].Width;
            var spaceWidth = line.IsEmpty ? 0 : SpaceWidth(spaces);
            if (line.Width + spaceWidth + groupWidth <= width + 0.01f)
            {
                if (!line.IsEmpty) foreach (var s in spaces) line.Add(s.Text, s.Face, s.Style, s.Width);
                for (var k = i; k < end; k++) line.Add(atoms[k].Text, atoms[k].Face, atoms[k].Style, atoms[k].Width);
            }
            else if (!line.IsEmpty) { NewLine(); continue; }
            else for (var k = i; k < end; k++) BreakWord(atoms[k], width, ref line, NewLine);
            spaces.Clear();
            i = end;
        }
        if (!line.IsEmpty || lines.Count == 0) { line.Finish(); lines.Add(line); }
        return lines;
    }

    // Summed in double like Enumerable.Sum, so lines break exactly where they did.
    private static float SpaceWidth(List<Atom> spaces)
    {
        var sum = 0d;
        foreach (var space in spaces) sum += space.Width;
        return (float)sum;
    }

    private static void BreakWord(Atom atom, float width, ref TextLine line, Action newLine)
    {
        foreach (var rune in atom.Text.EnumerateRunes())
        {
            var text = rune.ToString();
            var w = Measure.Width(text, atom.Face, atom.Style.Size);
            if (!line.IsEmpty && line.Width + w > width + 0.01f) newLine();
            line.Add(text, atom.Face, atom.Style, w);
        }
    }

    private static void Tokenize(IReadOnlyList<Span> spans, List<Atom> atoms)
    {
        var breakNext = false;
        var current = wordScratch ??= new StringBuilder();
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            current.Clear();
            var kind = Kind.Word;
            FontFace? face = null;
            void Flush(bool breakAfter)
            {
                if (current.Length == 0) return;
                atoms.Add(new Atom(current.ToString(), span.Style, face!, kind, breakNext));
                breakNext = breakAfter || kind == Kind.Space;
                current.Clear();
            }
            foreach (var rune in span.Text.EnumerateRunes())
            {
                var cp = rune.Value;
                if (cp == '\n') { Flush(false); atoms.Add(new Atom("", span.Style, FontCatalog.For(span.Style.Font), Kind.NewLine, true)); breakNext = true; continue; }
                if (IsIgnorable(cp)) continue;
                var runeKind = Rune.IsWhiteSpace(rune) ? Kind.Space : Kind.Word;
                var found = FontCatalog.Find(cp, span.Style.Font);
                var runeFace = found ?? FontCatalog.For(span.Style.Font);
                var cjk = IsCjk(cp);
                if (current.Length > 0 && (runeKind != kind || runeFace != face || cjk)) Flush(cjk);
                if (cjk && IsIn(Closing, rune)) breakNext = false;
                kind = runeKind;
                face = runeFace;
                // Appended without a string per character.
                if (runeKind == Kind.Space) current.Append(' ');
                else if (found is null) current.Append($"U+{cp:X4}");
                else if (rune.IsBmp) current.Append((char)cp);
                else current.Append(rune.ToString());
                if (cjk) { Flush(true); if (IsIn(Opening, rune)) breakNext = false; }
                else if (cp is '-' or '/' && kind == Kind.Word) Flush(true);
            }
            Flush(false);
        }
    }

    // Line-breaking rules for CJK (UAX #14 classes CL, EX, IS, NS and OP, the common members).
    private const string Closing = "。，、．：；！？）」』】〕〉》｝］〙〗｠ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ・";
    private const string Opening = "（「『【〔〈《｛［〘〖｟";

    private static bool IsIn(string punctuation, Rune rune) => rune.IsBmp && punctuation.Contains((char)rune.Value);

    /// <summary>Variation selectors, joiners and direction marks: they have no glyph and no width.</summary>
    private static bool IsIgnorable(int cp) =>
        cp is >= 0xFE00 and <= 0xFE0F or >= 0x200B and <= 0x200F or >= 0x202A and <= 0x202E or >= 0x2060 and <= 0x206F;

    /// <summary>Han, kana, Hangul and CJK punctuation: a line may break before or after any of them.</summary>
    private static bool IsCjk(int cp) =>
        cp is >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF
            or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;
}
