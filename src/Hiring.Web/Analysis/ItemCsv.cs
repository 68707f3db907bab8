using System.Globalization;
using CsvHelper;
using Hiring.Core.Analysis;

namespace Hiring.Web.Analysis;

/// <summary>The item statistics as CSV: one line per item, option shares as "A=0.25; B=0.5".</summary>
public static class ItemCsv
{
    public static readonly string[] Header = ["item", "answered", "facility", "discrimination", "option_shares", "median_seconds", "flags"];

    // Escape cells starting with = + - @ so a spreadsheet never runs an item id or option as a formula.
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false,
    };

    public static async Task WriteAsync(Stream output, IEnumerable<ItemStatistics> items, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        csv.WriteHeader(Header);
        foreach (var i in items)
        {
            csv.WriteField(i.ItemId);
            csv.WriteField(i.Answered.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(Number(i.Facility));
            csv.WriteField(Number(i.Discrimination));
            csv.WriteField(string.Join("; ", i.OptionShares.Select(o => $"{o.Option}={Number(o.Share)}")));
            csv.WriteField(Number(i.MedianSeconds));
            csv.WriteField(string.Join("; ", i.Flags.Select(f => f.Kind.ToString())));
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private static string Number(double? x) => x is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";
}
