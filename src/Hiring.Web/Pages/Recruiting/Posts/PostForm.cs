using System.ComponentModel.DataAnnotations;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Posts;

/// <summary>The post editor's form: the post's fields, one battery row per test kind, and custom questions.</summary>
public class PostForm
{
    [Required(ErrorMessage = "Give the post a title."), StringLength(200), NoMarkup]
    public string Title { get; set; } = "";
    public PostType PostType { get; set; } = PostType.Inbound;
    public WorkMode WorkMode { get; set; } = WorkMode.OnSite;
    /// <summary>The language the post is published and tested in; an unknown value is read as English.</summary>
    public string Language { get; set; } = Localization.Cultures.English;
    [Required(ErrorMessage = "Say where the post is based (or 'Remote (UK)')."), StringLength(200), NoMarkup]
    public string Site { get; set; } = "";
    [Required(ErrorMessage = "List the shifts, separated by commas."), StringLength(200), NoMarkup]
    public string Shifts { get; set; } = "";
    [Required(ErrorMessage = "List the languages, separated by commas."), StringLength(200), NoMarkup]
    public string Languages { get; set; } = "English";
    [StringLength(100), NoMarkup] public string? SalaryBand { get; set; }
    [Required(ErrorMessage = "Describe the post."), StringLength(20_000)]
    public string Description { get; set; } = "";
    [DataType(DataType.Date)] public DateTime? ClosingDate { get; set; }
    [Range(1, 60, ErrorMessage = "Give between 1 and 60 days to finish the tests.")]
    public int CompleteTestsWithinDays { get; set; } = BatteryDefaults.CompleteWithinDays;
    public List<BatteryRow> Battery { get; set; } = [];
    public List<QuestionRow> Questions { get; set; } = [];

    public class BatteryRow
    {
        public TestKind Kind { get; set; }
        public bool Included { get; set; }
        [Range(1, 120, ErrorMessage = "Time limit: 1-120 minutes.")] public int TimeLimitMinutes { get; set; }
        [Range(0d, 150d, ErrorMessage = "Pass mark: 0-150.")] public double PassMark { get; set; }
        /// <summary>Percent of the composite (the entity keeps a fraction).</summary>
        [Range(0d, 100d, ErrorMessage = "Weight: 0-100 %.")] public double WeightPercent { get; set; }
        public bool CreditOutages { get; set; }
    }

    public class QuestionRow
    {
        [StringLength(500), NoMarkup] public string? Text { get; set; }
        public QuestionKind Kind { get; set; }
        public bool Required { get; set; }
        [StringLength(2000), NoMarkup] public string? Options { get; set; }
        [StringLength(1000), NoMarkup] public string? KnockOutAnswers { get; set; }
        public double? KnockOutBelow { get; set; }
    }

    public static List<BatteryRow> DefaultBattery(PostType type, string language = Localization.Cultures.English) => [.. Enum.GetValues<TestKind>().Select(kind =>
        BatteryDefaults.For(type, Core.Assessments.Typing.TypingUnits.ForLanguage(language)).FirstOrDefault(t => t.Kind == kind) is { } d
            ? new BatteryRow { Kind = kind, Included = true, TimeLimitMinutes = d.TimeLimitMinutes, PassMark = d.PassMark, WeightPercent = d.Weight * 100 }
            : new BatteryRow { Kind = kind, Included = false, TimeLimitMinutes = kind == TestKind.Multitask ? MultitaskScenarios.DefaultMinutes(type) : 20, PassMark = 60 })];

    private static BatteryRow Excluded(PostType type, TestKind kind)
    {
        var row = DefaultBattery(type).First(d => d.Kind == kind);
        row.Included = false;
        return row;
    }

    /// <summary>Rule checks beyond the attributes: weights add up, choice questions have options, typing pass marks in WPM.</summary>
    public IEnumerable<(string Field, string Message)> Problems(IStringLocalizer text)
    {
        var included = Battery.Where(b => b.Included).ToList();
        if (included.Count > 0 && Math.Abs(included.Sum(b => b.WeightPercent) - 100) > 0.01)
            yield return ("Battery", text["The weights of the chosen tests add up to {0:0.##} %; make them add up to 100 %.", included.Sum(b => b.WeightPercent)]);
        foreach (var (b, i) in Battery.Select((b, i) => (b, i)))
            if (b.Included && b.Kind != TestKind.Typing && b.PassMark > 100)
                yield return ($"Battery[{i}].PassMark", text["{0}: the pass mark is a percentage (0-100).", DisplayNames.Of(b.Kind)]);
        foreach (var (q, i) in Questions.Select((q, i) => (q, i)).Where(x => !string.IsNullOrWhiteSpace(x.q.Text)))
            if (q.Kind == QuestionKind.Choice && Lines(q.Options).Length < 2)
                yield return ($"Questions[{i}].Options", text["A choice question needs at least two options, one per line."]);
    }

