using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages;

[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => (Heading, Explanation) = code switch
    {
        404 => ("Page not found", "There is no page at this address. It may have moved, or the link may be mistyped."),
        403 => ("Not allowed", "Your account does not have access to this page."),
        429 => ("Too many requests", "You have tried this too often in a short time. Please wait a minute and try again."),
        _ => ($"Error {code}", "The request could not be completed."),
    };

    public void OnPost(int code) => OnGet(code);
}
