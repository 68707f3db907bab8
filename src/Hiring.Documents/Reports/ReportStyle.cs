using Hiring.Documents.Layout;
using SkiaSharp;

namespace Hiring.Documents.Reports;

/// <summary>The report's look, and the small building blocks its sections share.</summary>
internal static class ReportStyle
{
    public static readonly SKColor Accent = HouseStyle.Accent;
    public static readonly SKColor Muted = HouseStyle.Muted;
    public static readonly SKColor Line = HouseStyle.Line;
    public static readonly SKColor PassInk = new(0x1B, 0x7F, 0x3B);
    public static readonly SKColor FailInk = new(0xB4, 0x23, 0x18);
    public static readonly SKColor WarnInk = new(0x9A, 0x5B, 0x00);

    public static readonly TextStyle Body = TextStyle.Body;
    public static readonly TextStyle Small = HouseStyle.Small;
    public static readonly TextStyle Label = Body.WithSize(7.5f).WithColor(Muted);
    public static readonly TextStyle Value = Body.WithSize(10).Bold();
    public static readonly TextStyle Heading = Body.WithSize(13).Bold().WithColor(Accent);
    public static readonly TextStyle Subheading = Body.WithSize(10.5f).Bold();

    public static string Minutes(TimeSpan t) => $"{(int)t.TotalMinutes}:{t.Seconds:00}";

    /// <summary>A section heading kept on the same page as the start of what follows it.</summary>
    public static Element Section(string title, Element first, params Element?[] more)
    {
        var heading = new Column { new Text(title, Heading), new Rule(Line, 0.75f, 2) };
        var column = new Column(6) { new KeepWithNext(heading, first, 6) };
        foreach (var element in more) column.Add(element);
        return column.PaddingTop(8);
    }

    /// <summary>Label-over-value pairs in a grid of <paramref name="columns"/>.</summary>
    public static Element Facts(int columns, params (string Label, string Value)[] facts)
    {
        var grid = new Column(6);
        foreach (var chunk in facts.Chunk(columns))
        {
            var row = new Row(10);
            foreach (var (label, value) in chunk)
                row.Relative(1, new Column(1) { new Text(label.ToUpperInvariant(), Label), new Text(value, Value) });
            for (var i = chunk.Length; i < columns; i++) row.Relative(1, new Spacer(0));
            grid.Add(row);
        }
        return grid;
    }

    public static Element Note(string text) => new Text(text, Body.Italic().WithColor(Muted));
}
