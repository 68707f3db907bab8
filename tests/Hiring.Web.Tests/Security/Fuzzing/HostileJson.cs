using System.Text;
using System.Text.Json.Nodes;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// Hostile JSON bodies made from one valid body: each property (nested ones too) replaced by each
/// hostile value, left out, or sent twice; then bodies that are not the object at all.
/// </summary>
public static class HostileJson
{
    private const string Placeholder = "\"__fuzz__\"";

    /// <summary>Raw JSON values a property gets in turn.</summary>
    public static IReadOnlyList<(string Label, string Json)> Values { get; } =
    [
        ("empty string", "\"\""),
        ("null", "null"),
        ("negative", "-1"),
        ("huge integer", "99999999999999999999999999999"),
        ("float overflow", "1e309"),
        ("fraction", "1.5"),
        ("wrong type: text", "\"not-a-number\""),
        ("wrong type: boolean", "true"),
        ("wrong type: array", "[1, \"two\", null]"),
        ("wrong type: object", "{\"a\": {\"b\": 1}}"),
        ("script", System.Text.Json.JsonSerializer.Serialize(HostileInput.ScriptMarker)),
        ("control characters", "\"a\\u0000b\\u0001c\\u001bd\\u007f\""),
        ("lone surrogate", "\"abc\\ud800\""),
        ("bidi and zero width", "\"abc\\u202edcba\\u200b\""),
        ("sql", "\"' OR '1'='1' --\""),
        ("long 10k", $"\"{new string('x', 10_000)}\""),
        ("long 500k", $"\"{new string('x', 500_000)}\""),
        ("many elements", "[" + string.Join(',', Enumerable.Repeat("{\"t\":1,\"k\":\"a\",\"h\":1,\"tr\":true}", 20_000)) + "]"),
        ("deep nesting", new string('[', 5_000) + new string(']', 5_000)),
    ];

    public static IEnumerable<(string Label, byte[] Body)> Bodies(string valid)
    {
        var root = JsonNode.Parse(valid)!.AsObject();
        foreach (var path in Paths(root, ""))
        {
            foreach (var (label, json) in Values)
                yield return ($"{path} = {label}", Utf8(With(root, path, json)));
            yield return ($"{path} missing", Utf8(Without(root, path)));
            yield return ($"{path} duplicated", Utf8(With(root, path, $"{Original(root, path)}, \"{path.Split('.')[^1]}\": \"second value\"")));
        }
        yield return ("empty body", []);
        yield return ("not JSON", Utf8("{\"itemId\": "));
        yield return ("JSON null", Utf8("null"));
        yield return ("JSON array", Utf8("[]"));
        yield return ("empty object", Utf8("{}"));
        yield return ("invalid UTF-8 bytes", [.. Utf8(valid[..^1] + ", \"x\": \""), 0xFF, 0xFE, 0xC0, 0xAF, .. Utf8("\"}")]);
        yield return ("text/plain body", Utf8(valid));
        // Far past any answer: refused (or cut off), never a crash.
        yield return ("oversized body", Utf8(valid[..^1] + $", \"padding\": \"{new string('a', 6_000_000)}\"}}"));
    }

    private static IEnumerable<string> Paths(JsonObject node, string prefix)
    {
        foreach (var (name, value) in node)
        {
            var path = prefix + name;
            yield return path;
            if (value is JsonObject child)
                foreach (var inner in Paths(child, path + ".")) yield return inner;
        }
    }

    private static string With(JsonObject root, string path, string json)
    {
        var copy = root.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent[name] = "__fuzz__";
        return copy.ToJsonString().Replace(Placeholder, json);
    }

    private static string Without(JsonObject root, string path)
    {
        var copy = root.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent.Remove(name);
        return copy.ToJsonString();
    }

    private static string Original(JsonObject root, string path)
    {
        var (parent, name) = Locate(root, path);
        return parent[name]?.ToJsonString() ?? "null";
    }

    private static (JsonObject Parent, string Name) Locate(JsonObject root, string path)
    {
        var parts = path.Split('.');
        var parent = root;
        foreach (var part in parts[..^1]) parent = parent[part]!.AsObject();
        return (parent, parts[^1]);
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
