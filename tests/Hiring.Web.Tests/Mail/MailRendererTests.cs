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
}
