using System.ComponentModel.DataAnnotations;
using Hiring.Web.Identity;
using Hiring.Web.Infrastructure;
using Hiring.Web.Interviews;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Interviews.Bank;

/// <summary>Adds an interview question or edits one. A change of meaning (wording, tags, rating guide) makes a new version.</summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public class EditModel(InterviewBank bank, BankEditor editor, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty] public QuestionInput Input { get; set; } = new();
    public int? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null) return Page();
        if (await bank.LatestAsync(Id) is not { Retired: false } q) return NotFound();
        (Input, Version) = (QuestionInput.From(q.Content), q.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Id is not null && await bank.LatestAsync(Id) is not { Retired: false }) return NotFound();
        var question = Input.ToQuestion(Id ?? "");
        var problems = new SeedProblems();
        SeedRules.Interview(question.Id.Length == 0 ? Input.ToQuestion("INT-APP-NEW") : question, problems, 0);
        foreach (var p in problems.All)
            ModelState.AddModelError(QuestionInput.FieldFor(p.Path), p.Message);
        if (!ModelState.IsValid) return Page();
        var saved = await editor.SaveAsync(question);
        TempData["Status"] = (Id is null ? text["{0} added.", saved.Id] : saved.NewVersion
            ? text["{0} saved as version {1}; kits and scorecards that used the old version keep it.", saved.Id, saved.Version] : text["{0} saved.", saved.Id]).Value;
        return Redirect("/Interviews/Bank");
    }
}

/// <summary>The question form. Lists are one item per line; tags are separated by spaces.</summary>
public sealed class QuestionInput
{
    [Required] public string Category { get; set; } = "behavioural";
    [Required, Display(Name = "Post types")] public string PostTypes { get; set; } = "common";
    [Required] public string Competencies { get; set; } = "";
    public bool Experience { get; set; }
    [Display(Name = "Swap for (first-job question id)")] public string? SwapFor { get; set; }
    public int Minutes { get; set; } = 3;
    [Required, StringLength(1000)] public string Text { get; set; } = "";
    [StringLength(2000)] public string? Why { get; set; }
    [Display(Name = "Listen for")] public string? ListenFor { get; set; }
    public string? Probes { get; set; }
    [Required] public string Strong { get; set; } = "";
    [Required] public string Acceptable { get; set; } = "";
    [Required] public string Weak { get; set; } = "";

    public static QuestionInput From(InterviewQuestion q) => new()
    {
        Category = q.Category, PostTypes = string.Join(' ', q.PostTypes), Competencies = string.Join(' ', q.Competencies), Experience = q.Experience,
        SwapFor = q.SwapFor, Minutes = q.Minutes, Text = q.Text, Why = q.Why, ListenFor = string.Join('\n', q.ListenFor), Probes = string.Join('\n', q.Probes),
        Strong = q.RatingGuide.Strong, Acceptable = q.RatingGuide.Acceptable, Weak = q.RatingGuide.Weak,
    };

    public InterviewQuestion ToQuestion(string id) => new()
    {
        Id = id, Version = 1, Category = TextInput.Clean(Category), PostTypes = Tags(PostTypes, upper: false), Competencies = Tags(Competencies, upper: true),
        Experience = Experience, SwapFor = string.IsNullOrWhiteSpace(SwapFor) ? null : TextInput.Clean(SwapFor), Minutes = Minutes,
        Text = TextInput.Clean(Text), Why = TextInput.Clean(Why), ListenFor = Lines(ListenFor), Probes = Lines(Probes),
        RatingGuide = new RatingGuide { Strong = TextInput.Clean(Strong), Acceptable = TextInput.Clean(Acceptable), Weak = TextInput.Clean(Weak) },
    };

    /// <summary>The form field a seed-rule problem belongs to (its path ends with the YAML key).</summary>
    public static string FieldFor(IReadOnlyList<object> path) => path.LastOrDefault() switch
    {
        "category" => "Input.Category",
        "post_types" => "Input.PostTypes",
        "competencies" => "Input.Competencies",
        "minutes" => "Input.Minutes",
        _ => "Input.Text",
    };

    private static List<string> Tags(string? s, bool upper) =>
        (s ?? "").Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => upper ? t.ToUpperInvariant() : t.ToLowerInvariant()).Distinct().ToList();

    private static List<string> Lines(string? s) =>
        TextInput.Clean(s).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
