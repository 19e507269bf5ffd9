using System.Text.Json;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>An input script: viewport size and the steps to play.</summary>
/// <remarks>Format: <c>{"size":[1280,720], "steps":[{"navigate":"home"}, {"key":"right","repeat":3}, {"idle":true},
/// {"wait":250}, {"screenshot":"home-1"}, {"dump":"home-1"}]}</c>; <c>navigate</c> may carry <c>"params":{...}</c>.
/// <c>{"debug":"focus"}</c> shows the focus debug overlay in later frames and screenshots, <c>{"debug":"none"}</c> hides it.</remarks>
public sealed class Script
{
    private Script(string source, ScreenSize size, IReadOnlyList<ScriptStep> steps)
    {
        Source = source;
        Size = size;
        Steps = steps;
    }

    /// <summary>Where the script came from (a file path or a name given to <see cref="Parse"/>).</summary>
    public string Source { get; }

    /// <summary>The viewport size; 1280x720 when the script gives none.</summary>
    public ScreenSize Size { get; }

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<ScriptStep> Steps { get; }

    /// <summary>The number of key events the script sends (repeats counted).</summary>
    public int KeyEventCount => Steps.OfType<KeyStep>().Sum(k => k.Repeat);

    /// <summary>A script of the same size with other steps (numbered again from 0), named <paramref name="source"/>.</summary>
    public Script WithSteps(string source, IEnumerable<ScriptStep> steps) =>
        new(source, Size, steps.Select((step, i) => step with { Index = i }).ToList());

    /// <summary>Reads and validates a script file; every error names the step index and what is wrong.</summary>
    /// <exception cref="MigrationFileException">The file is missing, not JSON or has errors.</exception>
    public static Script Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Validates script text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="MigrationFileException">The text is not JSON or has errors.</exception>
    public static Script Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonValues.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new MigrationFileException(source, [$"not valid JSON: {ex.Message}"]);
        }
        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MigrationFileException(source, [$"the script must be an object, found {JsonValues.Describe(root.ValueKind)}"]);
            }
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("size" or "steps"))
                {
                    errors.Add($"{property.Name}: unknown key (expected size, steps)");
                }
            }
            var size = ReadSize(root, errors);
            var steps = new List<ScriptStep>();
            if (!root.TryGetProperty("steps", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                errors.Add("steps: missing or not an array");
            }
            else
            {
                var index = 0;
                foreach (var item in array.EnumerateArray())
                {
                    if (ScriptStepReader.Read(index++, item, errors) is { } step)
                    {
                        steps.Add(step);
                    }
                }
            }
            if (errors.Count > 0)
            {
                throw new MigrationFileException(source, errors);
            }
            return new Script(source, size, steps);
        }
    }

    private static ScreenSize ReadSize(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("size", out var size))
        {
            return ScreenSize.Default;
        }
        if (size.ValueKind == JsonValueKind.Array && size.GetArrayLength() == 2
            && size[0].TryGetInt32(out var w) && size[1].TryGetInt32(out var h) && w > 0 && h > 0)
        {
            return new ScreenSize(w, h);
        }
        errors.Add($"size: must be [width, height] in positive integer pixels, found {size.GetRawText()}");
        return ScreenSize.Default;
    }
}
