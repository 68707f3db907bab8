using Hiring.Core.Assessments.Forms;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Assessments;

/// <summary>An option as a candidate sees it: id and text, never its rating, rationale or correctness.</summary>
public sealed record OptionView(string Id, string Text);

public sealed record TaskFieldView(string Name, string Label, string Initial);

/// <summary>
/// One form item as the candidate's page shows it. Built field by field from the bank content so
/// that no key (ratings, rationales, correct flags, expected values, match rules) can slip through.
/// </summary>
public sealed record ItemView(FormItem Item, int Number, string Text, string? Title, IReadOnlyList<OptionView> Options,
    IReadOnlyList<TaskFieldView> Fields, string? Kind = null, string? Instructions = null,
    IReadOnlyList<Dictionary<string, string>>? Records = null, string Language = Localization.Cultures.English)
{
    public string Id => Item.Id;
}

public static class ItemViews
{
    public static List<ItemView> Build(Form form, FormContent content)
    {
        var views = new List<ItemView>();
        var number = 0;
        foreach (var item in form.Items)
        {
            if (item.Part != ItemPart.Passage) number++;
            views.Add(View(item, item.Part == ItemPart.Passage ? 0 : number, content));
        }
        return views;
    }

    private static ItemView View(FormItem item, int number, FormContent content)
    {
        switch (item.Part)
        {
            case ItemPart.Sjt:
                var sjt = content.Get<SjtItem>(item.Id);
                return new(item, number, sjt.Scenario, null, Ordered(item, sjt.Options.ToDictionary(o => o.Id, o => o.Text)), []);
            case ItemPart.Choice:
                var lit = content.Get<LiteracyItem>(item.Id);
                return new(item, number, lit.Stem, null, Ordered(item, lit.Options.ToDictionary(o => o.Id, o => o.Text)), []);
            case ItemPart.Question:
                var q = content.Question(item);
                return new(item, number, q.Text, null, Ordered(item, q.Options.ToDictionary(o => o.Id, o => o.Text)), []);
            case ItemPart.Passage:
                var p = content.Get<ReadingPassage>(item.Id);
                return new(item, number, p.Text, p.Title, [], []);
            case ItemPart.Typing:
                var t = content.Get<TypingPassage>(item.Id);
                return new(item, number, t.Text.Trim(), t.Title, [], [], Language: content.LanguageOf(item.Id));
            case ItemPart.Task:
                var task = content.Get<LiteracyTask>(item.Id);
                return new(item, number, task.Material, task.Title, [],
                    [.. task.Fields.Select(f => new TaskFieldView(f.Name, f.Label, f.Initial))], task.Kind, task.Instructions,
                    task.Kind == "search" ? task.Records : null);
            default:
                throw new InvalidOperationException($"Unknown item part {item.Part}");
        }
    }

    private static List<OptionView> Ordered(FormItem item, Dictionary<string, string> texts) =>
        [.. item.Options.Select(id => new OptionView(id, texts.GetValueOrDefault(id, "")))];
}
