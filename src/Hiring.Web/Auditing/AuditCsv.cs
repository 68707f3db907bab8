using System.Globalization;
using CsvHelper;

namespace Hiring.Web.Auditing;

/// <summary>One audit line as listed and exported.</summary>
public record AuditRow(DateTime At, string UserName, string? UserId, string Action, string RecordType, string RecordId, string? Detail);

public static class AuditCsv
{
    public static readonly string[] Header = ["at_utc", "user", "user_id", "action", "record_type", "record_id", "detail"];

    // Escape cells starting with = + - @ so a spreadsheet never runs a typed detail as a formula.
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false,
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditRow> rows, CancellationToken cancel)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        csv.WriteHeader(Header);
        await foreach (var row in rows.WithCancellation(cancel))
        {
            csv.WriteField(row.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(row.UserName);
            csv.WriteField(row.UserId ?? "");
            csv.WriteField(row.Action);
            csv.WriteField(row.RecordType);
            csv.WriteField(row.RecordId);
            csv.WriteField(row.Detail ?? "");
            await csv.EndRecordAsync(cancel);
        }
        await csv.FlushAsync(cancel);
    }
}
