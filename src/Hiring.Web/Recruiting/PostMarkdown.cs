using Ganss.Xss;
using Markdig;

namespace Hiring.Web.Recruiting;

/// <summary>
/// Renders a post's Markdown description to HTML that is safe to show: Markdig with raw HTML
/// disabled, then HtmlSanitizer as a second line of defence (links with javascript: and the like).
/// </summary>
public static class PostMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));
}
