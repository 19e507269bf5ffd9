using System.Diagnostics;

namespace Bridge.Cli.Tests;

/// <summary>Runs the built <c>bridge</c> program as users do, in a child process, and the demo's legacy bundle build.</summary>
internal static class BridgeProcess
{
    private static readonly Lazy<string> Bundle = new(() => BuildBundle("legacy-js/demo/app.jsx", "demo.js"));

    // The demo draws its posters into the asset cache before its first frame: ~10 s into an empty cache (a fresh CI
    // machine), more while other tests run. Drawn once here, before the first program starts, so that no test's wait for
    // a frame includes them and parallel tests do not each draw them all.
    private static readonly Lazy<bool> s_posters = new(() =>
    {
        new Bridge.App.Posters.PosterGenerator(Bridge.App.DemoApp.DefaultAssetCache()).EnsureAll(Bridge.App.Content.Catalog.Generate());
        return true;
    });

    public static string RepositoryRoot
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
            throw new DirectoryNotFoundException("no Bridge.sln above the test assembly");
        }
    }

    /// <summary>The demo's legacy pages built once per test run with scripts/build-legacy.</summary>
    public static string DemoBundle => Bundle.Value;

    public static (int ExitCode, string Output) Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs the program with extra environment variables.</summary>
    public static (int ExitCode, string Output) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (code, stdout, stderr) = RunSeparately(environment, args);
        return (code, stdout + stderr);
    }

    /// <summary>Runs the program and returns its exit code, standard output and standard error apart.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunSeparately(params string[] args) =>
        RunSeparately(new Dictionary<string, string>(), args);

    private static (int ExitCode, string Stdout, string Stderr) RunSeparately(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = Program();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["LIBGL_ALWAYS_SOFTWARE"] = "1";
        return ExecuteSeparately(start, TimeSpan.FromMinutes(5));
    }

    /// <summary>The built program (<c>dotnet bridge.dll</c>, from the repository), output redirected; the demo's posters are
    /// drawn first.</summary>
    public static ProcessStartInfo Program()
    {
        _ = s_posters.Value;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bridge.dll"));
        return start;
    }

    /// <summary>Starts the program without waiting for it, for tests that talk to it while it runs.</summary>
    public static RunningBridge Start(params string[] args)
    {
        var start = Program();
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["LIBGL_ALWAYS_SOFTWARE"] = "1";
        return new RunningBridge(Process.Start(start)!);
    }

    /// <summary>Builds legacy pages (<paramref name="entry"/>, relative to the repository) into a bundle named
    /// <paramref name="name"/> in this run's temp folder with scripts/build-legacy; returns its path.</summary>
    public static string BuildBundle(string entry, string name)
    {
        var output = Path.Combine(Path.GetTempPath(), $"bridge-cli-tests-{Environment.ProcessId}", name);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "scripts/build-legacy", entry, output })
        {
            start.ArgumentList.Add(a);
        }
        var (code, text) = Execute(start, TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException($"scripts/build-legacy failed ({code}):\n{text}");
        }
        return output;
    }

    private static (int, string) Execute(ProcessStartInfo start, TimeSpan timeout)
    {
        var (code, stdout, stderr) = ExecuteSeparately(start, timeout);
        return (code, stdout + stderr);
    }

    private static (int, string, string) ExecuteSeparately(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout}");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A <c>bridge</c> process the test talks to while it runs; its output (stdout and stderr) is collected.</summary>
internal sealed class RunningBridge : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    public RunningBridge(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; throws with the output when the process ends first or time runs out.</summary>
    public async Task WaitForOutput(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"bridge never printed \"{text}\" (exited: {_process.HasExited}):\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
