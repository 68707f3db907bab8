using System.Text.Json;
using System.Text.Json.Serialization;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace Hiring.Web.Assessments;

/// <summary>Reads and writes the form stored on an attempt.</summary>
public static class AttemptForms
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(Form form) => JsonSerializer.Serialize(form, Json);

    /// <summary>
    /// Parsed forms by attempt: every autosave needs the form, and parsing it was a tenth of a save's CPU.
    /// A hit is used only when the stored JSON is the same text, so the cache can never serve another form.
    /// </summary>
    private static readonly MemoryCache Parsed = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(3) };

    public static Form Read(Attempt attempt)
    {
        if (Parsed.TryGetValue(attempt.Id, out (string Json, Form Form) hit) && string.Equals(hit.Json, attempt.Form, StringComparison.Ordinal))
            return hit.Form;
        var form = JsonSerializer.Deserialize<Form>(attempt.Form, Json) ?? throw new InvalidOperationException($"Attempt {attempt.Id} has no form");
        Parsed.Set(attempt.Id, (attempt.Form, form), Entry);
        return form;
    }

    /// <summary>Items a candidate answers (reading passages are read, not answered).</summary>
    public static IEnumerable<FormItem> Answerable(this Form form) => form.Items.Where(i => i.Part != ItemPart.Passage);
}
