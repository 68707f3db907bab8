using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Localization;

/// <summary>
/// A localizer for a static class's resources (Resources/&lt;namespace path&gt;/&lt;Class&gt;.*.resx), built on the
/// framework's own factory, for text helpers that pages, services and exports call without a dependency.
/// </summary>
public static class StaticText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    public static IStringLocalizer For(Type type) => Factory.Create(type);
}
