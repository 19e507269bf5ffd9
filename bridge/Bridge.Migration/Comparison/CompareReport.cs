using System.Text;
using System.Text.Json;

namespace Bridge.Migration;

/// <summary>The comparison of one page's native and legacy implementations under the same input: compare.json.</summary>
/// <remarks>Ready to retire legacy only when at least one dump and one screenshot were compared, every tree matches,
/// every screenshot's share of differing pixels is within the page's tolerance, both paths measured key events and
/// native's key-to-committed p99 is within its budget (the manifest's, or legacy's p99 when the manifest sets none).
/// Under <see cref="LatencySummary.MinimumForP99"/> events a path has no p99: its max is judged instead, and the
/// reasons and compare.json say "max". Each failed condition is one reason.</remarks>
public sealed class CompareReport
{
    /// <summary>Builds a report and decides its verdict against <paramref name="criteria"/> (the defaults when null).</summary>
    public CompareReport(string page, string engine, IReadOnlyList<NamedTreeDiff> trees, IReadOnlyList<NamedPixelDiff> pixels,
        PathLatency native, PathLatency legacy, CompareCriteria? criteria = null)
    {
        Page = page;
        Engine = engine;
        Trees = trees;
        Pixels = pixels;
        Native = native;
        Legacy = legacy;
        Criteria = criteria ?? CompareCriteria.Default;
        // Like with like: the p99s when both paths have one, otherwise both maxima.
        var p99 = native.Committed.HasP99 && legacy.Committed.HasP99;
        RatioStatistic = p99 ? "p99" : "max";
        var (nativeTail, legacyTail) = p99 ? (native.Committed.P99, legacy.Committed.P99) : (native.Committed.Max, legacy.Committed.Max);
        Ratio = native.Committed.Count > 0 && legacy.Committed.Count > 0 && legacyTail > 0
            ? nativeTail / legacyTail
            : null;
        var reasons = new List<string>();
        if (trees.Count == 0)
        {
            reasons.Add("no tree dump was compared (add a dump step to the script)");
        }
        foreach (var t in trees.Where(t => !t.Diff.Matches))
        {
            var first = t.Diff.First!;
            reasons.Add($"dump {t.Name}: {t.Diff.DifferingNodes} node(s) differ, first at {first.Path} ({first.Field}: native {first.Native}, legacy {first.Legacy})");
        }
        if (pixels.Count == 0)
        {
            reasons.Add("no screenshot was compared (add a screenshot step to the script)");
        }
        foreach (var p in pixels.Where(p => p.Diff.Share > Criteria.Pixels.MaxShare))
        {
            reasons.Add($"screenshot {p.Name}: {PixelTolerance.FormatShare(p.Diff.Share)} of pixels differ ({p.Diff.DifferingPixels} px), " +
                        $"over the tolerance of {Criteria.Pixels.ShareText}");
        }
        if (native.Committed.Count == 0 || legacy.Committed.Count == 0)
        {
            reasons.Add($"no key events measured on the {(native.Committed.Count == 0 ? "native" : "legacy")} path");
        }
        else if (Criteria.BudgetP99Ms is { } budget)
        {
            if (native.Committed.TailMs > budget)
            {
                reasons.Add(Inv($"native is over its latency budget: key to committed {native.Committed.TailName} {native.Committed.TailMs:0.###} ms > {budget:0.###} ms over {native.Committed.Count} keys"));
            }
        }
        else if (Ratio > 1)
        {
            reasons.Add(Inv($"native is slower: key to committed {RatioStatistic} {nativeTail:0.###} ms vs legacy {legacyTail:0.###} ms"));
        }
        Reasons = reasons;
        Verdict = reasons.Count == 0 ? CompareVerdict.ReadyToRetireLegacy : CompareVerdict.KeepLegacy;
    }

    /// <summary>What the verdict was judged against.</summary>
    public CompareCriteria Criteria { get; }

    /// <summary>The compared page.</summary>
    public string Page { get; }

    /// <summary>The engine the legacy path ran on.</summary>
    public string Engine { get; }

    /// <summary>The tree diffs, one per dump.</summary>
    public IReadOnlyList<NamedTreeDiff> Trees { get; }

    /// <summary>The pixel diffs, one per screenshot.</summary>
    public IReadOnlyList<NamedPixelDiff> Pixels { get; }

    /// <summary>The native path's latency.</summary>
    public PathLatency Native { get; }

    /// <summary>The legacy path's latency.</summary>
    public PathLatency Legacy { get; }

    /// <summary>Native over legacy, key to committed, of <see cref="RatioStatistic"/>; null when a path has no events.</summary>
    public double? Ratio { get; }

    /// <summary>What <see cref="Ratio"/> divides: "p99" when both paths have 1,000 keys, otherwise "max".</summary>
    public string RatioStatistic { get; }

    /// <summary>The verdict.</summary>
    public CompareVerdict Verdict { get; }

    /// <summary>Why the verdict is <see cref="CompareVerdict.KeepLegacy"/>; empty when ready.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The outcome as the status table shows it.</summary>
    public CompareOutcome Outcome => new(Page, Trees.Count > 0 && Trees.All(t => t.Diff.Matches), Trees.Sum(t => t.Diff.DifferingNodes),
        Pixels.Count == 0 ? null : Pixels.Max(p => p.Diff.Share), Ratio, Verdict)
    {
        Reasons = Reasons,
        Screenshots = Pixels.Select(p => new ComparedScreenshot(p.Name, p.Diff.Share, p.NativeFile, p.LegacyFile, p.DiffFile)).ToList(),
    };

    /// <summary>Writes compare.json.</summary>
    public void Save(string path) => File.WriteAllText(path, ToJson(), new UTF8Encoding(false));

