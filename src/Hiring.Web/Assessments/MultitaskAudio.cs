using System.Diagnostics;
using Hiring.Web.Infrastructure;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

/// <summary>
/// The simulation's call as audio, spoken by Debian's espeak-ng from the scenario's script and cached under
/// data/sim-audio (one file per scenario version). Where espeak-ng is not installed the page shows the transcript alone.
/// </summary>
public sealed class MultitaskAudio(HiringPaths paths, IConfiguration configuration)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private string Espeak => configuration["Assessments:Espeak"] ?? "/usr/bin/espeak-ng";

    public bool Available => File.Exists(Espeak);

    public string? UrlFor(Guid attemptId) => Available ? $"/Candidate/Tests/Take/{attemptId}/Audio" : null;

    /// <summary>The cached WAV file for the scenario, made on first use; null when espeak-ng is missing or fails.</summary>
    public async Task<string?> FileAsync(SimulationScenario s, CancellationToken ct = default)
    {
        if (!Available) return null;
        var dir = Path.Combine(paths.Data, "sim-audio");
        var file = Path.Combine(dir, $"{s.Id}-v{s.Version}.wav");
        if (File.Exists(file)) return file;
        await OneAtATime.WaitAsync(ct);
        try
        {
            if (File.Exists(file)) return file;
            Directory.CreateDirectory(dir);
            var script = string.Join("\n", s.Call.Select(l => $"{(l.Speaker == "agent" ? "Agent" : "Caller")}: {l.Text.Trim()}"));
            var temp = file + ".tmp";
            var start = new ProcessStartInfo(Espeak) { RedirectStandardInput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-v", "en-gb", "-s", "150", "-w", temp, "--stdin" }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            await process.StandardInput.WriteAsync(script);
            process.StandardInput.Close();
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0 || !File.Exists(temp)) return null;
            File.Move(temp, file, overwrite: true);
            return file;
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
