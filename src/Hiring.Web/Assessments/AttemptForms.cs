using System.Text.Json;
using System.Text.Json.Serialization;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Domain;

namespace Hiring.Web.Assessments;

/// <summary>Reads and writes the form stored on an attempt.</summary>
public static class AttemptForms
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(Form form) => JsonSerializer.Serialize(form, Json);

    public static Form Read(Attempt attempt) => JsonSerializer.Deserialize<Form>(attempt.Form, Json)
        ?? throw new InvalidOperationException($"Attempt {attempt.Id} has no form");

    /// <summary>Items a candidate answers (reading passages are read, not answered).</summary>
    public static IEnumerable<FormItem> Answerable(this Form form) => form.Items.Where(i => i.Part != ItemPart.Passage);
}
