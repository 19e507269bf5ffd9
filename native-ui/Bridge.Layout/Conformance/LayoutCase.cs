using System.Text.Json;

namespace Bridge.Layout.Conformance;

/// <summary>An expected box of a conformance case, relative to its parent and rounded.</summary>
public sealed record ExpectedBox(float Left, float Top, float Width, float Height, IReadOnlyList<ExpectedBox> Children);

/// <summary>One conformance case in the format of <c>tests/Bridge.Layout.Tests/Conformance/cases/README.md</c>.</summary>
public sealed record LayoutCase(
    string Name,
    string File,
    bool Disabled,
    float PointScaleFactor,
    bool UseWebDefaults,
    Errata Errata,
    ExperimentalFeatures ExperimentalFeatures,
    float AvailableWidth,
    float AvailableHeight,
    JsonElement Tree,
    ExpectedBox Expected,
    ExpectedBox? ExpectedRtl);

/// <summary>Outcome of one case in one direction.</summary>
/// <param name="Failure">Null when passed; else the first differing node path and values.</param>
public sealed record CaseResult(string Name, Direction Direction, bool Disabled, string? Failure)
{
    /// <summary>Whether the layout matched the expected boxes.</summary>
    public bool Passed => Failure == null;
}

/// <summary>Reads conformance case files.</summary>
public static class LayoutCaseFile
{
    /// <summary>Loads every case of a JSON case file; throws <see cref="FormatException"/> naming the case on bad input.</summary>
    public static IReadOnlyList<LayoutCase> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{path}: expected a JSON array of cases at the top level");
        var cases = new List<LayoutCase>();
        int index = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            string name = c.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : $"#{index}";
            try
            {
                cases.Add(Parse(c, name));
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new FormatException($"{path}: case '{name}': {e.Message}", e);
            }
            index++;
        }
        return cases;
    }

    private static LayoutCase Parse(JsonElement c, string name)
    {
        float scale = 1f;
        bool webDefaults = false;
        var errata = Errata.None;
        var experiments = ExperimentalFeatures.None;
        if (c.TryGetProperty("config", out var config))
        {
            if (config.TryGetProperty("pointScaleFactor", out var s)) scale = s.GetSingle();
            if (config.TryGetProperty("useWebDefaults", out var w)) webDefaults = w.GetBoolean();
            if (config.TryGetProperty("errata", out var e))
                foreach (var item in e.EnumerateArray()) errata |= ParseErrata(item.GetString());
            if (config.TryGetProperty("experimentalFeatures", out var x))
            {
                foreach (var item in x.EnumerateArray())
                    experiments |= item.GetString() == "WebFlexBasis"
                        ? ExperimentalFeatures.WebFlexBasis
                        : throw new FormatException($"unknown experimental feature '{item.GetString()}'");
            }
        }
        return new LayoutCase(
            name,
            c.TryGetProperty("file", out var f) ? f.GetString() ?? "" : "",
            c.TryGetProperty("disabled", out var d) && d.GetBoolean(),
            scale, webDefaults, errata, experiments,
            OptionalSize(c, "availableWidth"), OptionalSize(c, "availableHeight"),
            c.GetProperty("tree").Clone(),
            ParseBox(c.GetProperty("expected")),
            c.TryGetProperty("expected_rtl", out var rtl) && rtl.ValueKind == JsonValueKind.Object ? ParseBox(rtl) : null);
    }

    private static Errata ParseErrata(string? name) => name switch
    {
        "MinSizeUndefinedInsteadOfAuto" => Errata.MinSizeUndefinedInsteadOfAuto,
        "StretchFlexBasis" => Errata.StretchFlexBasis,
        "AbsolutePositionWithoutInsetsExcludesPadding" => Errata.AbsolutePositionWithoutInsetsExcludesPadding,
        "AbsolutePercentAgainstInnerSize" => Errata.AbsolutePercentAgainstInnerSize,
        "FlexItemPercentMinMaxAgainstOwner" => Errata.FlexItemPercentMinMaxAgainstOwner,
        "All" => Errata.StretchFlexBasis | Errata.AbsolutePositionWithoutInsetsExcludesPadding | Errata.AbsolutePercentAgainstInnerSize | Errata.MinSizeUndefinedInsteadOfAuto | Errata.FlexItemPercentMinMaxAgainstOwner,
        "Classic" => Errata.AbsolutePositionWithoutInsetsExcludesPadding | Errata.AbsolutePercentAgainstInnerSize | Errata.MinSizeUndefinedInsteadOfAuto | Errata.FlexItemPercentMinMaxAgainstOwner,
        _ => throw new FormatException($"unknown errata '{name}'"),
    };

    private static float OptionalSize(JsonElement c, string key) =>
        c.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetSingle() : float.NaN;

    private static ExpectedBox ParseBox(JsonElement e)
    {
        var children = new List<ExpectedBox>();
        if (e.TryGetProperty("children", out var ch))
            foreach (var c in ch.EnumerateArray()) children.Add(ParseBox(c));
        return new ExpectedBox(Num(e, "left"), Num(e, "top"), Num(e, "width"), Num(e, "height"), children);
    }

    /// <summary>A number, or null for an undefined (NaN) value.</summary>
    private static float Num(JsonElement e, string key)
    {
        var v = e.GetProperty(key);
        return v.ValueKind switch
        {
            JsonValueKind.Number => v.GetSingle(),
            JsonValueKind.Null => float.NaN,
            _ => throw new FormatException($"'{key}' must be a number or null, got {v.GetRawText()}"),
        };
    }
}