    public static PostForm From(Post p) => new()
    {
        Title = p.Title, PostType = p.PostType, WorkMode = p.WorkMode, Language = p.Language, Site = p.Site, Shifts = p.Shifts, Languages = p.Languages,
        SalaryBand = p.SalaryBand, Description = p.Description, ClosingDate = p.ClosingDate, CompleteTestsWithinDays = p.CompleteTestsWithinDays,
        Battery = [.. Enum.GetValues<TestKind>().Select(kind => p.Battery.FirstOrDefault(t => t.Kind == kind && !t.Retired) is { } t
            ? new BatteryRow { Kind = kind, Included = true, TimeLimitMinutes = t.TimeLimitMinutes, PassMark = t.PassMark, WeightPercent = Math.Round(t.Weight * 100, 2), CreditOutages = t.CreditOutages }
            : Excluded(p.PostType, kind))],
        Questions = [.. p.Questions.OrderBy(q => q.Order).Select(q => new QuestionRow
            { Text = q.Text, Kind = q.Kind, Required = q.Required, Options = q.Options, KnockOutAnswers = q.KnockOutAnswers, KnockOutBelow = q.KnockOutBelow })],
    };

    /// <summary>Copies the form onto <paramref name="p"/>; battery rows (by kind) and questions (by row) are updated in place.</summary>
    public void ApplyTo(Post p)
    {
        p.Title = TextInput.Clean(Title); p.PostType = PostType; p.WorkMode = WorkMode; p.Site = TextInput.Clean(Site);
        p.Language = Localization.Cultures.Banks.FirstOrDefault(c => string.Equals(c, Language, StringComparison.OrdinalIgnoreCase)) ?? Localization.Cultures.English;
        p.Shifts = TextInput.Clean(Shifts); p.Languages = TextInput.Clean(Languages);
        p.SalaryBand = string.IsNullOrWhiteSpace(SalaryBand) ? null : TextInput.Clean(SalaryBand);
        p.Description = TextInput.Clean(Description); p.ClosingDate = ClosingDate?.Date is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
        p.CompleteTestsWithinDays = CompleteTestsWithinDays;
        // A kept test keeps its row: attempts point at it, and each attempt copied its form, time limit, pass mark,
        // weight and outage rule when it started, so only attempts started from now on see the new values.
        // An unticked test is retired, not deleted, for the same attempts; ticked again, it comes back.
        foreach (var t in p.Battery) t.Retired = !Battery.Any(b => b.Included && b.Kind == t.Kind);
        foreach (var b in Battery.Where(b => b.Included))
        {
            var t = p.Battery.FirstOrDefault(t => t.Kind == b.Kind);
            if (t is null) p.Battery.Add(t = new BatteryTest { Kind = b.Kind });
            (t.TimeLimitMinutes, t.PassMark, t.Weight, t.CreditOutages) = (b.TimeLimitMinutes, b.PassMark, b.WeightPercent / 100, b.CreditOutages);
        }
        // Questions too are updated in place, row by row (the editor lists them in order): candidates' answers point at them.
        var existing = p.Questions.OrderBy(q => q.Order).ToList();
        var order = 0;
        foreach (var (row, i) in Questions.Select((q, i) => (q, i)))
        {
            var question = i < existing.Count ? existing[i] : null;
            if (string.IsNullOrWhiteSpace(row.Text)) { if (question is not null) p.Questions.Remove(question); continue; }
            if (question is null) p.Questions.Add(question = new PostQuestion { Text = "" });
            (question.Order, question.Text, question.Kind, question.Required) = (order++, TextInput.Clean(row.Text), row.Kind, row.Required);
            (question.Options, question.KnockOutAnswers, question.KnockOutBelow) =
                (string.Join('\n', Lines(row.Options)), string.Join('\n', Lines(row.KnockOutAnswers)), row.KnockOutBelow);
        }
    }

    private static string[] Lines(string? s) => (s ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
