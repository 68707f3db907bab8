using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hiring.Core.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Candidate.Applications;

/// <summary>The application form: profile, standard screening questions, the post's own questions, CV and consent.</summary>
public class ApplyForm
{
    [Required(ErrorMessage = "Enter your full name."), StringLength(100), NoMarkup] public string FullName { get; set; } = "";
    [Required(ErrorMessage = "Enter a phone number we can call."), StringLength(40), Phone(ErrorMessage = "Enter a valid phone number."), NoMarkup]
    public string Phone { get; set; } = "";
    [Required(ErrorMessage = "Enter your town or city."), StringLength(100), NoMarkup] public string Location { get; set; } = "";
    [Required(ErrorMessage = "List the languages you speak."), StringLength(200), NoMarkup] public string Languages { get; set; } = "";
    public List<string> Shifts { get; set; } = [];
    /// <summary>Asked only when no shift on offer is a weekend shift (<see cref="WeekendShiftOf"/>): one question per fact.</summary>
    public bool? Weekends { get; set; }
    public bool? QuietRoom { get; set; }
    public bool? ReliableConnection { get; set; }
    [Range(0, 600, ErrorMessage = "Months of contact-centre experience: 0-600.")] public int ContactCentreMonths { get; set; }
    [Range(1, 200, ErrorMessage = "Calls per hour: 1-200.")] public int? CallsPerHour { get; set; }
    [Range(0.1, 120, ErrorMessage = "Average call length: 0.1-120 minutes.")] public double? AverageCallMinutes { get; set; }
    [Range(0d, 100d, ErrorMessage = "First-call resolution: 0-100 %.")] public double? FirstCallResolutionPercent { get; set; }
    [StringLength(500), NoMarkup] public string? ProductsSold { get; set; }
    [Range(0d, 100d, ErrorMessage = "Conversion rate: 0-100 %.")] public double? ConversionRatePercent { get; set; }
    public List<AnswerRow> Answers { get; set; } = [];
    public bool Consent { get; set; }
    /// <summary>The job board's tag from the link the candidate followed, or "careers".</summary>
    public string? Source { get; set; }
    /// <summary>Asked when the candidate came through our own careers page: an employee referred them.</summary>
    public bool Referred { get; set; }

    public class AnswerRow
    {
        public int QuestionId { get; set; }
        [StringLength(2000), NoMarkup] public string? Value { get; set; }
    }

    /// <summary>Rules that depend on the post: shifts offered, home-working set-up, experience figures, custom questions.</summary>
    /// <summary>Rules that depend on the post, worded in the reader's language by <paramref name="text"/>.</summary>
    public IEnumerable<(string Field, string Message)> Problems(Post post, IStringLocalizer text)
    {
        if (!Consent) yield return ("Consent", text["Tick the box to agree to us processing your application."]);
        var offered = ShiftsOf(post);
        if (Shifts.Count == 0) yield return ("Shifts", text["Choose at least one shift you can work."]);
        if (Shifts.Any(s => !offered.Contains(s))) yield return ("Shifts", text["Choose shifts from the list."]);
        if (WeekendShiftOf(post) is null && Weekends is null) yield return ("Weekends", text["Say whether you can work weekends."]);
        if (post.IsHomeBased && (QuietRoom is null || ReliableConnection is null))
            yield return ("QuietRoom", text["This post is home-based: tell us about your quiet room and your connection."]);
        if (ContactCentreMonths > 0 && post.PostType == PostType.Inbound && (CallsPerHour is null || AverageCallMinutes is null || FirstCallResolutionPercent is null))
            yield return ("CallsPerHour", text["You have contact-centre experience: give your calls per hour, average call length and first-call resolution."]);
        if (ContactCentreMonths > 0 && post.PostType == PostType.Outbound && (string.IsNullOrWhiteSpace(ProductsSold) || ConversionRatePercent is null))
            yield return ("ProductsSold", text["You have contact-centre experience: say which products you sold and your conversion rate."]);
        foreach (var q in post.Questions)
        {
            var value = Answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Value?.Trim() ?? "";
            var field = $"Answers[{post.Questions.IndexOf(q)}].Value";
            if (value.Length == 0) { if (q.Required) yield return (field, text["Answer “{0}”.", q.Text]); continue; }
            if (q.Kind == QuestionKind.Choice && !q.OptionList.Contains(value)) yield return (field, text["Choose one of the options for “{0}”.", q.Text]);
            if (q.Kind == QuestionKind.YesNo && value is not ("Yes" or "No")) yield return (field, text["Answer yes or no to “{0}”.", q.Text]);
            // "NaN" and "1e309" (infinity) parse as doubles but are not numbers anyone means.
            if (q.Kind == QuestionKind.Number && !(double.TryParse(value, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))) yield return (field, text["Give a number for “{0}”.", q.Text]);
        }
    }

    public static List<string> ShiftsOf(Post post) =>
        [.. post.Shifts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The shift on offer that is the weekend ("Weekends", "Weekend days", "周末"), if any: then ticking it is the answer.</summary>
    public static string? WeekendShiftOf(Post post) => ShiftsOf(post).FirstOrDefault(Screening.NamesWeekend);

    /// <summary>Whether the candidate can work weekends: the weekend shift ticked, or the answer to the question.</summary>
    public bool WorksWeekends(Post post) => WeekendShiftOf(post) is { } shift ? Shifts.Contains(shift) : Weekends == true;

    /// <summary>Builds the application (without CV or id-dependent parts); flags it when any answer is a knock-out.</summary>
    public Application ToApplication(Post post, string candidateId, string source, DateTime now)
    {
        if (Referred && source == Hiring.Web.Recruiting.ApplicationSource.Careers) source = Hiring.Web.Recruiting.ApplicationSource.Referral;
        var experienced = ContactCentreMonths > 0;
        var application = new Application
        {
            PostId = post.Id, CandidateId = candidateId, Stage = Hiring.Core.Recruiting.Stage.Applied, AppliedAt = now, StageChangedAt = now,
            Source = source, ConsentedAt = now, FullName = TextInput.Clean(FullName), Phone = TextInput.Clean(Phone),
            Location = TextInput.Clean(Location), Languages = TextInput.Clean(Languages),
            Screening = new Screening
            {
                ShiftsAvailable = string.Join(", ", Shifts), Weekends = WorksWeekends(post),
                QuietRoom = post.IsHomeBased ? QuietRoom : null, ReliableConnection = post.IsHomeBased ? ReliableConnection : null,
                ContactCentreMonths = ContactCentreMonths,
                CallsPerHour = experienced && post.PostType == PostType.Inbound ? CallsPerHour : null,
                AverageCallMinutes = experienced && post.PostType == PostType.Inbound ? AverageCallMinutes : null,
                FirstCallResolutionPercent = experienced && post.PostType == PostType.Inbound ? FirstCallResolutionPercent : null,
                ProductsSold = experienced && post.PostType == PostType.Outbound ? TextInput.Clean(ProductsSold) : null,
                ConversionRatePercent = experienced && post.PostType == PostType.Outbound ? ConversionRatePercent : null,
            },
        };
        foreach (var q in post.Questions)
        {
            var value = TextInput.Clean(Answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Value);
            if (value.Length == 0) continue;
            application.Answers.Add(new QuestionAnswer { QuestionId = q.Id, Value = value, KnocksOut = q.KnocksOut(value) });
        }
        application.KnockedOut = application.Answers.Any(a => a.KnocksOut);
        return application;
    }
}
