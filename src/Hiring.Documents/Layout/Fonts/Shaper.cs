using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>One shaped run: glyph ids and pen positions (points), and for each glyph the UTF-8 offset
/// of the character it comes from, so the PDF can map joined Arabic forms back to their letters.</summary>
internal sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Utf8, float Width);

/// <summary>
/// Shapes text with HarfBuzz: Arabic letters take their joined forms (initial, medial, final,
/// lam-alef), marks sit on their letters, right-to-left runs come out in visual order. Kerning and
/// optional ligatures are off, so a Latin or CJK run is exactly the sum of its characters' advances
/// and measuring without shaping stays right for them.
/// </summary>
internal sealed class Shaper : IDisposable
{
    private static readonly Feature[] Features =
        [new(Tag.Parse("kern"), 0), new(Tag.Parse("liga"), 0), new(Tag.Parse("clig"), 0)];

    private readonly Blob blob;
    private readonly Face face;
    private readonly HarfBuzzSharp.Font font;
    private readonly object gate = new();

    public Shaper(Blob blob, int index)
    {
        this.blob = blob;
        face = new Face(blob, index);
        font = new HarfBuzzSharp.Font(face);
        font.SetFunctionsOpenType();
    }

    /// <summary>
    /// Whether <paramref name="text"/> needs shaping: with kerning and ligatures off, Latin, Greek,
    /// Cyrillic, CJK and symbols without combining marks shape to each character's own glyph and
    /// advance, so only right-to-left, Indic and other complex scripts and combining marks need HarfBuzz.
    /// </summary>
    public static bool Needed(string text)
    {
        foreach (var c in text)
            if (NeededFor(c)) return true;
        return false;
    }

    /// <summary>Whether a run holding <paramref name="codePoint"/> needs shaping (see <see cref="Needed"/>).</summary>
    public static bool NeededFor(int codePoint) =>
        codePoint is >= 0x0300 and <= 0x036F or >= 0x0590 and <= 0x1CFF or >= 0x1DC0 and <= 0x1DFF
            or >= 0x20D0 and <= 0x20FF or >= 0xA800 and <= 0xABFF or >= 0xFB1D and <= 0xFEFF;

    public static Shaper FromFile(string path, int index) => new(Blob.FromFile(path), index);

    /// <summary>A shaper over a font file in memory (a document's subset). The bytes are copied to native
    /// memory: HarfBuzz keeps a pointer to them, and the garbage collector may move a managed array.</summary>
    public static Shaper FromData(byte[] data)
    {
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        return new(new Blob(native, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native)), 0);
    }

    public ShapedRun Shape(string text, bool rightToLeft, float size)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        lock (gate) font.Shape(buffer, Features); // a HarfBuzz font is shared between threads; shaping reads it only, but cheaply guarded
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = size / face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var clusters = new uint[infos.Length];
        var pen = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            points[i] = new SKPoint(pen + positions[i].XOffset * scale, -positions[i].YOffset * scale);
            pen += positions[i].XAdvance * scale;
        }
        return new ShapedRun(glyphs, points, clusters, utf8, pen);
    }

    public void Dispose()
    {
        font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
