using System.Globalization;
using CsvHelper;
using Hiring.Web.Localization;

namespace Hiring.Web.Recruiting;

/// <summary>
/// Each table of the recruiter dashboard as CSV, with the same figures the page draws: stage and test names in the
/// reader's language, shares as percentages with one decimal, numbers in the invariant culture so a spreadsheet reads them.
/// </summary>
public static class AnalyticsCsv
{
    public const string Funnel = "funnel", Times = "times", Sources = "sources", PassRates = "passrates";
    public static readonly string[] Tables = [Funnel, Times, Sources, PassRates];

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false,
    };

    public static async Task WriteAsync(Stream output, string table, Analytics a, Func<string, string> say, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        IEnumerable<string?[]> rows = table switch
        {
            Funnel => a.Funnels.SelectMany(p => p.Steps.Select(s => new[]
                { p.Title, DisplayNames.Of(s.Stage), Int(s.Reached), Int(p.Now.GetValueOrDefault(s.Stage)), Percent(s.Conversion) })),
            Times => a.TimesPerPost.SelectMany(p => p.MedianDaysInStage.OrderBy(x => x.Key).Select(x => new[] { p.Title, DisplayNames.Of(x.Key), Days(x.Value) })
                .Append([p.Title, say("Applied to shortlisted"), p.MedianDaysToShortlist is { } d ? Days(d) : ""])),
            Sources => a.Sources.Select(s => new[]
            {
                s.Source, Int(s.Applications), Int(s.Tested), Int(s.Scored), Int(s.PassedAll), Percent(Share(s.PassedAll, s.Scored)),
                Int(s.Shortlisted), Int(s.Hired), Percent(Share(s.Hired, s.Applications)),
            }),
            _ => a.PassRates.Select(r => new[] { r.Title, DisplayNames.Of(r.Test), Int(r.Scored), Int(r.Passed), Percent(r.Share) }),
        };
        foreach (var column in Header(table)) csv.WriteField(say(column));
        await csv.EndRecordAsync(ct);
        foreach (var row in rows)
        {
            foreach (var cell in row) csv.WriteField(cell);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    /// <summary>The column names in English (the localizer's keys).</summary>
    public static string[] Header(string table) => table switch
    {
        Funnel => ["Post", "Stage", "Reached", "Now", "Conversion from the previous stage (%)"],
        Times => ["Post", "Stage", "Median days"],
        Sources => ["Source", "Applications", "Tested", "Scored", "Passed every test taken", "Pass rate (%)", "Shortlisted", "Hired", "Hired (%)"],
        _ => ["Post", "Test", "Scored", "Passed", "Pass rate (%)"],
    };

    public static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Days(double d) => d.ToString("0.0", CultureInfo.InvariantCulture);
    private static string Percent(double? share) => share is { } s ? (100 * s).ToString("0.0", CultureInfo.InvariantCulture) : "";
}
