using System.Text.Json;
using Hiring.Core.Assessments.Forms;
using Microsoft.AspNetCore.Http;

namespace Hiring.Web.Assessments;

/// <summary>
/// Reads answers from a submitted test form (the no-script path, and the page's final state on submit).
/// Field names: <c>a.{item}.most|least|choice|text|keys|pastes|synthetic</c> and <c>a.{item}.f.{field}</c>.
/// </summary>
public static class FormAnswers
{
    public static string Name(string itemId, string part) => $"a.{itemId}.{part}";

    public static Dictionary<string, AnswerValue> Read(IFormCollection fields, Form form)
    {
        var answers = new Dictionary<string, AnswerValue>();
        foreach (var item in form.Answerable())
        {
            string? Get(string part) => fields.TryGetValue(Name(item.Id, part), out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;
            var value = item.Part switch
            {
                ItemPart.Sjt => new AnswerValue { Most = Get("most"), Least = Get("least") },
                ItemPart.Choice or ItemPart.Question => new AnswerValue { Choice = Get("choice") },
                ItemPart.Task => new AnswerValue
                {
                    Fields = item.Options.Where(f => fields.ContainsKey(Name(item.Id, "f." + f)))
                        .ToDictionary(f => f, f => fields[Name(item.Id, "f." + f)].ToString()),
                },
                ItemPart.Typing => new AnswerValue
                {
                    Text = Get("text"), Keys = Keys(Get("keys")),
                    Pastes = int.TryParse(Get("pastes"), out var p) ? p : null, Synthetic = int.TryParse(Get("synthetic"), out var s) ? s : null,
                },
                _ => null,
            };
            if (value is not null && (value.Answers(item.Part) || value.Fields is { Count: > 0 })) answers[item.Id] = value;
        }
        return answers;
    }

    private static List<KeyEvent>? Keys(string? json)
    {
        if (json is null) return null;
        try { return JsonSerializer.Deserialize<List<KeyEvent>>(json, AnswerValue.Json); }
        catch (JsonException) { return null; }
    }
}
