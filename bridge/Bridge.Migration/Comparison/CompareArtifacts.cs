using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>The files a run and a comparison write into the output directory, and the comparison built from them.</summary>
/// <remarks>A run writes NAME.png and NAME.tree.json. A comparison runs the page on both paths and writes
/// NAME.native.png / NAME.legacy.png and NAME.native.tree.json / NAME.legacy.tree.json for each script step.</remarks>
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

    /// <summary>Builds the comparison of a page from the artifacts its script's dump and screenshot steps wrote.</summary>
    /// <exception cref="MigrationFileException">A dump file is missing or malformed.</exception>
    /// <exception cref="InvalidDataException">A screenshot is missing, undecodable, or the two sizes differ.</exception>
    public static CompareReport Build(string page, string engine, string outDir, Script script, LatencyRecorder recorder,
        int pixelTolerance = 8, double treeTolerancePx = 0.5)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(recorder);
        var trees = new List<NamedTreeDiff>();
        var pixels = new List<NamedPixelDiff>();
        foreach (var step in script.Steps)
        {
            if (step is DumpStep dump)
            {
                var native = TreeDump.Load(Path.Combine(outDir, Dump(dump.Name, PagePath.Native)));
                var legacy = TreeDump.Load(Path.Combine(outDir, Dump(dump.Name, PagePath.Legacy)));
                trees.Add(new NamedTreeDiff(dump.Name, TreeDiff.Compare(native, legacy, treeTolerancePx)));
            }
            else if (step is ScreenshotStep shot)
            {
                var diff = PixelDiff.Compare(Path.Combine(outDir, Screenshot(shot.Name, PagePath.Native)),
                    Path.Combine(outDir, Screenshot(shot.Name, PagePath.Legacy)), pixelTolerance);
                pixels.Add(new NamedPixelDiff(shot.Name, diff));
            }
        }
        recorder.TryGetGroup(page, PagePath.Native, LatencyRecorder.NoEngine, out var nativeGroup);
        recorder.TryGetGroup(page, PagePath.Legacy, engine, out var legacyGroup);
        return new CompareReport(page, engine, trees, pixels, PathLatency.Of(nativeGroup), PathLatency.Of(legacyGroup));
    }

    private static string ShownName(PagePath path) => path switch
    {
        PagePath.Native or PagePath.Legacy => PagePaths.ToName(path),
        _ => throw new ArgumentException("a compared artifact belongs to the native or the legacy path, not 'compare'", nameof(path)),
    };
}
