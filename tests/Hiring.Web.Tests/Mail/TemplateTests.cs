using System.Net;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Mail;

public abstract class TemplateTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Theory]
    [InlineData(MailTemplateKeys.Rejection, "Dear {{ candidate_shoe_size }},", "candidate_shoe_size")]
    [InlineData(MailTemplateKeys.ApplicationReceived, "We decided: {{ reason }}", "reason")]
    [InlineData(MailTemplateKeys.Offer, "Hello {% if %}", "not valid Liquid")]
    [InlineData(MailTemplateKeys.Offer, "Hello {% include 'footer' %}", "cannot include")]
    [InlineData(MailTemplateKeys.Offer, "Hello {% render 'footer' %}", "cannot include")]
    [InlineData(MailTemplateKeys.Offer, "{% for i in (1..3000000) %}x{% endfor %}", "too many steps")]
    public async Task Template_using_a_field_its_mail_does_not_have_is_refused_when_saved(string key, string body, string message)
    {
        var admin = await AdminAsync();
        var before = await app.WithDbAsync(db => db.MailTemplates.AsNoTracking().SingleAsync(t => t.Key == key));
        var (_, form) = await admin.GetPageAsync($"/Admin/Mail/Edit?key={key}");

        var response = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Body"] = body });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await PageClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("Not saved", text);
        Assert.Contains(message, text);
        Assert.Equal(before.Body, await app.WithDbAsync(db => db.MailTemplates.Where(t => t.Key == key).Select(t => t.Body).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_template_is_explained_in_the_readers_language()
    {
        var admin = await AdminAsync();
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        var (_, form) = await admin.GetPageAsync($"/Admin/Mail/Edit?key={MailTemplateKeys.Offer}");

        var response = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Body"] = "{% render 'footer' %}" });

        var text = (await PageClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("未保存：正文使用了 {% include %} 或 {% render %}", text);
    }

    [Fact]
    public async Task Admin_edits_a_template_and_the_next_mail_uses_it()
    {
        var admin = await AdminAsync();
        var (_, form) = await admin.GetPageAsync($"/Admin/Mail/Edit?key={MailTemplateKeys.ApplicationReceived}");
        var saved = await admin.SubmitAsync(form, new Dictionary<string, string>
            { ["Input.Subject"] = "Thanks, {{ candidate_name }}", ["Input.Body"] = "We have your application for {{ post_title }}." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var post = await Given.PostAsync(app);
        var (email, client) = await Given.CandidateAsync(app);
        await Hiring.Web.Tests.Candidate.Applying.ApplyAsync(client, post.Id);
        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Equal("Thanks, Dana Kowalska", mail.Subject);
        Assert.Equal($"We have your application for {post.Title}.", mail.TextBody.Trim());
    }

    [Fact]
    public async Task The_chinese_template_is_edited_on_its_own_page_with_a_preview_of_both_parts()
    {
        var admin = await AdminAsync();
        var (_, page) = await admin.GetPageAsync($"/Admin/Mail/Edit?key=zh-Hans/{MailTemplateKeys.Rejection}");

        Assert.Contains("很遗憾", page.QuerySelector("[data-part=text]")!.TextContent);
        Assert.Contains("<p>sample reason</p>", page.QuerySelector("[data-part=html]")!.InnerHtml);
        Assert.Contains("{{ reason }}", page.QuerySelector("textarea")!.TextContent);
    }

    private async Task<PageClient> AdminAsync()
    {
        var client = new PageClient(app);
        await client.LogInAsync("admin@demo.hiring.local", Given.DemoPassword);
        return client;
    }
}

public class TemplateTests_Sqlite(RecruitingSqliteApp app) : TemplateTests<RecruitingSqliteApp>(app);
public class TemplateTests_Postgres(RecruitingPostgresApp app) : TemplateTests<RecruitingPostgresApp>(app);
