using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bridge.Migration;

/// <summary>Reads and writes tree dumps (NAME.tree.json), the format the engine's dump writes (see <see cref="TreeNode"/>).</summary>
public static class TreeDumpFile
{
    private static readonly string[] Keys = ["type", "testID", "x", "y", "w", "h", "text", "color", "backgroundColor", "borderColor", "opacity", "src",
        "focused", "children"];

    /// <summary>Writes a dump file, indented.</summary>
    public static void Save(TreeNode root, string path) => File.WriteAllText(path, ToJson(root, indented: true), new UTF8Encoding(false));

    /// <summary>Serializes a tree; null fields are omitted, focused only when true.</summary>
    public static string ToJson(TreeNode root, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, root);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one node and its children.</summary>
    public static void Write(Utf8JsonWriter writer, TreeNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("type", node.Type);
        if (node.TestId is not null)
        {
            writer.WriteString("testID", node.TestId);
        }
        writer.WriteNumber("x", node.X);
        writer.WriteNumber("y", node.Y);
        writer.WriteNumber("w", node.W);
        writer.WriteNumber("h", node.H);
        WriteOptional(writer, "text", node.Text);
        WriteOptional(writer, "color", node.Color);
        WriteOptional(writer, "backgroundColor", node.BackgroundColor);
        WriteOptional(writer, "borderColor", node.BorderColor);
        if (node.Opacity is { } opacity)
        {
            writer.WriteNumber("opacity", opacity);
        }
        WriteOptional(writer, "src", node.Src);
        if (node.Focused)
        {
            writer.WriteBoolean("focused", true);
        }
        if (node.Children.Count > 0)
        {
            writer.WriteStartArray("children");
            foreach (var child in node.Children)
            {
                Write(writer, child);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
        }
    }

    /// <summary>Reads a dump file.</summary>
    /// <exception cref="MigrationFileException">The file is missing, not JSON or not a tree; the error names the node path.</exception>
    public static TreeNode Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Parses dump text; <paramref name="source"/> names it in errors.</summary>
    public static TreeNode Parse(string json, string source)
    {
        try
        {
            using var document = JsonValues.Parse(json);
            return Read(document.RootElement, "$");
        }
        catch (JsonException ex)
        {
            throw new MigrationFileException(source, [$"not valid JSON: {ex.Message}"]);
        }
        catch (FormatException ex)
        {
            throw new MigrationFileException(source, [ex.Message]);
        }
    }

    private static TreeNode Read(JsonElement e, string at)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{at}: a node must be an object, found {JsonValues.Describe(e.ValueKind)}");
        }
        foreach (var property in e.EnumerateObject())
        {
            if (Array.IndexOf(Keys, property.Name) < 0)
            {
                throw new FormatException($"{at}.{property.Name}: unknown key (expected one of {string.Join(", ", Keys)})");
            }
        }
        var type = String(e, "type", at) ?? throw new FormatException($"{at}.type: missing");
        if (type is not ("view" or "text" or "image"))
        {
            throw new FormatException($"{at}.type: \"{type}\" is not view, text or image");
        }
        var node = new TreeNode(type, Number(e, "x", at), Number(e, "y", at), Number(e, "w", at), Number(e, "h", at))
        {
            TestId = String(e, "testID", at),
            Text = String(e, "text", at),
            Color = String(e, "color", at),
            BackgroundColor = String(e, "backgroundColor", at),
            BorderColor = String(e, "borderColor", at),
            Opacity = e.TryGetProperty("opacity", out _) ? Number(e, "opacity", at) : null,
            Src = String(e, "src", at),
            Focused = e.TryGetProperty("focused", out var f) && (f.ValueKind == JsonValueKind.True
                ? true
                : f.ValueKind == JsonValueKind.False ? false : throw new FormatException($"{at}.focused: must be a boolean")),
        };
        if (e.TryGetProperty("children", out var children))
        {
            if (children.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{at}.children: must be an array");
            }
            var i = 0;
            foreach (var child in children.EnumerateArray())
            {
                node.Children.Add(Read(child, $"{at}.children[{i++}]"));
            }
        }
        return node;
    }

    private static string? String(JsonElement e, string key, string at)
    {
        if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw new FormatException($"{at}.{key}: must be a string, found {v.GetRawText()}");
    }

    private static double Number(JsonElement e, string key, string at)
    {
        if (!e.TryGetProperty(key, out var v))
        {
            throw new FormatException($"{at}.{key}: missing");
        }
        return v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.{key}: must be a number, found {v.GetRawText()}"));
    }
}
