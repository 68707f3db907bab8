namespace Hiring.Web.Seeding;

/// <summary>A seed file that cannot be loaded. The message names the file, the line, the path and the problem.</summary>
public sealed class SeedFileException(string file, int? line, string path, string problem)
    : Exception($"Seed file {file}{(line is null ? "" : $", line {line}")}{(path.Length == 0 ? "" : $", at {path}")}: {problem}")
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string PathInFile { get; } = path;
    public string Problem { get; } = problem;
}
