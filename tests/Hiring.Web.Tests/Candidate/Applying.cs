using System.Text;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Candidate;

/// <summary>Fills and sends the application form the way a candidate would.</summary>
public static class Applying
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

    public static Dictionary<string, string> GoodAnswers() => new()
    {
        ["Input.FullName"] = "Dana Kowalska", ["Input.Phone"] = "+44 113 496 0000", ["Input.Location"] = "Leeds",
        ["Input.Languages"] = "English, Polish", ["Input.Shifts"] = "Late", ["Input.Weekends"] = "true",
        ["Input.ContactCentreMonths"] = "0", ["Input.Consent"] = "true",
    };

    public static async Task<HttpResponseMessage> ApplyAsync(PageClient client, int postId, Dictionary<string, string>? changes = null,
        string fileName = "my-cv.pdf", byte[]? cv = null, string source = "careers")
    {
        var (_, form) = await client.GetPageAsync($"/Candidate/Applications/Apply?postId={postId}&source={source}");
        var values = GoodAnswers();
        foreach (var (k, v) in changes ?? []) values[k] = v;
        return await client.SubmitWithFileAsync(form, values, "Cv", fileName, cv ?? Pdf);
    }

    public static async Task<string> TextOfAsync(HttpResponseMessage response) => (await PageClient.ParseAsync(response)).Body!.TextContent;
}
