using System.Globalization;
using System.Net;
using Hiring.Web.Localization;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Localization;

/// <summary>Which language a page is in: the user's saved choice, the switch's cookie, then the browser's Accept-Language.</summary>
public abstract class LanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string DemoPassword = "demo-password-2026";

    [Fact]
    public async Task English_is_the_default_and_html_lang_says_so()
    {
        var (_, page) = await new PageClient(app).GetPageAsync("/Careers");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_browser_asking_for_Chinese_gets_simplified_Chinese()
    {
        var client = new PageClient(app);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        var (_, page) = await client.GetPageAsync("/Careers");
        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_browser_asking_for_Taiwanese_Chinese_gets_traditional_Chinese()
    {
        var client = new PageClient(app);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-TW,zh;q=0.9,en;q=0.5");
        var (_, page) = await client.GetPageAsync("/Careers");
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("在招職位", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Traditional_Chinese_is_on_the_switch_and_reads_in_traditional_characters()
    {
        var client = new PageClient(app);
        var (_, english) = await client.GetPageAsync("/Careers");
        Assert.Contains("中文（繁體）", english.QuerySelector("form.language-switch")!.TextContent);

        await client.SubmitAsync(english, new Dictionary<string, string> { ["culture"] = "zh-Hant" }, "form.language-switch");
        var (_, page) = await client.GetPageAsync("/Careers");

        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("在招職位", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("班組長", page.QuerySelector("select#type")!.TextContent);
        Assert.DoesNotContain("在招职位", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_switch_on_every_page_changes_the_language_and_comes_back_to_the_page()
    {
        var client = new PageClient(app);
        var (_, page) = await client.GetPageAsync("/Careers?q=agent");
        var switched = await client.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Careers?q=agent", switched.Headers.Location!.OriginalString);
        var (_, after) = await client.GetPageAsync("/Careers?q=agent");
        Assert.Equal("zh-Hans", after.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_converted_page_reads_in_Chinese_after_the_switch_and_in_English_before()
    {
        var client = new PageClient(app);
        var (_, english) = await client.GetPageAsync("/Careers");
        Assert.Equal("Open posts", english.QuerySelector("h1")!.TextContent);

        await client.SubmitAsync(english, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        var (_, chinese) = await client.GetPageAsync("/Careers");

        Assert.Equal("zh-Hans", chinese.DocumentElement.GetAttribute("lang"));
        Assert.Equal("在招职位", chinese.QuerySelector("h1")!.TextContent);
        Assert.Contains("招聘职位", chinese.QuerySelector("nav")!.TextContent);
        Assert.Contains("呼入客服", chinese.QuerySelector("select#type")!.TextContent);
        Assert.Contains("English", chinese.QuerySelector("form.language-switch")!.TextContent);
        Assert.DoesNotContain("Open posts", chinese.Body!.TextContent);
    }

    [Fact]
    public async Task The_switch_refuses_a_language_we_do_not_speak_and_an_address_elsewhere()
    {
        var client = new PageClient(app);
        var (_, page) = await client.GetPageAsync("/Careers");
        var switched = await client.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "https://evil.example/" }, "form.language-switch");
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        var (_, after) = await client.GetPageAsync("/Careers");
        Assert.Equal("en", after.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_signed_in_users_choice_is_saved_and_wins_over_the_browser_on_another_device()
    {
        var email = "interviewer@demo.hiring.local";
        var first = new PageClient(app);
        await first.LogInAsync(email, DemoPassword);
        var (_, page) = await first.GetPageAsync("/Interviews");
        await first.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        Assert.Equal("zh-Hans", await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Culture).SingleAsync()));

        var other = new PageClient(app);
        other.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        await other.LogInAsync(email, DemoPassword);
        var (_, there) = await other.GetPageAsync("/Interviews");
        Assert.Equal("zh-Hans", there.DocumentElement.GetAttribute("lang"));

        await app.WithDbAsync(async db => await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, (string?)null)));
    }

    [Theory]
    [InlineData("en", "The Confirm password field is required.")]
    [InlineData("zh-Hans", "请填写确认密码。")]
    public async Task A_missing_field_is_named_in_words_in_the_readers_language(string culture, string message)
    {
        var client = new PageClient(app);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var (_, page) = await client.GetPageAsync("/Account/Register");
        var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Wen Li", ["Input.Email"] = "wen.li@example.test", ["Input.Password"] = "a long enough password", ["Input.ConfirmPassword"] = "",
        });
        var text = (await PageClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains(message, text);
        Assert.DoesNotContain("ConfirmPassword", text);
    }

    [Fact]
    public async Task A_forms_own_messages_are_in_the_readers_language()
    {
        var client = new PageClient(app);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var (_, page) = await client.GetPageAsync("/Account/Register");
        var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Email"] = "not an address", ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "other",
        });
        var text = (await PageClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("请输入姓名。", text);
        Assert.Contains("请输入有效的邮箱地址。", text);
        Assert.Contains("密码至少需要 12 个字符。", text);
        Assert.Contains("两次输入的密码不一致。", text);
    }

    [Fact]
    public async Task Identity_errors_are_in_the_readers_language()
    {
        using var scope = app.Services.CreateScope();
        var describer = scope.ServiceProvider.GetRequiredService<IdentityErrorDescriber>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Passwords must be at least 12 characters.", describer.PasswordTooShort(12).Description);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.ChineseSimplified);
            Assert.Equal("密码至少需要 12 个字符。", describer.PasswordTooShort(12).Description);
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}

public class SqliteLanguageTests(SqliteApp app) : LanguageTests<SqliteApp>(app);
public class PostgresLanguageTests(PostgresApp app) : LanguageTests<PostgresApp>(app);
