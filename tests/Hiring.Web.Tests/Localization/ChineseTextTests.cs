using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Hiring.Core.Assessments;
using Hiring.Web.Tests.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Security;

namespace Hiring.Web.Tests.Localization;

/// <summary>
/// A reader who asks for Chinese meets no English sentence on the converted pages: no run of three or
/// more Latin words in visible text, leaving out content people wrote (posts, bank items, names, mail
/// templates: marked <c>data-content</c> in the markup) and the proper nouns below.
/// </summary>
public abstract partial class ChineseTextTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
        /// <summary>Proper nouns of three words or more that stay in Latin letters in Chinese text.</summary>
    private static readonly string[] ProperNouns = ["Google Authenticator", "Microsoft Authenticator"];

    public static TheoryData<string> Everyone => new(AccessMatrix.Everyone);

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Converted_pages_show_no_English_sentence_in_Chinese(string who)
    {
        // Chosen with the language switch (saved on the account when signed in), so it outranks an English post's own language.
        var client = Chinese(new PageClient(app));
        if (who != AccessMatrix.Anonymous) await client.LogInAsync(DemoEmail(who), "demo-password-2026");
        var (_, start) = await client.GetPageAsync("/Careers");
        await client.SubmitAsync(start, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        var visits = await new PageCrawl(app, client, who).WalkAsync(["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResendConfirmation"]);
        var found = visits
            .SelectMany(v => EnglishRuns(v.Document).Select(run => $"{v.Url}: {run}")).Distinct().ToList();
        Assert.True(found.Count == 0, $"{who} reads English on Chinese pages:\n" + string.Join("\n", found.Take(80)));
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task English_pages_show_no_Chinese_outside_content(string who)
    {
        var client = new PageClient(app);
        if (who != AccessMatrix.Anonymous) await client.LogInAsync(DemoEmail(who), "demo-password-2026");
        var (_, start) = await client.GetPageAsync("/Careers");
        await client.SubmitAsync(start, new Dictionary<string, string> { ["culture"] = "en" }, "form.language-switch");
        var visits = await new PageCrawl(app, client, who).WalkAsync(["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResendConfirmation"]);
        // The language switch, and any language named in its own script, is marked with its lang attribute, on purpose.
        var found = visits.SelectMany(v => ChineseRuns(v.Document).Select(run => $"{v.Url}: {run}")).Distinct().ToList();
        Assert.True(found.Count == 0, $"{who} reads Chinese on English pages:\n" + string.Join("\n", found.Take(80)));
    }

    private static IEnumerable<string> ChineseRuns(IDocument page)
    {
        var copy = (IElement)page.Body!.Clone();
        foreach (var skip in copy.QuerySelectorAll("[data-content], textarea, form.language-switch, [lang^=zh]").ToList()) skip.Remove();
        return Han().Matches(VisibleWordsTests<TApp>.VisibleText(copy)).Select(m => m.Value);
    }

    [GeneratedRegex(@"[\u3400-\u9FFF\uF900-\uFAFF][\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*")]
    private static partial Regex Han();

    [Theory]
    [InlineData(TestKind.Sjt)]
    [InlineData(TestKind.Reading)]
    [InlineData(TestKind.Literacy)]
    [InlineData(TestKind.Multitask)]
    public async Task The_test_page_and_its_result_show_no_English_sentence_in_Chinese(TestKind kind)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (kind, 20, 60, 1));
        // Chosen with the language switch: on a test page the post's own language (English here) outranks the browser's.
        var (_, home) = await taker.Client.GetPageAsync("/Candidate/Tests");
        await taker.Client.SubmitAsync(home, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        var id = await taker.StartAsync(kind);
        var (_, take) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        var found = EnglishRuns(take).Select(r => $"take: {r}").ToList();
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(take.QuerySelector("#test-texts")!.GetAttribute("data-texts")!)!;
        found.AddRange(texts.Values.SelectMany(Runs).Select(r => $"script text: {r}"));

        var submitted = await taker.SubmitFormAsync(id);
        var (_, result) = await taker.Client.GetPageAsync(submitted.Headers.Location!.OriginalString);
        found.AddRange(EnglishRuns(result).Select(r => $"result: {r}"));
        Assert.True(found.Count == 0, $"{kind} in Chinese reads English:\n" + string.Join("\n", found.Distinct()));
    }

    [Fact]
    public void A_run_of_three_English_words_is_found_and_a_name_or_an_address_is_not()
    {
        Assert.Equal(["Save your answers"], Runs("请 Save your answers。"));
        Assert.Empty(Runs("张伟 Mary Smith · mary.smith@example.com · 2026年12月5日"));
        Assert.Empty(Runs("用 Google Authenticator 扫描"));
    }

    /// <summary>Runs of English words the reader sees, outside content people wrote and form values.</summary>
    public static IEnumerable<string> EnglishRuns(IDocument page) => Runs(VisibleWordsTests<TApp>.VisibleText(Interface(page.Body!)));

    private static INode Interface(IElement body)
    {
        var copy = (IElement)body.Clone();
        foreach (var content in copy.QuerySelectorAll("[data-content], textarea").ToList()) content.Remove();
        return copy;
    }

    public static List<string> Runs(string text)
    {
        foreach (var noun in ProperNouns) text = text.Replace(noun, " ");
        text = Email().Replace(text, " ");
        return EnglishRun().Matches(text).Select(m => Regex.Replace(m.Value, @"\s+", " ")).ToList();
    }

    private static PageClient Chinese(PageClient client)
    {
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        return client;
    }

    private static string DemoEmail(string role) => role == AccessMatrix.Manager ? "manager@demo.hiring.local" : $"{role.ToLowerInvariant()}@demo.hiring.local";

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex Email();

    /// <summary>Three or more Latin words in a row, with spaces (and perhaps punctuation) between them.</summary>
    [GeneratedRegex(@"(?<![\w'’-])[A-Za-z][A-Za-z'’-]*(?:[,;:.!?()“”""]*\s+[(“""]*[A-Za-z][A-Za-z'’-]*){2,}")]
    private static partial Regex EnglishRun();
}

public class SqliteChineseTextTests(SqliteApp app) : ChineseTextTests<SqliteApp>(app);
public class PostgresChineseTextTests(PostgresApp app) : ChineseTextTests<PostgresApp>(app);
