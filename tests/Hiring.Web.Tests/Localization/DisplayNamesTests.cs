using System.Globalization;
using Hiring.Core.Assessments;
using Hiring.Core.Interviews;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Localization;
using Hiring.Web.Recruiting;
using Hiring.Web.Seeding;

namespace Hiring.Web.Tests.Localization;

/// <summary>Every enum value, role, category and competency code that people see has a name in every language we speak.</summary>
public class DisplayNamesTests
{
    private static readonly Type[] Shown = [typeof(PostType), typeof(WorkMode), typeof(PostStatus), typeof(TestKind), typeof(Stage),
        typeof(QuestionKind), typeof(ApplicationSort), typeof(Recommendation), typeof(InterviewStatus), typeof(MailStatus), typeof(ErasureStatus)];

    public static IEnumerable<object[]> Languages => Cultures.Supported.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_shown_value_has_a_name(string culture)
    {
        var keys = Shown.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}"))
            .Concat(Roles.All.Select(r => $"Role.{r}"))
            .Concat(SeedRules.InterviewCategories.Select(c => $"Category.{c}"))
            .Concat(SeedRules.CompetencyKeys.Select(c => $"Competency.{c}"));
        var missing = InCulture(culture, () => keys.Where(k => !DisplayNames.Has(k)).ToList());
        Assert.True(missing.Count == 0, "No name for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Names_are_words_in_the_readers_language()
    {
        Assert.Equal("Team leader", InCulture("en", () => DisplayNames.Of(PostType.TeamLeader)));
        Assert.Equal("Hiring manager", InCulture("en", () => DisplayNames.Role(Roles.HiringManager)));
        Assert.Equal("Reliability and discipline, Problem solving and ownership", InCulture("en", () => DisplayNames.Competencies(["REL", "OWN"])));
        Assert.Equal("班组长", InCulture("zh-Hans", () => DisplayNames.Of(PostType.TeamLeader)));
        Assert.Equal("积极地说“不”", InCulture("zh-CN", () => DisplayNames.Competency("NO")));
    }

    private static T InCulture<T>(string culture, Func<T> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return work(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
