using System.Net;
using Ganss.Xss;
using Markdig;

namespace Hiring.Web.Mail;

/// <summary>
/// The HTML part of a mail, made from its text part: one template, one rendering, two views of it.
/// The rendered text is read as Markdown (raw HTML off, bare links made clickable, each line break
/// kept), then sanitized, so a value a candidate typed (their name) can never become markup.
/// A pure function of the text: the outbox stores only the text, and a retried send builds the same HTML.
/// </summary>
public static class MailHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>The sanitized body, for a page to show (the admin's preview) or a document to wrap.</summary>
    public static string Fragment(string text) => Sanitizer.Sanitize(Markdown.ToHtml(text ?? "", Pipeline));

    /// <summary>A whole HTML document for the mail's text/html part, in the mail's language.</summary>
    public static string Document(string text, string subject) =>
        $"<!DOCTYPE html>\n<html lang=\"{LanguageOf(text)}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head>\n" +
        $"<body>\n{Fragment(text)}</body></html>\n";

    /// <summary>zh-Hant or zh-Hans when the text has Chinese characters (a mail client then picks a CJK font of the right
    /// script), else en: read from the text itself, so it needs nothing stored. Traditional text is told by characters that
    /// every Traditional mail of ours has and Simplified text never uses.</summary>
    private static string LanguageOf(string text) =>
        !text.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? Localization.Cultures.English
        : text.Any(TraditionalOnly.Contains) ? Localization.Cultures.ChineseTraditional
        : Localization.Cultures.ChineseSimplified;

    private const string TraditionalOnly = "們這個試請說時會來對為與於後進務應職聯絡電話號郵東們見帳戶認證測評謝單問題員";
}
