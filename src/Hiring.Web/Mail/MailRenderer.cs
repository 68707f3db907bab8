using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Hiring.Web.Mail;

public sealed record RenderedMail(string Subject, string Body);

/// <summary>
/// A template could not be rendered: bad Liquid, a field without a value here, a tag mails may not use,
/// or too many steps. <see cref="Format"/> and <see cref="Args"/> let a page say it in the reader's language.
/// </summary>
public sealed class MailTemplateException(string format, params object[] args)
    : Exception(string.Format(CultureInfo.InvariantCulture, format, args))
{
    public string Format { get; } = format;
    public object[] Args { get; } = args;
}

/// <summary>
/// Renders Liquid templates with Fluid, strictly: a field the template uses but the mail does not
/// provide (unknown name, or a value that is missing for this application) is an error, never an
/// empty gap in a candidate's inbox. <see cref="Check"/> runs the same rendering with sample values
/// when an admin saves a template, so the mistake is caught there. Templates are limited: no
/// <c>{% include %}</c> or <c>{% render %}</c> (a mail is one template), and at most
/// <see cref="MaxSteps"/> statements per rendering, so a loop cannot hold a request or the outbox.
/// </summary>
public static class MailRenderer
{
    /// <summary>A long mail with a loop over a few lines takes a few hundred steps; a runaway loop stops here.</summary>
    public const int MaxSteps = 10_000;
    public const int MaxRecursion = 10;

    private static readonly FluidParser Parser = CreateParser();

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        // Gone from the grammar, a template using them is refused when parsed, even inside a branch that never runs.
        parser.RegisteredTags.Remove("include");
        parser.RegisteredTags.Remove("render");
        return parser;
    }

    public static RenderedMail Render(string subject, string body, IReadOnlyDictionary<string, string?> fields) =>
        new(RenderOne(subject, fields, "subject").Trim(), RenderOne(body, fields, "body").Trim() + "\n");

    /// <summary>Null when the template renders with every field its key provides; otherwise the problem, for the admin.</summary>
    public static string? Check(string key, string subject, string body) => Problem(key, subject, body)?.Message;

    /// <summary>Like <see cref="Check"/>, with the problem's sentence and values apart, for a page to localize.</summary>
    public static MailTemplateException? Problem(string key, string subject, string body)
    {
        try { Render(subject, body, Sample(key)); return null; }
        catch (MailTemplateException e) { return e; }
    }

    /// <summary>A value for every field <paramref name="key"/> provides ("sample post_title"): what saving checks with and the admin's preview shows.</summary>
    public static Dictionary<string, string?> Sample(string key) =>
        MailTemplateKeys.FieldsFor(key).ToDictionary(f => f, f => (string?)$"sample {f}");

    private static string RenderOne(string source, IReadOnlyDictionary<string, string?> fields, string part)
    {
        if (!Parser.TryParse(source, out var template, out var error))
            throw IncludesAnotherFile(source)
                ? new MailTemplateException("The {0} uses {{% include %}} or {{% render %}}: a mail template cannot include other templates. Write the text into this template.", part)
                : new MailTemplateException("The {0} is not valid Liquid: {1}", part, error);
        var missing = new List<string>();
        var options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            Undefined = name =>
            {
                missing.Add(name);
                return ValueTask.FromResult<FluidValue>(NilValue.Instance);
            },
        };
        var context = new TemplateContext(options);
        foreach (var (name, value) in fields)
            if (!string.IsNullOrWhiteSpace(value) || (MailTemplateKeys.MayBeEmpty.Contains(name) && value is not null))
                context.SetValue(name, new StringValue(value));
        string text;
        try { text = template.Render(context); }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum", StringComparison.Ordinal))
        {
            // Fluid's MaxSteps or MaxRecursion: the template loops far beyond what a mail needs.
            throw new MailTemplateException("The {0} takes too many steps to render (more than {1}): shorten its loops.", part, MaxSteps);
        }
        if (missing.Count == 0) return text;
        var known = string.Join(", ", fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Key));
        throw new MailTemplateException("The {0} uses {1}, which has no value in this mail. Fields available: {2}.",
            part, string.Join(", ", missing.Distinct().Select(m => "{{ " + m + " }}")), known);
    }

    private static bool IncludesAnotherFile(string source) =>
        System.Text.RegularExpressions.Regex.IsMatch(source, @"\{%-?\s*(include|render)\b");
}
