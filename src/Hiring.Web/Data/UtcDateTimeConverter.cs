using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hiring.Web.Data;

/// <summary>Stores DateTime as UTC and reads it back marked UTC (Npgsql's timestamptz insists on it).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
