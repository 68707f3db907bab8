using System.Globalization;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Localization;

/// <summary>
/// Everything a language needs: resources (Resources/, English text as keys), the culture of each
/// request, localized validation messages and Identity errors, and one source of display names.
/// </summary>
public static class LocalizationRegistration
{
    public static IServiceCollection AddHiringLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddMemoryCache(); // PostCultureProvider remembers a test page's language per attempt
        services.AddRazorPages()
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            o.ModelMetadataDetailsProviders.Add(new ReadableValidationMetadata(factory)));

        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture(Cultures.English);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // In order: the signed-in user's saved language, the language switch (cookie), the post's own language on its
            // careers, apply and test pages, then the browser.
            o.RequestCultureProviders =
            [
                new UserCultureProvider(),
                new CookieRequestCultureProvider { CookieName = Cultures.CookieName },
                new PostCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, CultureClaimsFactory>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrors>();
        return services;
    }
}
