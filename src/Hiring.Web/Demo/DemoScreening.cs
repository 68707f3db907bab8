using Bogus;
using Hiring.Core.Assessments;
using Hiring.Web.Domain;

namespace Hiring.Web.Demo;

/// <summary>The profile, screening answers and custom-question answers a demo applicant gives, drawn from the fixed-seed faker.</summary>
public static class DemoScreening
{
    private static readonly string[] Towns = ["Leeds", "Bradford", "Wakefield", "Manchester", "Salford", "Glasgow", "Paisley", "Huddersfield"];
    private static readonly string[] SecondLanguages = ["Polish", "Urdu", "Spanish", "French", "Romanian", "Punjabi"];
    private static readonly string[] Products = ["broadband and mobile", "home insurance", "energy tariffs", "charity donations", "solar panels"];

    public static void Fill(Application app, ApplicationUser user, Post post, Faker f)
    {
        (app.FullName, app.Phone, app.Location) = (user.DisplayName, user.PhoneNumber ?? "", f.PickRandom(Towns));
        app.Languages = post.Languages.Contains("Polish") || f.Random.Bool(0.3f) ? $"English, {(post.Languages.Contains("Polish") ? "Polish" : f.PickRandom(SecondLanguages))}" : "English";
        var shifts = post.Shifts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var months = f.Random.Bool(0.55f) ? f.Random.Int(3, 96) : 0;
        var available = string.Join(", ", shifts.Where(_ => f.Random.Bool(0.7f)).DefaultIfEmpty(shifts[0]));
        var weekends = f.Random.Bool(0.6f);
        app.Screening = new Screening
        {
            ShiftsAvailable = available,
            // A post with a weekend shift asks no weekend question: the shift ticked is the answer.
            Weekends = Screening.NamesWeekend(post.Shifts) ? Screening.NamesWeekend(available) : weekends,
            QuietRoom = post.IsHomeBased ? f.Random.Bool(0.8f) : null,
            ReliableConnection = post.IsHomeBased ? f.Random.Bool(0.85f) : null,
            ContactCentreMonths = months,
            CallsPerHour = months > 0 && post.PostType == PostType.Inbound ? f.Random.Int(6, 18) : null,
            AverageCallMinutes = months > 0 && post.PostType == PostType.Inbound ? Math.Round(f.Random.Double(3, 9), 1) : null,
            FirstCallResolutionPercent = months > 0 && post.PostType == PostType.Inbound ? f.Random.Int(60, 92) : null,
            ProductsSold = months > 0 && post.PostType == PostType.Outbound ? f.PickRandom(Products) : null,
            ConversionRatePercent = months > 0 && post.PostType == PostType.Outbound ? Math.Round(f.Random.Double(2, 18), 1) : null,
        };
        foreach (var q in post.Questions)
        {
            var answer = Answer(q, f);
            if (answer is not null) app.Answers.Add(new QuestionAnswer { QuestionId = q.Id, Value = answer, KnocksOut = q.KnocksOut(answer) });
        }
        app.KnockedOut = app.Answers.Any(a => a.KnocksOut);
    }

    private static string? Answer(PostQuestion q, Faker f) => q.Kind switch
    {
        QuestionKind.YesNo => f.Random.Bool(0.93f) ? "Yes" : "No",
        QuestionKind.Number => q.KnockOutBelow is not null ? f.Random.Int(8, 300).ToString() : f.Random.Bool(0.5f) ? f.Random.Int(2, 15).ToString() : null,
        QuestionKind.Choice => f.Random.WeightedRandom(q.OptionList.ToArray(), [.. q.OptionList.Select((_, i) => i == q.OptionList.Count - 1 ? 0.1f : 0.9f / (q.OptionList.Count - 1))]),
        _ => f.Random.Bool(0.3f) ? f.PickRandom("I can start in two weeks.", "Available from next month.", "I have a holiday booked in the first week.") : null,
    };
}
