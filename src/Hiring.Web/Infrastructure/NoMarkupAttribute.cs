using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Hiring.Web.Infrastructure;

/// <summary>
/// Refuses HTML tags in a plain-text field. Output is encoded anyway; refusing them at the door means
/// a pasted &lt;script&gt; never reaches a CSV export, a mail or a recruiter's spreadsheet.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class NoMarkupAttribute : ValidationAttribute
{
    /// <summary>Set as ErrorMessage (not through the base constructor) so the data-annotations localizer translates it.</summary>
    public NoMarkupAttribute() => ErrorMessage = "Remove the HTML tags (text between < and >) from this field.";

    public override bool IsValid(object? value) => value is not string s || !Tag().IsMatch(s);

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!?]")]
    private static partial Regex Tag();
}
