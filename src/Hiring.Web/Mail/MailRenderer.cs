using Fluid;
using Fluid.Values;

namespace Hiring.Web.Mail;

public sealed record RenderedMail(string Subject, string Body);

/// <summary>A template could not be rendered: bad Liquid, or a field it uses has no value here.</summary>
public sealed class MailTemplateException(string message) : Exception(message);

/// <summary>
/// Renders Liquid templates with Fluid, strictly: a field the template uses but the mail does not
/// provide (unknown name, or a value that is missing for this application) is an error, never an
/// empty gap in a candidate's inbox. <see cref="Check"/> runs the same rendering with sample values
/// when an admin saves a template, so the mistake is caught there.
/// </summary>
public static class MailRenderer
{
    private static readonly FluidParser Parser = new();

    public static RenderedMail Render(string subject, string body, IReadOnlyDictionary<string, string?> fields) =>
        new(RenderOne(subject, fields, "subject").Trim(), RenderOne(body, fields, "body").Trim() + "\n");

    /// <summary>Null when the template renders with every field its key provides; otherwise the problem, for the admin.</summary>
    public static string? Check(string key, string subject, string body)
    {
        var sample = MailTemplateKeys.FieldsFor(key).ToDictionary(f => f, f => (string?)$"sample {f}");
        try { Render(subject, body, sample); return null; }
        catch (MailTemplateException e) { return e.Message; }
    }

    private static string RenderOne(string source, IReadOnlyDictionary<string, string?> fields, string part)
    {
        if (!Parser.TryParse(source, out var template, out var error))
            throw new MailTemplateException($"The {part} is not valid Liquid: {error}");
        var missing = new List<string>();
        var options = new TemplateOptions
        {
            Undefined = name =>
            {
                missing.Add(name);
                return ValueTask.FromResult<FluidValue>(NilValue.Instance);
            },
        };
        var context = new TemplateContext(options);
        foreach (var (name, value) in fields)
            if (!string.IsNullOrWhiteSpace(value)) context.SetValue(name, new StringValue(value));
        var text = template.Render(context);
        if (missing.Count == 0) return text;
        var known = string.Join(", ", fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Key));
        throw new MailTemplateException($"The {part} uses {string.Join(", ", missing.Distinct().Select(m => "{{ " + m + " }}"))}, which has no value in this mail. Fields available: {known}.");
    }
}
