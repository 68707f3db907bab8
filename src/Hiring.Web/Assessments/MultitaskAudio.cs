using System.Diagnostics;
using Hiring.Web.Infrastructure;
using Hiring.Web.Localization;

namespace Hiring.Web.Assessments;

/// <summary>
/// The simulation's call as audio, one clip per line, spoken by Debian's espeak-ng in the scenario's language (Mandarin for a
/// Chinese scenario) with the caller and the agent in different voices, and cached under data/sim-audio (one file per scenario
/// version and line, made on first use). A clip is served only once its line is due (the test page's CallLine handler), so the
/// call cannot be heard ahead. Where espeak-ng is not installed the page shows the call as a transcript.
/// </summary>
public sealed class MultitaskAudio(HiringPaths paths, IConfiguration configuration)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private string Espeak => configuration["Assessments:Espeak"] ?? "/usr/bin/espeak-ng";

    public bool Available => File.Exists(Espeak);

    /// <summary>Where the page asks for a line's clip: this address followed by the line's place in the call.</summary>
    public static string LinesUrl(Guid attemptId) => $"/Candidate/Tests/Take/{attemptId}/CallLine?line=";

    /// <summary>
    /// espeak-ng's arguments for one line: the language's voice (espeak-ng's <c>cmn</c> for Simplified Chinese, <c>en-gb</c>
    /// otherwise); the caller speaks with a female variant at a higher pitch, the agent with the default voice, lower.
    /// </summary>
    public static IReadOnlyList<string> Arguments(string language, string speaker, string file)
    {
        var voice = language == Cultures.ChineseSimplified ? "cmn" : "en-gb";
        var caller = speaker != "agent";
        return ["-v", caller ? voice + "+f3" : voice, "-p", caller ? "60" : "40", "-s", "150", "-w", file, "--stdin"];
    }

    /// <summary>The cached WAV file of one line, made on first use; null when espeak-ng is missing or fails.</summary>
    public async Task<string?> FileAsync(string scenarioId, int version, string language, SimLineView line, CancellationToken ct = default)
    {
        if (!Available) return null;
        var dir = Path.Combine(paths.Data, "sim-audio");
        var file = Path.Combine(dir, $"{scenarioId}-v{version}-{line.Index}.wav");
        if (File.Exists(file)) return file;
        await OneAtATime.WaitAsync(ct);
        try
        {
            if (File.Exists(file)) return file;
            Directory.CreateDirectory(dir);
            var temp = file + ".tmp";
            var start = new ProcessStartInfo(Espeak) { RedirectStandardInput = true, UseShellExecute = false };
            foreach (var arg in Arguments(language, line.Speaker, temp)) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            await process.StandardInput.WriteAsync(line.Text);
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
