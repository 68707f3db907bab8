using System.Text;
using Hiring.Documents.Layout.Fonts;

namespace Hiring.Documents.Layout;

/// <summary>A piece of a line in one face and style: adjacent words in the same style share one piece,
/// so the PDF carries real spaces and text extracts in reading order.</summary>
internal sealed class Piece(float x, FontFace face, TextStyle style)
{
    private readonly StringBuilder text = new();
    private string? made;

    public float X { get; } = x;
    public FontFace Face { get; } = face;
    public TextStyle Style { get; } = style;
    /// <summary>The piece's text, made into a string once (a line is drawn once per page it lands on, and read for direction).</summary>
    public string Text => made ??= text.ToString();
    public float Width { get; set; }

    public void Append(string more)
    {
        text.Append(more);
        made = null;
    }
}

/// <summary>One laid-out line: its pieces, where its baseline sits and how tall it is.</summary>
internal sealed class TextLine
{
    private readonly List<Piece> pieces = [];
    private float minHeight;

    public TextLine(float minHeight) => this.minHeight = minHeight;

    public IReadOnlyList<Piece> Pieces => pieces;
    public float Width { get; private set; }
    public float Height { get; private set; }
    public float Baseline { get; private set; }
    public bool IsEmpty => pieces.Count == 0;

    public void Add(string text, FontFace face, TextStyle style, float width)
    {
        var last = pieces.Count > 0 ? pieces[^1] : null;
        if (last is null || last.Face != face || last.Style != style)
        {
            last = new Piece(Width, face, style);
            pieces.Add(last);
            var (ascent, descent) = Measure.Vertical(face, style.Size);
            // Centre the glyph box in the line box, so mixed sizes and faces share one baseline.
            Baseline = Math.Max(Baseline, (style.LineHeight - ascent - descent) / 2 + ascent);
            Height = Math.Max(Height, style.LineHeight);
        }
        last.Append(text);
        last.Width += width;
        Width += width;
    }

    public void Finish() => Height = Math.Max(Height, minHeight);

    /// <summary>Adds the line's text operations to <paramref name="ops"/>.</summary>
    public void Draw(List<DrawOp> ops, float x, float top, float shift)
    {
        if (!pieces.Exists(p => Bidi.HasRightToLeft(p.Text)))
        {
            foreach (var p in pieces) ops.Add(new TextOp(x + shift + p.X, top + Baseline, p.Text, p.Face, p.Style.Size, p.Style.Fill));
            return;
        }
        // Right-to-left text on the line: cut the pieces into runs of one direction and lay them out in visual order.
        var runs = DirectionalRuns();
        var pen = x + shift;
        foreach (var i in Bidi.VisualOrder(runs.Select(r => r.RightToLeft).ToList()))
        {
            var (piece, text, rightToLeft) = runs[i];
            ops.Add(new TextOp(pen, top + Baseline, text, piece.Face, piece.Style.Size, piece.Style.Fill, rightToLeft));
            pen += Measure.Width(text, piece.Face, piece.Style.Size);
        }
    }

    private List<(Piece Piece, string Text, bool RightToLeft)> DirectionalRuns()
    {
        var directions = Bidi.Directions(string.Concat(pieces.Select(p => p.Text)));
        var runs = new List<(Piece, string, bool)>();
        var k = 0;
        foreach (var piece in pieces)
        {
            var current = new StringBuilder();
            var direction = false;
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                if (current.Length > 0 && directions[k] != direction) { runs.Add((piece, current.ToString(), direction)); current.Clear(); }
                direction = directions[k++];
                current.Append(rune.ToString());
            }
            if (current.Length > 0) runs.Add((piece, current.ToString(), direction));
        }
        return runs;
    }
}
