using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Hiring.Web.Tests.Mail;

/// <summary>Mails in the recipient's language, read back as the MIME the SMTP server received.</summary>
public abstract class MailLanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task A_candidate_who_chose_chinese_gets_the_chinese_rejection_with_the_reason_as_its_own_sentence()
    {
        var (email, mail) = await SendAsync("zh-Hans", MailTemplateKeys.Rejection, "测评成绩未达到合格线");

        Assert.StartsWith("关于您应聘", mail.Subject);
        Assert.Contains("很遗憾您的申请暂未进入下一轮。我们记录的原因如下：\n\n测评成绩未达到合格线。\n", Text(mail));
        Assert.Equal(email, mail.To.Mailboxes.Single().Address);
        // One template, two parts: the HTML is the same text, in Chinese, with the reason as its own paragraph.
        Assert.Equal("multipart/alternative", mail.Body.ContentType.MimeType);
        Assert.Contains("<html lang=\"zh-Hans\">", mail.HtmlBody);
        Assert.Contains("<p>测评成绩未达到合格线。</p>", mail.HtmlBody);
    }

    [Fact]
    public async Task A_candidate_who_chose_traditional_chinese_gets_the_traditional_rejection()
    {
        var (_, mail) = await SendAsync("zh-Hant", MailTemplateKeys.Rejection, "測評成績未達到合格線");

        Assert.StartsWith("關於您應聘", mail.Subject);
        Assert.Contains("很遺憾您的申請暫未進入下一輪。", Text(mail));
        Assert.Contains("<html lang=\"zh-Hant\">", mail.HtmlBody);
    }

    [Fact]
    public async Task An_english_candidate_gets_the_english_rejection_with_the_reason_capitalised_on_its_own_line()
    {
        var (_, mail) = await SendAsync(null, MailTemplateKeys.Rejection, "tests below the pass mark");

        Assert.StartsWith("Your application for", mail.Subject);
        Assert.Contains("The reason we noted:\n\nTests below the pass mark.\n", Text(mail));
    }

    [Fact]
    public async Task The_test_invitation_asks_for_a_reply_only_when_replies_go_somewhere_and_says_so_in_the_header()
    {
        var (_, english) = await SendAsync(null, MailTemplateKeys.TestInvitation, null);
        var (_, chinese) = await SendAsync("zh-Hans", MailTemplateKeys.TestInvitation, null);

        Assert.Equal(MailLanguageSettings.ReplyTo, english.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("ask for it on your application page before you start, or reply to this mail.", Text(english));
        Assert.Contains("请在开始测评前通过申请页面提出，也可以直接回复本邮件。", Text(chinese));
        // The deadline in the interview time zone, in each language's own way of writing a date.
        Assert.EndsWith("Thursday 2 July 2026 at 00:00 (Asia/Shanghai)", english.Subject);
        Assert.EndsWith("2026年7月2日 星期四 00:00 (Asia/Shanghai)前完成", chinese.Subject);
    }

    [Fact]
    public async Task The_test_invitation_says_before_the_tests_that_typing_needs_a_physical_keyboard()
    {
        var (_, english) = await SendAsync(null, MailTemplateKeys.TestInvitation, null);
        var (_, chinese) = await SendAsync("zh-Hans", MailTemplateKeys.TestInvitation, null);

        Assert.Contains("Before you start one, check that you have what it needs:\n- Typing: Needs a computer with a physical keyboard: a phone's or tablet's on-screen keyboard will not do.\n", Text(english));
        Assert.Contains("<li>Typing: Needs a computer with a physical keyboard", english.HtmlBody);
        Assert.Contains("请确认您已准备好所需的设备：\n- 打字：需要使用带实体键盘的电脑：", Text(chinese));
    }

    [Fact]
    public async Task A_chinese_posts_invitation_asks_for_a_chinese_input_method_in_the_readers_language()
    {
        var post = await Given.PostAsync(app);
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Language, Web.Localization.Cultures.ChineseSimplified)));

        var (_, chinese) = await SendAsync("zh-Hans", MailTemplateKeys.TestInvitation, null, post);
        var (_, english) = await SendAsync(null, MailTemplateKeys.TestInvitation, null, post);

        Assert.Contains("- 打字：需要使用带实体键盘并装有中文输入法（如拼音）的电脑", Text(chinese));
        Assert.Contains("- Typing: Needs a computer with a physical keyboard and a Chinese input method (pinyin, for example)", Text(english));
    }

    [Fact]
    public async Task An_invitation_to_tests_that_work_on_a_phone_names_no_equipment()
    {
        var (_, mail) = await SendAsync(null, MailTemplateKeys.TestInvitation, null, await Given.PostAsync(app, Hiring.Core.Assessments.PostType.TeamLeader));

        Assert.DoesNotContain("cannot be taken on a phone", Text(mail));
        Assert.DoesNotContain("keyboard", Text(mail));
        Assert.Contains("Sign in to see your tests:", Text(mail));
    }

    [Fact]
    public async Task A_language_without_the_template_falls_back_to_english()
    {
        await app.WithDbAsync(db => db.MailTemplates.Where(t => t.Key == "zh-Hans/" + MailTemplateKeys.Offer).ExecuteDeleteAsync());

        var (_, mail) = await SendAsync("zh-Hans", MailTemplateKeys.Offer, null);

        Assert.StartsWith("An offer for", mail.Subject);
        Assert.Contains(Logs(app).Lines, l => l.StartsWith("Warning") && l.Contains("offer has no zh-Hans version"));
    }

    private static LogCapture Logs(HiringApp app) => ((IMailLanguageApp)app).Log;

    [Theory]
    [InlineData("zh-Hans", "岗位面试通知", "诚邀您参加", "2026年7月2日 星期四 00:00–00:45 (Asia/Shanghai)", "请直接回复本邮件")]
    [InlineData("en", "Your interview for", "We would like to invite you", "Thursday 2 July 2026, 00:00–00:45 (Asia/Shanghai)", "reply to this mail")]
    public async Task An_interview_invitation_and_its_calendar_entry_are_in_the_candidates_language(
        string culture, string subject, string opening, string when, string reply)
    {
        var post = await Given.PostAsync(app);
        var (id, email) = await Given.ApplicationAsync(app, post, Stage.Interview);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
            await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, culture));
            var start = new DateTime(2026, 7, 1, 16, 0, 0, DateTimeKind.Utc);
            var interview = new Domain.Interview { ApplicationId = id, StartsAt = start, EndsAt = start.AddMinutes(45), Location = "Room 2", CalendarUid = $"{Guid.NewGuid():N}@test" };
            await scope.ServiceProvider.GetRequiredService<Web.Interviews.InterviewInvites>().QueueAsync(interview, Web.Interviews.InterviewInvites.Change.Booked, [], toCandidate: true);
            await db.SaveChangesAsync();
        }

        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Contains(subject, mail.Subject);
        Assert.Contains(opening, Text(mail));
        Assert.Contains(when, Text(mail));
        Assert.Contains(reply, Text(mail));
        var ics = mail.Attachments.OfType<MimePart>().Single(a => a.FileName == "invite.ics");
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var entry = calendar.Events.Single();
        Assert.Contains(subject, entry.Summary);
        Assert.Contains(opening, entry.Description);
    }

    private async Task<(string Email, MimeMessage Mail)> SendAsync(string? culture, string key, string? reason, Domain.Post? post = null)
    {
        post ??= await Given.PostAsync(app);
        var (id, email) = await Given.ApplicationAsync(app, post, Stage.Testing, testsDueAt: new DateTime(2026, 7, 1, 16, 0, 0, DateTimeKind.Utc));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
            await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, culture));
            var application = await db.Applications.Include(a => a.Post).Include(a => a.Candidate).SingleAsync(a => a.Id == id);
            await scope.ServiceProvider.GetRequiredService<MailOutbox>().EnqueueAsync(key, application, reason);
            await db.SaveChangesAsync();
        }
        return (email, await app.Smtp.WaitForMessageAsync(email));
    }

    private static string Text(MimeMessage mail) => (mail.TextBody ?? "").Replace("\r\n", "\n");
}

public static class MailLanguageSettings
{
    public const string ReplyTo = "recruitment@example.com";
    public static Dictionary<string, string?> WithReplyTo =>
        new(RecruitingSettings.Fast) { ["Mail:ReplyTo"] = ReplyTo, ["Interviews:TimeZone"] = "Asia/Shanghai" };
}

public interface IMailLanguageApp
{
    LogCapture Log { get; }
}

public class MailLanguageSqliteApp : RecruitingSqliteApp, IMailLanguageApp
{
    public LogCapture Log { get; } = new();
    protected override IDictionary<string, string?> Settings => MailLanguageSettings.WithReplyTo;
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(Log));
    }
}

public class MailLanguagePostgresApp : RecruitingPostgresApp, IMailLanguageApp
{
    public LogCapture Log { get; } = new();
    protected override IDictionary<string, string?> Settings => MailLanguageSettings.WithReplyTo;
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(Log));
    }
}

public class MailLanguageTests_Sqlite(MailLanguageSqliteApp app) : MailLanguageTests<MailLanguageSqliteApp>(app);
public class MailLanguageTests_Postgres(MailLanguagePostgresApp app) : MailLanguageTests<MailLanguagePostgresApp>(app);
