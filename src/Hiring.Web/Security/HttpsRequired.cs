using System.Net;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Security;

/// <summary>
/// With Secure cookies (Security:HttpsCookies, on outside Development) nothing works over plain HTTP:
/// the session cookie is not sent and antiforgery refuses every form. Such a request gets a short 400
/// page saying HTTPS is required, and the log says why the app saw HTTP — usually a proxy that does not
/// send X-Forwarded-Proto, or forwarded headers that are not enabled. /health stays open for the
/// proxy's checks.
/// </summary>
public sealed class HttpsRequired(RequestDelegate next, ILogger<HttpsRequired> logger, IStringLocalizer<HttpsRequired> text)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        var forwarded = context.Request.Headers["X-Forwarded-Proto"].ToString();
        if (forwarded.Length == 0)
            logger.LogWarning("Refused plain HTTP request to {Path}: Security:HttpsCookies needs HTTPS and the request has no X-Forwarded-Proto header. " +
                "Behind a proxy, have it send X-Forwarded-Proto: https and set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true.", context.Request.Path.Value);
        else
            logger.LogWarning("Refused plain HTTP request to {Path}: Security:HttpsCookies needs HTTPS and X-Forwarded-Proto is '{Proto}'. " +
                "The proxy must send X-Forwarded-Proto: https, and ASPNETCORE_FORWARDEDHEADERS_ENABLED=true must be set for the app to apply it.",
                context.Request.Path.Value, forwarded);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        var heading = WebUtility.HtmlEncode(text["HTTPS is required"]);
        var explanation = WebUtility.HtmlEncode(text["This site only works over a secure connection. Open it with an address that starts with https://."]);
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{System.Globalization.CultureInfo.CurrentUICulture.Name}\"><head><meta charset=\"utf-8\" />" +
            $"<title>{heading} · Hiring</title><link rel=\"stylesheet\" href=\"/css/site.css\" /></head>" +
            $"<body><main id=\"main\" class=\"wrap\"><h1>{heading}</h1><p>{explanation}</p></main></body></html>");
    }
}

public static class HttpsRequiredRegistration
{
    /// <summary>Whether cookies are Secure and <c>__Host-</c> prefixed: Security:HttpsCookies, else on outside Development.</summary>
    public static bool HttpsCookies(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Security:HttpsCookies") ?? !environment.IsDevelopment();

    public static IApplicationBuilder UseHttpsRequired(this WebApplication app) =>
        HttpsCookies(app.Configuration, app.Environment) ? app.UseMiddleware<HttpsRequired>() : app;
}
