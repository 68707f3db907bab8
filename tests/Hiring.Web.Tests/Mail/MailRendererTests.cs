using Hiring.Web.Mail;

namespace Hiring.Web.Tests.Mail;

public class MailRendererTests
{
    [Fact]
    public void Fields_are_filled_in_subject_and_body()
    {
        var mail = MailRenderer.Render("Tests for {{ post_title }}", "Hello {{ candidate_name }}, finish by {{ tests_deadline }}.",
            new Dictionary<string, string?> { ["post_title"] = "Inbound Agent", ["candidate_name"] = "Zoë", ["tests_deadline"] = "Friday 27 November 2026" });
        Assert.Equal("Tests for Inbound Agent", mail.Subject);
        Assert.Equal("Hello Zoë, finish by Friday 27 November 2026.\n", mail.Body);
    }

    [Theory]
    [InlineData("", "write to us on your application page")]
    [InlineData("team@example.com", "reply to this mail")]
    public void An_empty_reply_to_is_a_value_a_template_can_test_for(string replyTo, string expected)
    {
        var mail = MailRenderer.Render("Tests", """{% if reply_to != "" %}reply to this mail{% else %}write to us on your application page{% endif %}""",
            new Dictionary<string, string?> { [MailTemplateKeys.ReplyTo] = replyTo });
        Assert.Equal(expected + "\n", mail.Body);
    }

    [Fact]
    public void A_field_without_a_value_for_this_application_is_refused_not_left_blank()
    {
        var e = Assert.Throws<MailTemplateException>(() => MailRenderer.Render("Tests", "Finish by {{ tests_deadline }}.",
            new Dictionary<string, string?> { ["tests_deadline"] = null, ["candidate_name"] = "Zoë" }));
        Assert.Contains("{{ tests_deadline }}", e.Message);
    }

    [Fact]
    public void Check_accepts_every_seed_field_of_the_key_and_names_a_foreign_one()
    {
        Assert.Null(MailRenderer.Check(MailTemplateKeys.Rejection, "About {{ post_title }}", "{{ candidate_name }}: {{ reason }}"));
        Assert.Contains("{{ tests_deadline }}", MailRenderer.Check(MailTemplateKeys.Rejection, "About {{ post_title }}", "{{ tests_deadline }}"));
    }

    [Theory]
    [InlineData("{% include 'footer' %}")]
    [InlineData("{% render 'footer' %}")]
    [InlineData("{% if false %}{% include 'footer' %}{% endif %}")]
    public void Include_and_render_are_refused_with_a_message(string body)
    {
        var problem = MailRenderer.Check(MailTemplateKeys.Offer, "Offer", body);
        Assert.NotNull(problem);
        Assert.Contains("include", problem);
    }

    [Fact]
    public void A_three_million_step_loop_is_refused_at_save_and_stopped_at_send()
    {
        const string loop = "{% for i in (1..3000000) %}x{% endfor %}";
        Assert.Contains("too many steps", MailRenderer.Check(MailTemplateKeys.Offer, "Offer", loop));
        var e = Assert.Throws<MailTemplateException>(() => MailRenderer.Render("Offer", loop, new Dictionary<string, string?>()));
        Assert.Contains("too many steps", e.Message);
    }

    [Fact]
    public void Nested_loops_count_every_step()
    {
        const string loops = "{% for i in (1..2000) %}{% for j in (1..2000) %}{{ j }}{% endfor %}{% endfor %}";
        Assert.Contains("too many steps", MailRenderer.Check(MailTemplateKeys.Offer, "Offer", loops));
    }

    [Fact]
    public void An_ordinary_loop_and_the_seed_templates_stay_within_the_limit()
    {
        Assert.Null(MailRenderer.Check(MailTemplateKeys.Offer, "Offer", "{% for i in (1..50) %}{% if i > 2 %}{{ i }}{% endif %}{% endfor %}"));
        foreach (var file in Directory.GetFiles(Path.Combine(Hiring.Web.Tests.Infrastructure.TestEnvironment.RepositoryRoot, "seed", "mail"), "*.liquid"))
        {
            var (subject, body) = MailTemplateSeeder.Parse(File.ReadAllText(file).Replace("\r\n", "\n"), file);
            Assert.Null(MailRenderer.Check(Path.GetFileNameWithoutExtension(file), subject, body));
        }
    }
}
