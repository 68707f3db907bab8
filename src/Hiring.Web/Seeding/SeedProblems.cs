namespace Hiring.Web.Seeding;

/// <summary>Collects rule violations in a seed file, each with its path (e.g. items[3].options[2].rating).</summary>
public sealed class SeedProblems
{
    public sealed record Problem(IReadOnlyList<object> Path, string Message)
    {
        public string PathText => string.Concat(Path.Select((p, i) => p is int n ? $"[{n}]" : (i == 0 ? $"{p}" : $".{p}")));
    }

    private readonly List<Problem> _problems = [];
    public Problem? First => _problems.Count > 0 ? _problems[0] : null;
    public IReadOnlyList<Problem> All => _problems;

    public void Add(string message, params object[] path) => _problems.Add(new Problem(path, message));

    public void Require(bool condition, string message, params object[] path)
    {
        if (!condition) Add(message, path);
    }
}
