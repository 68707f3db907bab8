using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Hiring.Web.Infrastructure;

/// <summary>
/// The repository (or deployment) root: the folder holding <c>appsettings.json</c> and <c>seed/</c>.
/// The host reads its one configuration file from there and keeps <c>data/</c> beside it, so
/// <c>dotnet run --project src/Hiring.Web</c> works from any working directory.
/// </summary>
public static class AppRoot
{
    public const string EnvironmentVariable = "HIRING_ROOT";

    public static string Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json"))
                    && Directory.Exists(Path.Combine(dir.FullName, "seed")))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    /// <summary>Reads root appsettings.json, then appsettings.{Environment}.json, then environment variables and arguments.</summary>
    public static void UseRootAppSettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var root = Find();
        var files = new PhysicalFileProvider(root);
        // Insert before the host's own JSON files so environment variables and arguments still win.
        var at = configuration.Sources.TakeWhile(s => s is not JsonConfigurationSource).Count();
        configuration.Sources.Insert(at, Json(files, $"appsettings.{environment.EnvironmentName}.json", optional: true));
        configuration.Sources.Insert(at, Json(files, "appsettings.json", optional: false));
        configuration["Paths:Root"] ??= root;
    }

    private static JsonConfigurationSource Json(IFileProvider files, string path, bool optional) =>
        new() { FileProvider = files, Path = path, Optional = optional, ReloadOnChange = false };
}
