using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Bridge.Schema;

namespace Bridge.Serve;

/// <summary>The requests a preview page sends, as JSON text: <c>{"type":"key","key":"right"}</c> (a remote key: up, down,
/// left, right, select, back), <c>{"type":"inspect","on":true}</c> (open or close its inspector) and
/// <c>{"type":"path","path":"legacy-v8"}</c> (run the page on screen on another path: native, legacy-v8, legacy-jint or
/// compare).</summary>
internal static class PreviewMessage
{
    /// <summary>The paths a page can be switched to, as the preview names them.</summary>
    public static readonly string[] PathChoices = ["native", "legacy-v8", "legacy-jint", "compare"];

    /// <summary>Reads one message (its command names no client yet); false with a one-line reason when it is not one of
    /// the requests.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out LoopCommand command, [NotNullWhen(false)] out string? error)
    {
        command = default;
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 4 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            error = $"not JSON: {e.Message}";
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                error = "expected an object with a string \"type\" (key, inspect or path)";
                return false;
            }
            switch (type.GetString())
            {
                case "key":
                    if (!root.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String || !KeyNames.TryParse(key.GetString()!, out var name))
                    {
                        error = "key: \"key\" must be one of up, down, left, right, select, back";
                        return false;
                    }
                    command = new LoopCommand(LoopCommandKind.Key, Key: name);
                    error = null;
                    return true;
                case "inspect":
                    if (!root.TryGetProperty("on", out var on) || on.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        error = "inspect: \"on\" must be true or false";
                        return false;
                    }
                    command = new LoopCommand(LoopCommandKind.Inspect, On: on.GetBoolean());
                    error = null;
                    return true;
                case "path":
                    if (!root.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.String || !PathChoices.Contains(path.GetString()!))
                    {
                        error = $"path: \"path\" must be one of {string.Join(", ", PathChoices)}";
                        return false;
                    }
                    command = new LoopCommand(LoopCommandKind.Path, Choice: path.GetString());
                    error = null;
                    return true;
                default:
                    var unknown = type.GetString()!;
                    error = $"unknown type \"{(unknown.Length > 40 ? unknown[..40] + "…" : unknown)}\" (expected key, inspect or path)";
                    return false;
            }
        }
    }
}
