using Hiring.Documents.Layout;
using SkiaSharp;

namespace Hiring.Documents.Interviews;

/// <summary>The pen-and-paper parts of a sheet: rating boxes, tick boxes, writing space, signature line.</summary>
internal static class SheetParts
{
    public static readonly SKColor Ink = HouseStyle.Pen;
    public static readonly SKColor Faint = HouseStyle.Line;
    public static readonly TextStyle Body = TextStyle.Body;
    public static readonly TextStyle Small = HouseStyle.Small;
    public static readonly SKColor Accent = HouseStyle.Accent;
    /// <summary>Probes and the rating guide: read during the interview, so never below 9 pt.</summary>
    public static readonly TextStyle Guide = Body.WithSize(9);
    /// <summary>Writing space under each question: 4 cm (113.4 pt), room for a few lines of handwriting.</summary>
    public const float FourCentimetres = 4 / 2.54f * 72;

    /// <summary>Boxes numbered 1–5 to circle or tick.</summary>
    public static Element RatingBoxes(string label)
    {
        var row = new Row(6).Relative(1, new Text(label, Body.Bold()).Padding(0, 3));
        for (var i = 1; i <= 5; i++)
            row.Fixed(24, new Text($"{i}", Body, TextAlign.Center).Padding(0, 3).Border(Ink));
        return row.Fixed(100, new Text(Words.T("1 weak · 5 strong"), Guide, TextAlign.Right).Padding(0, 4));
    }

    /// <summary>A square to tick, with its label.</summary>
    public static Element TickBox(string label) =>
        new Row(5).Fixed(11, new Spacer(0).MinHeight(11).Border(Ink)).Relative(1, new Text(label, Body));

    public static Element WritingSpace(string label, float height) =>
        new Text(label, Small).Padding(5, 3).MinHeight(height).Border(Faint);

    /// <summary>"Label value", or "Label ______" to fill in by hand. Label and value are spans of one
    /// line so they share a baseline (and read back in order).</summary>
    public static Element Field(string label, string? value, float labelWidth = 70) => value is null
        ? new Row(6).Fixed(labelWidth, new Text(label, Small).Padding(0, 3)).Relative(1, new Column { new Spacer(14), new Rule(Ink, 0.5f, 0) })
        : new Text([new Span(label + "  ", Small), new Span(value, Body.Bold())]).Padding(0, 2);
}
