namespace Hiring.Web.Infrastructure;

/// <summary>Where the app keeps its files: the SQLite database, the mail outbox, uploaded CVs.</summary>
public sealed class HiringPaths
{
    public required string Root { get; init; }
    public required string Data { get; init; }
    public string Outbox => Path.Combine(Data, "outbox");
    public string Cvs => Path.Combine(Data, "cvs");

    public static HiringPaths From(IConfiguration configuration)
    {
        var root = configuration["Paths:Root"] ?? AppRoot.Find();
        var data = configuration["Paths:Data"] ?? "data";
        return new HiringPaths { Root = root, Data = Path.GetFullPath(Path.Combine(root, data)) };
    }

    public string Resolve(string relativeOrAbsolute) => Path.GetFullPath(Path.Combine(Root, relativeOrAbsolute));
}

public static class HiringPathsRegistration
{
    public static IServiceCollection AddHiringPaths(this IServiceCollection services, IConfiguration configuration)
    {
        var paths = HiringPaths.From(configuration);
        Directory.CreateDirectory(paths.Data);
        return services.AddSingleton(paths);
    }
}
