using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hiring.Benchmarks.Load;

/// <summary>Per-operation latencies and errors of one phase, printed as a Markdown table row.</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _ms = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Times <paramref name="call"/> from now, or from <paramref name="due"/> (a scheduled send time) when
    /// given, so a request the client sent late because the last one was slow still counts its wait.</summary>
    public async Task<T> TimeAsync<T>(string operation, Func<Task<T>> call, long? due = null)
    {
        var start = due ?? Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            _ms.GetOrAdd(operation, _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return result;
        }
        catch
        {
            _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);
            throw;
        }
    }

    private readonly ConcurrentDictionary<string, int> _notes = new();

    /// <summary>Why a request failed, counted by message.</summary>
    public void Note(string message) => _notes.AddOrUpdate(message, 1, (_, n) => n + 1);

    public void Error(string operation) => _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);

    public int Count(string operation) => _ms.TryGetValue(operation, out var bag) ? bag.Count : 0;

    public void Print(string phase)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        Console.WriteLine($"\n{phase} ({seconds:F0} s)\n| operation | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (op, bag) in _ms.OrderBy(kv => kv.Key))
        {
            var sorted = bag.Order().ToArray();
            double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
            Console.WriteLine($"| {op} | {sorted.Length} | {sorted.Length / seconds:F0} | {P(0.5):F1} | {P(0.95):F1} | {P(0.99):F1} | {sorted[^1]:F0} | {_errors.GetValueOrDefault(op)} |");
        }
        foreach (var (op, n) in _errors.Where(e => !_ms.ContainsKey(e.Key))) Console.WriteLine($"| {op} | 0 | 0 | | | | | {n} |");
        foreach (var (message, n) in _notes) Console.WriteLine($"  {n} × {message}");
    }
}
