namespace Bridge.Migration;

/// <summary>Finishes a comparison whose two passes have run: judges it, writes its files and records it.</summary>
public static class ComparisonResults
{
    /// <summary>Builds the comparison of <paramref name="page"/> from the artifacts in <paramref name="outDir"/>, judged
    /// against the manifest page's pixel tolerance and latency budget; writes compare.json, NAME.diff.png per screenshot
    /// and report.html (the migration dashboard of the folder), and adds the comparison to the folder's results store.</summary>
    /// <exception cref="MigrationFileException">A dump or the results store cannot be read.</exception>
    /// <exception cref="InvalidDataException">A screenshot is missing, undecodable, or the two sizes differ.</exception>
    public static CompareReport Save(Manifest manifest, Script script, string page, string engine, string pace, string outDir,
        LatencyRecorder latency)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(script);
        return Record(manifest, script, engine, pace, outDir,
            CompareArtifacts.Build(page, engine, outDir, script, latency, CompareCriteria.Of(manifest.GetPage(page))));
    }

    /// <summary>Like <see cref="Save(Manifest, Script, string, string, string, string, LatencyRecorder)"/>, with each path's
    /// latency measured apart (the sampled warm keys of <c>bridge compare</c>).</summary>
    /// <exception cref="MigrationFileException">A dump or the results store cannot be read.</exception>
    /// <exception cref="InvalidDataException">A screenshot is missing, undecodable, or the two sizes differ.</exception>
    public static CompareReport Save(Manifest manifest, Script script, string page, string engine, string pace, string outDir,
        PathLatency native, PathLatency legacy)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(script);
        return Record(manifest, script, engine, pace, outDir,
            CompareArtifacts.Build(page, engine, outDir, script, native, legacy, CompareCriteria.Of(manifest.GetPage(page))));
    }

    private static CompareReport Record(Manifest manifest, Script script, string engine, string pace, string outDir, CompareReport report)
    {
        var started = DateTimeOffset.Now;
        report.Save(Path.Combine(outDir, CompareArtifacts.ReportFile));
        var info = new RunInfo(manifest.Path, script.Source, engine, pace, script.Size, started, TimeSpan.Zero);
        using (var store = ResultsStore.Open(outDir))
        {
            store.AddComparison(report, info, outDir);
        }
        AtomicFile.WriteAllText(Path.Combine(outDir, ReportWriter.HtmlFile), MigrationDashboard.Build(manifest, outDir).ToHtmlDocument());
        return report;
    }
}
