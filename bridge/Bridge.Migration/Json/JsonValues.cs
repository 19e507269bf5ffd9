using System.Text.Json;
using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>Conversions from JSON elements to the plain values pages receive as parameters.</summary>
public static class JsonValues
{
    /// <summary>Converts an object element into page parameters, recursively.</summary>
    public static PageParams ToParams(JsonElement element)
    {
        var values = new List<KeyValuePair<string, object?>>();
        foreach (var property in element.EnumerateObject())
        {
            values.Add(new(property.Name, ToValue(property.Value)));
        }
        return PageParams.From(values);
    }

    /// <summary>Converts an element: integers to long, other numbers to double, objects to params, arrays to lists.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Object => ToParams(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "not a JSON value"),
    };

    /// <summary>Names a JSON kind the way an error message should ("a string", "an array").</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Parses a document with comments and trailing commas allowed, as hand-written files have them.</summary>
    public static JsonDocument Parse(string json) => JsonDocument.Parse(json, new JsonDocumentOptions
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    });
}
