using System.Diagnostics;
using Bridge.Legacy.Hosting;

namespace Bridge.Legacy.Tests.Support;

/// <summary>Builds tests/Bridge.Legacy.Tests/fixtures/index.jsx with scripts/build-legacy once per test run (and other
/// entries on request).</summary>
internal static class FixtureBundle
{
    private static readonly Lazy<LegacyBundle> s_bundle = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static LegacyBundle Bundle => s_bundle.Value;

    private static LegacyBundle Build() =>
        Build(Path.Combine(RepoPaths.Root, "tests", "Bridge.Legacy.Tests", "fixtures", "index.jsx"),
            Path.Combine(Path.GetTempPath(), $"bridge-legacy-tests-{Environment.ProcessId}", "fixtures.js"));

    /// <summary>Builds <paramref name="entry"/> into <paramref name="output"/> with scripts/build-legacy and reads it.</summary>
    public static LegacyBundle Build(string entry, string output)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepoPaths.Root, "scripts", "build-legacy"), entry, output },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start bash for scripts/build-legacy");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/build-legacy failed ({process.ExitCode}):\n{stdout}\n{stderr.Result}");
        }
        return LegacyBundle.FromFile(output);
    }
}
