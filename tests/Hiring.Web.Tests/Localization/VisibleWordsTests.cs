using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Hiring.Web.Seeding;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Security;

namespace Hiring.Web.Tests.Localization;

/// <summary>
/// No page shows people an internal identifier: no enum name ("TeamLeader", "ShortText",
/// "HiringManager", "ScoreDesc") and no bare competency code ("REL", "OWN") in visible text, for
/// every role, on every page it can reach (codes may stand in a legend that names them).
/// </summary>
public abstract partial class VisibleWordsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    /// <summary>Proper nouns and brands written in mixed case on purpose.</summary>
    private static readonly HashSet<string> ProperNouns = ["PostgreSQL", "JavaScript", "LinkedIn", "WhatsApp", "YouTube", "PayPal", "PowerPoint", "OneDrive", "FaceTime", "iPhone", "FreeOTP"];

    /// <summary>Pages no link leads to for this role in the demo data, each with its reason.</summary>
    private static readonly Dictionary<string, string> NotLinked = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Candidate/Tests/Take"] = "opens after the Start button's POST (the test-taking tests walk it)",
        ["/Candidate/Tests/Result"] = "exists once a test is submitted (the test-taking tests read it)",
        ["/Language"] = "has no page of its own: the switch posts to it and it redirects",
        ["/Error"] = "is shown by the exception handler outside Development",
        ["/Status"] = "is shown for an error status; the crawl opens /Status/404 itself",
        ["/Cvs/Download"] = "is a file, not a page",
        ["/Reports/Download"] = "is a PDF, not a page",
        ["/Account/Manage/TwoFactorRecoveryCodes"] = "follows setting up two-factor authentication (TwoFactorTests)",
        ["/Account/ResetPassword"] = "opens from the link in a password-reset mail (AccountTests follow it)",
        ["/Account/AcceptInvitation"] = "opens from the link in a staff invitation mail (StaffInvitationTests follow it)",
    };

    public static TheoryData<string> Everyone => new(AccessMatrix.Everyone);

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task No_page_shows_an_enum_name_or_a_bare_competency_code(string who)
    {
        var (crawl, visits) = await WalkAsync(who);

        var found = visits.SelectMany(v => Identifiers(v.Document).Select(word => $"{v.Url}: {word}")).Distinct().ToList();
        Assert.True(found.Count == 0, $"{who} sees internal identifiers:\n" + string.Join("\n", found.Take(60)));

        var missed = crawl.Pages.Select(p => p.Page).Distinct().Where(p => !NotLinked.ContainsKey(p) && visits.All(v => v.Page != p)).ToList();
        Assert.True(missed.Count == 0, $"{who}: pages the crawl did not reach: " + string.Join(", ", missed));
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task No_page_carries_inline_style_or_script_the_CSP_would_block(string who)
    {
        var (_, visits) = await WalkAsync(who);
        var found = visits.SelectMany(v => v.Document.QuerySelectorAll("[style], script:not([src]), [onclick], [onchange], [onload], [onsubmit]")
            .Select(e => $"{v.Url}: {e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]}")).Distinct().ToList();
        Assert.True(found.Count == 0, $"{who}: markup the CSP blocks:\n" + string.Join("\n", found.Take(40)));
    }

    private async Task<(PageCrawl, IReadOnlyList<PageCrawl.Visit>)> WalkAsync(string who)
    {
        var client = new PageClient(app);
        if (who != AccessMatrix.Anonymous) await client.LogInAsync(DemoEmail(who), "demo-password-2026");
        var crawl = new PageCrawl(app, client, who);
        return (crawl, await crawl.WalkAsync(["/Status/404", "/Status/429", "/Recruiting/Applications?sort=TestScoreDesc&test=Typing"]));
    }

    /// <summary>The words a person reads on the page (text, placeholders, button values) that look like identifiers.</summary>
    public static IEnumerable<string> Identifiers(IDocument page)
    {
        var text = VisibleText(page.Body!);
        foreach (Match m in PascalCase().Matches(text))
            if (!ProperNouns.Contains(m.Value) && !Surname().IsMatch(m.Value)) yield return InContext(text, m);
        foreach (Match m in Word().Matches(text))
            if (SeedRules.CompetencyKeys.Contains(m.Value)) yield return InContext(text, m);
    }

    /// <summary>"OnSite" in "… Manchester · OnSite · Early …": the word and what stands around it, to find it on the page.</summary>
    private static string InContext(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 30);
        var context = Regex.Replace(text.Substring(start, Math.Min(text.Length, m.Index + m.Length + 30) - start), @"\s+", " ");
        return $"{m.Value} in \"…{context}…\"";
    }

    public static string VisibleText(INode node)
    {
        var text = new StringBuilder();
        Walk(node);
        return text.ToString();

        void Walk(INode n)
        {
            if (n is IElement e)
            {
                if (e.LocalName is "script" or "style" or "template" || e.HasAttribute("hidden") || e.ClassList.Contains("legend-code")) return;
                foreach (var attribute in new[] { "placeholder", "title", "aria-label" })
                    if (e.GetAttribute(attribute) is { } value) text.Append(' ').Append(value).Append(' ');
                if (e.LocalName == "input" && e.GetAttribute("type") is "submit" or "button") text.Append(' ').Append(e.GetAttribute("value")).Append(' ');
            }
            if (n.NodeType == NodeType.Text) text.Append(n.TextContent).Append(' ');
            foreach (var child in n.ChildNodes) Walk(child);
        }
    }

    private static string DemoEmail(string role) => role == AccessMatrix.Manager ? "manager@demo.hiring.local" : $"{role.ToLowerInvariant()}@demo.hiring.local";

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b")]
    private static partial Regex PascalCase();

    /// <summary>Surnames like McClure, MacGyver, DuBuque, VonRueden, LeBlanc are names, not identifiers.</summary>
    [GeneratedRegex(@"^(Mc|Mac|Du|De|Di|La|Le|Van|Von|O)[A-Z][a-z]+$")]
    private static partial Regex Surname();

    /// <summary>A short capitalised word standing alone, not part of a reference like "INT-BEH-REL-1".</summary>
    [GeneratedRegex(@"(?<![\w-])[A-Z]{2,4}(?![\w-])")]
    private static partial Regex Word();
}

public class SqliteVisibleWordsTests(SqliteApp app) : VisibleWordsTests<SqliteApp>(app);
public class PostgresVisibleWordsTests(PostgresApp app) : VisibleWordsTests<PostgresApp>(app);
