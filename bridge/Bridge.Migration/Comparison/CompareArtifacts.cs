using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>The files a run and a comparison write into the output directory, and the comparison built from them.</summary>
/// <remarks>A run writes NAME.png and NAME.tree.json. A comparison runs the page on both paths and writes
/// NAME.native.png / NAME.legacy.png and NAME.native.tree.json / NAME.legacy.tree.json for each script step; building
/// the comparison adds NAME.diff.png per screenshot.</remarks>
public static class CompareArtifacts
{
    /// <summary>The comparison report's file name.</summary>
    public const string ReportFile = "compare.json";

    /// <summary>A run's screenshot file: NAME.png.</summary>
    public static string Screenshot(string name) => name + ".png";

    /// <summary>A run's tree dump file: NAME.tree.json.</summary>
    public static string Dump(string name) => name + ".tree.json";

    /// <summary>A compared path's screenshot file: NAME.native.png or NAME.legacy.png.</summary>
    public static string Screenshot(string name, PagePath path) => $"{name}.{ShownName(path)}.png";

    /// <summary>A compared path's tree dump file: NAME.native.tree.json or NAME.legacy.tree.json.</summary>
    public static string Dump(string name, PagePath path) => $"{name}.{ShownName(path)}.tree.json";

    /// <summary>A compared screenshot's diff image: NAME.diff.png.</summary>
    public static string DiffImage(string name) => name + ".diff.png";

    /// <summary>Builds the comparison of a page from the artifacts its script's dump and screenshot steps wrote, writes a
    /// diff image beside each pair of screenshots, and judges it against <paramref name="criteria"/> (defaults when null).</summary>
    /// <exception cref="MigrationFileException">A dump file is missing or malformed.</exception>
    /// <exception cref="InvalidDataException">A screenshot is missing, undecodable, or the two sizes differ.</exception>
    public static CompareReport Build(string page, string engine, string outDir, Script script, LatencyRecorder recorder,
        CompareCriteria? criteria = null, double treeTolerancePx = 0.5)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        recorder.TryGetGroup(page, PagePath.Native, LatencyRecorder.NoEngine, out var nativeGroup);
        recorder.TryGetGroup(page, PagePath.Legacy, engine, out var legacyGroup);
        return Build(page, engine, outDir, script, PathLatency.Of(nativeGroup), PathLatency.Of(legacyGroup), criteria, treeTolerancePx);
    }

    /// <summary>Builds the comparison of a page like <see cref="Build(string, string, string, Script, LatencyRecorder, CompareCriteria?, double)"/>,
    /// with latency measured apart (sampled keys, for one).</summary>
    /// <exception cref="MigrationFileException">A dump file is missing or malformed.</exception>
    /// <exception cref="InvalidDataException">A screenshot is missing, undecodable, or the two sizes differ.</exception>
    public static CompareReport Build(string page, string engine, string outDir, Script script, PathLatency nativeLatency, PathLatency legacyLatency,
        CompareCriteria? criteria = null, double treeTolerancePx = 0.5)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(nativeLatency);
        ArgumentNullException.ThrowIfNull(legacyLatency);
        criteria ??= CompareCriteria.Default;
        var trees = new List<NamedTreeDiff>();
        var pixels = new List<NamedPixelDiff>();
        foreach (var step in script.Steps)
        {
            if (step is DumpStep dump)
            {
                var native = TreeDumpFile.Load(Path.Combine(outDir, Dump(dump.Name, PagePath.Native)));
                var legacy = TreeDumpFile.Load(Path.Combine(outDir, Dump(dump.Name, PagePath.Legacy)));
                trees.Add(new NamedTreeDiff(dump.Name, TreeDiff.Compare(native, legacy, treeTolerancePx)));
            }
            else if (step is ScreenshotStep shot)
            {
                var nativeFile = Path.Combine(outDir, Screenshot(shot.Name, PagePath.Native));
                var legacyFile = Path.Combine(outDir, Screenshot(shot.Name, PagePath.Legacy));
                var native = RgbaImage.LoadPng(nativeFile);
                var legacy = RgbaImage.LoadPng(legacyFile);
                var diff = PixelDiff.Compare(native, legacy, criteria.Pixels.Channel, nativeFile, legacyFile);
                Migration.DiffImage.Create(native, legacy, criteria.Pixels.Channel).SavePng(Path.Combine(outDir, DiffImage(shot.Name)));
                pixels.Add(new NamedPixelDiff(shot.Name, diff));
            }
        }
        return new CompareReport(page, engine, trees, pixels, nativeLatency, legacyLatency, criteria);
    }

    private static string ShownName(PagePath path) => path switch
    {
        PagePath.Native or PagePath.Legacy => PagePaths.ToName(path),
        _ => throw new ArgumentException("a compared artifact belongs to the native or the legacy path, not 'compare'", nameof(path)),
    };
}
