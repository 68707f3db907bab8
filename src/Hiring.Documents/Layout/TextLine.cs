using System.Text;
using Hiring.Documents.Layout.Fonts;

namespace Hiring.Documents.Layout;

/// <summary>A piece of a line in one face and style: adjacent words in the same style share one piece,
/// so the PDF carries real spaces and text extracts in reading order.</summary>
internal sealed class Piece(float x, FontFace face, TextStyle style)
{
    public float X { get; } = x;
    public FontFace Face { get; } = face;
    public TextStyle Style { get; } = style;
    public StringBuilder Text { get; } = new();
    public float Width { get; set; }
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
        last.Text.Append(text);
        last.Width += width;
        Width += width;
    }

    public void Finish() => Height = Math.Max(Height, minHeight);

    public IEnumerable<DrawOp> Draw(float x, float top, float shift) =>
        pieces.Select(p => (DrawOp)new TextOp(x + shift + p.X, top + Baseline, p.Text.ToString(), p.Face, p.Style.Size, p.Style.Fill));
}
