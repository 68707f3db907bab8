using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hiring.Web.Infrastructure;

/// <summary>
/// The framework's validation summary, when there is nothing to say, still writes an empty
/// <c>&lt;li style="display:none"&gt;</c> for client-side scripts we do not use; the CSP
/// (style-src 'self') blocks that inline style and the browser reports it. This runs after the
/// framework's tag helper and drops that placeholder.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryTagHelper : TagHelper
{
    private const string Placeholder = "<li style=\"display:none\"></li>";

    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var content = output.PostContent.GetContent();
        if (content.Contains(Placeholder, StringComparison.Ordinal)) output.PostContent.SetHtmlContent(content.Replace(Placeholder, ""));
    }
}
