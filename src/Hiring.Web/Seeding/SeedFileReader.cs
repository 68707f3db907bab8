using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hiring.Web.Seeding;

/// <summary>
/// Reads one YAML seed file into its model. Syntax and type errors carry YamlDotNet's line; rule
/// violations found afterwards are located by walking the YAML tree along their path.
/// </summary>
public sealed class SeedFileReader(string root)
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public string Relative(string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    public T Read<T>(string file, Action<T, SeedProblems> validate) where T : new()
    {
        var text = File.ReadAllText(file);
        T model;
        try
        {
            model = Deserializer.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException ex)
        {
            var problem = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            throw new SeedFileException(Relative(file), (int)ex.Start.Line, "", Clean(problem));
        }

        var problems = new SeedProblems();
        validate(model, problems);
        if (problems.First is { } first)
            throw new SeedFileException(Relative(file), LineOf(text, first.Path), first.PathText, first.Message);
        return model;
    }

    private static string Clean(string message) =>
        message.StartsWith('(') && message.Contains(") - ") ? message[(message.IndexOf(") - ", StringComparison.Ordinal) + 4)..] : message;

    /// <summary>The line of the deepest node that exists along the path (1-based), or null.</summary>
    internal static int? LineOf(string yaml, IReadOnlyList<object> path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0) return null;
        YamlNode node = stream.Documents[0].RootNode;
        foreach (var segment in path)
        {
            YamlNode? next = (segment, node) switch
            {
                (string key, YamlMappingNode map) => map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value,
                (int index, YamlSequenceNode seq) when index < seq.Children.Count => seq.Children[index],
                _ => null,
            };
            if (next is null) break;
            node = next;
        }
        return (int)node.Start.Line;
    }
}