    /// <summary>Serializes the report as compare.json holds it.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("page", Page);
            w.WriteString("engine", Engine);
            WriteTree(w);
            WritePixels(w);
            w.WriteStartObject("latency");
            WritePath(w, "native", Native);
            WritePath(w, "legacy", Legacy);
            WriteNullable(w, "ratio", Ratio);
            w.WriteString("measure", $"key to committed {RatioStatistic}");
            WriteNullable(w, "budgetP99Ms", Criteria.BudgetP99Ms);
            w.WriteEndObject();
            w.WriteString("verdict", VerdictName(Verdict));
            w.WriteStartArray("reasons");
            foreach (var r in Reasons)
            {
                w.WriteStringValue(r);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads the outcome of a compare.json written by <see cref="Save"/>.</summary>
    /// <exception cref="MigrationFileException">The file is missing or not a compare report.</exception>
    public static CompareOutcome ReadOutcome(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        try
        {
            using var doc = JsonValues.Parse(File.ReadAllText(full));
            var root = doc.RootElement;
            var tree = root.GetProperty("tree");
            var pixels = root.GetProperty("pixels");
            var ratio = root.GetProperty("latency").GetProperty("ratio");
            var verdictName = root.GetProperty("verdict").GetString();
            if (!TryParseVerdict(verdictName, out var verdict))
            {
                throw new FormatException($"verdict: \"{verdictName}\" is not ready-to-retire-legacy or keep-legacy");
            }
            var share = pixels.GetProperty("maxShare");
            var shots = new List<ComparedScreenshot>();
            foreach (var shot in pixels.GetProperty("screenshots").EnumerateArray())
            {
                var name = shot.GetProperty("name").GetString()!;
                shots.Add(new ComparedScreenshot(name, shot.GetProperty("share").GetDouble(),
                    OptionalString(shot, "native") ?? CompareArtifacts.Screenshot(name, Routing.PagePath.Native),
                    OptionalString(shot, "legacy") ?? CompareArtifacts.Screenshot(name, Routing.PagePath.Legacy),
                    OptionalString(shot, "diff") ?? CompareArtifacts.DiffImage(name)));
            }
            return new CompareOutcome(root.GetProperty("page").GetString()!, tree.GetProperty("matches").GetBoolean(),
                tree.GetProperty("differingNodes").GetInt32(), share.ValueKind == JsonValueKind.Null ? null : share.GetDouble(),
                ratio.ValueKind == JsonValueKind.Null ? null : ratio.GetDouble(), verdict)
            {
                Reasons = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList(),
                Screenshots = shots,
                Folder = System.IO.Path.GetDirectoryName(full),
                Written = File.GetLastWriteTimeUtc(full),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new MigrationFileException(full, [$"not a compare report: {ex.Message}"]);
        }
    }

    private static string? OptionalString(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Parses a verdict's JSON name; false for anything else.</summary>
    public static bool TryParseVerdict(string? name, out CompareVerdict verdict)
    {
        verdict = name switch
        {
            "ready-to-retire-legacy" => CompareVerdict.ReadyToRetireLegacy,
            "keep-legacy" => CompareVerdict.KeepLegacy,
            _ => default,
        };
        return verdict != default;
    }

    /// <summary>The JSON name of a verdict.</summary>
    public static string VerdictName(CompareVerdict verdict) =>
        verdict == CompareVerdict.ReadyToRetireLegacy ? "ready-to-retire-legacy" : "keep-legacy";

    private void WriteTree(Utf8JsonWriter w)
    {
        w.WriteStartObject("tree");
        w.WriteBoolean("matches", Outcome.TreesMatch);
        w.WriteNumber("differingNodes", Trees.Sum(t => t.Diff.DifferingNodes));
        var first = Trees.FirstOrDefault(t => t.Diff.First is not null);
        if (first is null)
        {
            w.WriteNull("first");
        }
        else
        {
            w.WriteStartObject("first");
            w.WriteString("dump", first.Name);
            w.WriteString("path", first.Diff.First!.Path);
            w.WriteString("field", first.Diff.First.Field);
            w.WriteString("native", first.Diff.First.Native);
            w.WriteString("legacy", first.Diff.First.Legacy);
            w.WriteEndObject();
        }
        w.WriteStartArray("dumps");
        foreach (var t in Trees)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteNumber("nativeNodes", t.Diff.NativeNodes);
            w.WriteNumber("legacyNodes", t.Diff.LegacyNodes);
            w.WriteNumber("differingNodes", t.Diff.DifferingNodes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WritePixels(Utf8JsonWriter w)
    {
        w.WriteStartObject("pixels");
        WriteNullable(w, "maxShare", Pixels.Count == 0 ? null : Pixels.Max(p => p.Diff.Share));
        w.WriteNumber("toleratedShare", Criteria.Pixels.MaxShare);
        w.WriteStartArray("screenshots");
        foreach (var p in Pixels)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteNumber("width", p.Diff.Width);
            w.WriteNumber("height", p.Diff.Height);
            w.WriteNumber("differingPixels", p.Diff.DifferingPixels);
            w.WriteNumber("share", p.Diff.Share);
            w.WriteNumber("tolerance", p.Diff.Tolerance);
            w.WriteNumber("maxChannelDifference", p.Diff.MaxChannelDifference);
            w.WriteString("native", p.NativeFile);
            w.WriteString("legacy", p.LegacyFile);
            w.WriteString("diff", p.DiffFile);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter w, string name, PathLatency latency)
    {
        w.WriteStartObject(name);
        w.WriteString("keys", latency.Keys);
        JsonSummaries.Write(w, "committed", latency.Committed);
        JsonSummaries.Write(w, "present", latency.Present);
        w.WriteEndObject();
    }

    private static string Inv(FormattableString s) => s.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
