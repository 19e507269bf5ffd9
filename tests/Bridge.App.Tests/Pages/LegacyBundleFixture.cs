using System.Diagnostics;
using System.Text.Json;
using Bridge.App.Data;
using Bridge.App.Tests.Demo;

namespace Bridge.App.Tests.Pages;

/// <summary>Builds the demo's legacy bundle once per test run and renders its pages in Node to JSON trees.</summary>
public sealed class LegacyBundleFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bridge-demo-" + Guid.NewGuid().ToString("N"));

    public LegacyBundleFixture()
    {
        Directory.CreateDirectory(_folder);
        Bundle = Path.Combine(_folder, "demo.js");
        Run(Path.Combine(DemoFiles.Root, "scripts", "build-legacy"), Path.Combine(DemoFiles.LegacyDemo, "app.jsx"), Bundle);
        Answers = Path.Combine(_folder, "answers.json");
        WriteAnswers(new CatalogDataService(), Answers);
    }

    public string Bundle { get; }

    public string Answers { get; }

    /// <summary>The legacy page's tree as tree.mjs prints it.</summary>
    public string RenderLegacy(string page, string? paramsJson = null)
    {
        string[] args = paramsJson is null
            ? [Path.Combine(DemoFiles.LegacyDemo, "tree.mjs"), Bundle, Answers, page]
            : [Path.Combine(DemoFiles.LegacyDemo, "tree.mjs"), Bundle, Answers, page, paramsJson];
        return Run("node", args);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The answers the demo pages ask for when they mount, keyed as tree.mjs looks them up.</summary>
    private static void WriteAnswers(CatalogDataService data, string path)
    {
        var empty = new Dictionary<string, object?>();
        var answers = new Dictionary<string, object?>
        {
            ["rails"] = data.Fetch("rails", empty),
            ["featured"] = data.Fetch("featured", empty),
            ["settings"] = data.Fetch("settings", empty),
            ["""search:{"query":""}"""] = data.Fetch("search", new Dictionary<string, object?> { ["query"] = "" }),
        };
        foreach (var id in new[] { "t001", "t010" })
        {
            var p = new Dictionary<string, object?> { ["id"] = id };
            answers[$$"""title:{"id":"{{id}}"}"""] = data.Fetch("title", p);
            answers[$$"""similar:{"id":"{{id}}"}"""] = data.Fetch("similar", p);
        }
        File.WriteAllText(path, JsonSerializer.Serialize(answers));
    }

    private static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 3 minutes");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr.Result}");
        }
        return stdout.Result;
    }
}
