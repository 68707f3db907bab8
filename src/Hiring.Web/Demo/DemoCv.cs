using Bogus;
using Hiring.Web.Domain;

namespace Hiring.Web.Demo;

/// <summary>A short plain-text CV, the way applicants write them: experience, skills, languages, references.</summary>
public static class DemoCv
{
    private static readonly string[] Roles = ["Customer Service Advisor", "Retail Sales Assistant", "Receptionist", "Call Centre Agent", "Barista", "Telesales Executive", "Warehouse Operative", "Administrative Assistant", "Help Desk Analyst"];
    private static readonly string[] Skills = ["Salesforce", "Zendesk", "Microsoft Excel", "Outlook", "touch typing", "live chat", "complaint handling", "cash handling", "Freshdesk", "Genesys Cloud"];
    private static readonly string[] Languages = ["English", "Polish", "Urdu", "Spanish", "French", "Romanian", "Punjabi", "Portuguese"];

    public static string Write(ApplicationUser user, Post post, Faker f)
    {
        var lines = new List<string>
        {
            user.DisplayName, $"{user.Email} | {user.PhoneNumber} | {f.Address.City()}", "",
            "PROFILE",
            $"Friendly and reliable {(f.Random.Bool(0.6f) ? "customer service professional" : "first-time applicant")} applying for {post.Title}.", "",
            "EXPERIENCE",
        };
        var year = 2026;
        for (var i = 0; i < f.Random.Int(1, 3); i++)
        {
            var years = f.Random.Int(1, 3);
            lines.Add($"{f.PickRandom(Roles)}, {f.Company.CompanyName()} ({year - years}-{year})");
            lines.Add($"- {f.PickRandom("Handled", "Answered", "Resolved")} around {f.Random.Int(30, 90)} customer contacts a day; {f.PickRandom("praised in quality reviews", "kept notes accurate", "trained two new starters")}.");
            year -= years;
        }
        lines.AddRange(["", "SKILLS", string.Join(", ", f.PickRandom(Skills, 4)),
            "", "LANGUAGES", string.Join(", ", f.PickRandom(Languages, f.Random.Int(1, 2)).Prepend("English").Distinct()),
            "", "REFERENCES", "Available on request."]);
        return string.Join('\n', lines);
    }
}
