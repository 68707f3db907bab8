using Microsoft.AspNetCore.Html;

namespace Hiring.Web.Localization;

/// <summary>
/// Text people wrote (a post title, a customer's name) placed inside a localized sentence: encoded, and marked
/// <c>data-content</c> so the language checks know it is not interface text that a translation missed.
/// </summary>
public static class PeopleText
{
    public static IHtmlContent Span(string text) =>
        new HtmlContentBuilder().AppendHtml("<span data-content>").Append(text).AppendHtml("</span>");
}
