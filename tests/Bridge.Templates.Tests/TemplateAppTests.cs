using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bridge.Templates.Tests;

/// <summary>A team's first hour with Bridge, outside this repository: the packed feed, <c>dotnet new bridge-app</c>, build,
/// <c>run</c> and <c>compare</c>; then the same app with its legacy page retired, published with no JS engine.</summary>
public sealed class TemplateAppTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-template-").FullName;
    private readonly string _version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    [Fact]
    public void A_new_app_from_the_packed_feed_builds_runs_and_compares_and_retired_it_publishes_without_a_js_engine()
    {
        var feed = Path.Combine(_dir, "feed");
        Run("bash", Repository, [Path.Combine(Repository, "scripts", "pack"), feed, _version, "--no-build"]);
        var hive = Path.Combine(_dir, "hive");
        Run("dotnet", _dir, ["new", "install", Path.Combine(feed, "templates", "bridge-app"), "--debug:custom-hive", hive]);
        var app = Path.Combine(_dir, "TvApp");
        Run("dotnet", _dir, ["new", "bridge-app", "-n", "TvApp", "-o", app, "--bridgeVersion", _version, "--debug:custom-hive", hive]);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><add key="bridge" value="{feed}" /></packageSources></configuration>
            """);
        var tgz = Directory.GetFiles(feed, "bridge-host-*.tgz").Single();
        Run("npm", app, ["install", tgz, "--no-audit", "--no-fund", "--loglevel=error"]);
        Run("dotnet", app, ["build", "-c", "Release", "--nologo"]);
        var program = Path.Combine(app, "bin", "Release", "net10.0", "TvApp.dll");
        Assert.True(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "legacy", "index.js")), "dotnet build bundles the legacy pages");

        // The manifest runs hello in compare: the native page on screen, the legacy one in the shadow.
        var run = Run("dotnet", app, [program, "run", "--out", "out", "--pace", "unpaced"]);
        Assert.Contains("0 unaccounted", run);
        Assert.Equal("greeting-2", Focused(Path.Combine(app, "out", "hello-chosen.tree.json")));

        var compare = Run("dotnet", app, [program, "compare", "--page", "hello", "--script", "compare-hello.json", "--out", "out/compare", "--pace", "unpaced", "--latency-keys", "20"]);
        Assert.Contains("verdict: ready-to-retire-legacy", compare);
        using (var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "out", "compare", "compare.json"))))
        {
            Assert.Equal("ready-to-retire-legacy", report.RootElement.GetProperty("verdict").GetString());
        }

        // Retirement: the page goes native for good, the legacy package and its build go, and the app ships no JS engine.
        File.WriteAllText(Path.Combine(app, "manifest.json"), """{"start": "hello", "pages": {"hello": {"native": "Hello", "live": "native"}}}""");
        var project = Path.Combine(app, "TvApp.csproj");
        var retiredProject = Regex.Replace(File.ReadAllText(project),
            @"\s*<!--(?:(?!-->).)*-->\s*<(?:PackageReference Include=""Bridge\.Legacy""|BridgeLegacyBundle)[^>]*/>", "", RegexOptions.Singleline);
        Assert.DoesNotContain("Legacy", retiredProject, StringComparison.Ordinal);
        File.WriteAllText(project, retiredProject);
        var programCs = Path.Combine(app, "Program.cs");
        File.WriteAllLines(programCs, File.ReadAllLines(programCs).Where(l => !l.Contains("AddLegacyPages", StringComparison.Ordinal) && l != "using Bridge.Legacy;"));
        Directory.Delete(Path.Combine(app, "legacy"), recursive: true);
        var published = Path.Combine(_dir, "published");
        Run("dotnet", app, ["publish", "-c", "Release", "--nologo", "-o", published]);
        var files = Directory.GetFiles(published, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(files, f => f!.Contains("Jint", StringComparison.OrdinalIgnoreCase)
                                          || f.Contains("ClearScript", StringComparison.OrdinalIgnoreCase)
                                          || f.Contains("v8", StringComparison.OrdinalIgnoreCase)
                                          || f.StartsWith("Bridge.Legacy", StringComparison.Ordinal)
                                          || f.StartsWith("Bridge.Bus", StringComparison.Ordinal));
        Assert.Contains("TvApp.dll", files);
        var retired = Run("dotnet", _dir, [Path.Combine(published, "TvApp.dll"), "run", "--out", Path.Combine(_dir, "retired-out"), "--pace", "unpaced"]);
        Assert.Contains("0 unaccounted", retired);
        Assert.Contains("errors: 0", retired);
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        // The packages of this test's version are in the user's package cache now; nothing else will use them.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var package in Directory.Exists(cache) ? Directory.GetDirectories(cache, "bridge.*") : [])
        {
            var version = Path.Combine(package, _version.ToLowerInvariant());
            if (Directory.Exists(version))
            {
                Directory.Delete(version, recursive: true);
            }
        }
    }

    private static string Repository
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Bridge.sln")))
                {
                    return d.FullName;
                }
            }
            throw new DirectoryNotFoundException($"no Bridge.sln above {AppContext.BaseDirectory}");
        }
    }

    private static string? Focused(string dump)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(dump));
        return Find(doc.RootElement);

        static string? Find(JsonElement node)
        {
            if (node.TryGetProperty("focused", out var f) && f.GetBoolean())
            {
                return node.GetProperty("testID").GetString();
            }
            if (node.TryGetProperty("children", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    if (Find(child) is { } id)
                    {
                        return id;
                    }
                }
            }
            return null;
        }
    }

    private static string Run(string file, string directory, string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["LIBGL_ALWAYS_SOFTWARE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(6)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 6 minutes");
        }
        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{output}");
        return output;
    }
}
