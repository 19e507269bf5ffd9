using System.Diagnostics;
using Serilog;

namespace Bridge.Serve;

/// <summary><c>serve --watch</c>: watches the folder of a legacy source entry and, once changes settle
/// (<see cref="Debounce"/>), rebuilds its bundle as scripts/build-legacy does; a good build replaces the bundle file and is
/// handed to <c>onBuilt</c>, a failed one leaves the bundle as it was and is handed to <c>onFailed</c> with esbuild's
/// message. A build that succeeds but does not load (a bundle that throws while it loads: the <c>check</c>) fails the
/// same way.</summary>
/// <remarks>Builds run one at a time off the frame loop; a change during a build starts another when it ends. The build
/// writes beside the bundle first and replaces it only when it succeeded, so a running app never reads half a file.</remarks>
internal sealed class LegacyWatcher : IDisposable
{
    /// <summary>How long the folder must be quiet before a build starts (editors write a file in several steps).</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    /// <summary>Longest a build may take before it is killed and counted as failed.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    private readonly string _entry;
    private readonly string _bundle;
    private readonly string[] _builder;
    private readonly Func<string, string?>? _check;
    private readonly Action _onBuilt;
    private readonly Action<string> _onFailed;
    private readonly ILogger _log;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private bool _building;
    private bool _again;
    private bool _disposed;

    private LegacyWatcher(string entry, string bundle, string[] builder, Func<string, string?>? check, Action onBuilt, Action<string> onFailed, ILogger log)
    {
        (_entry, _bundle, _builder, _check, _onBuilt, _onFailed) = (entry, bundle, builder, check, onBuilt, onFailed);
        _log = log.ForContext<LegacyWatcher>();
        _timer = new Timer(_ => Build(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(entry)!)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, e) => _log.Warning(e.GetException(), "watch: the file watcher of {Folder} failed; changes may be missed", _watcher.Path);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Starts watching the folder of <paramref name="entry"/>; builds go to <paramref name="bundle"/>.</summary>
    /// <param name="entry">The legacy source entry.</param>
    /// <param name="bundle">The bundle file built from it.</param>
    /// <param name="check">Given the path of a new build before it replaces the bundle, why it does not load, or null
    /// when it does; null to check nothing.</param>
    /// <param name="onBuilt">Called once a good build replaced the bundle.</param>
    /// <param name="onFailed">Called with the reason when a build failed or does not load.</param>
    /// <param name="log">Where builds are logged.</param>
    /// <exception cref="FileNotFoundException">The entry does not exist.</exception>
    /// <exception cref="Bridge.Host.AppStartException">No build-legacy can be found.</exception>
    public static LegacyWatcher Start(string entry, string bundle, Func<string, string?>? check, Action onBuilt, Action<string> onFailed, ILogger log)
    {
        if (!File.Exists(entry))
        {
            throw new FileNotFoundException($"--watch: the legacy entry '{entry}' does not exist", entry);
        }
        var watcher = new LegacyWatcher(entry, bundle, FindBuilder(), check, onBuilt, onFailed, log);
        log.Information("watch: rebuilding {Bundle} from {Entry} when {Folder} changes", bundle, entry, Path.GetDirectoryName(entry));
        return watcher;
    }

    /// <summary>The build command: scripts/build-legacy of the repository above the working folder or the app, else the
    /// bridge-host package's <c>bridge-build</c> on the PATH.</summary>
    private static string[] FindBuilder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var script = Path.Combine(d.FullName, "scripts", "build-legacy");
                if (File.Exists(script) && File.Exists(Path.Combine(d.FullName, "legacy-js", "build.mjs")))
                {
                    return ["bash", script];
                }
            }
        }
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, "bridge-build")))
            {
                return [Path.Combine(folder, "bridge-build")];
            }
        }
        throw new Bridge.Host.AppStartException("--watch: cannot find scripts/build-legacy (above the working folder or the app) nor bridge-build "
            + "(the bridge-host npm package's build) on the PATH");
    }

    // Where a build writes before it replaces the bundle.
    private string NextBundle => _bundle + ".next.js";

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var path = Path.GetFullPath(e.FullPath);
        // The build's own output, and installed packages, are not sources.
        if (path == _bundle || path == NextBundle || path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        {
            return;
        }
        lock (_gate)
        {
            if (!_disposed)
            {
                _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Build()
    {
        lock (_gate)
        {
            if (_building || _disposed)
            {
                _again = !_disposed;
                return;
            }
            _building = true;
        }
        try
        {
            do
            {
                _again = false;
                BuildOnce();
            }
            while (Volatile.Read(ref _again) && !_disposed);
        }
        finally
        {
            lock (_gate)
            {
                _building = false;
            }
        }
    }

    private void BuildOnce()
    {
        var output = NextBundle;
        var start = new ProcessStartInfo(_builder[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in _builder.Skip(1).Append(_entry).Append(output))
        {
            start.ArgumentList.Add(argument);
        }
        var started = Stopwatch.GetTimestamp();
        string error;
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(BuildTimeout))
            {
                process.Kill(entireProcessTree: true);
                error = $"the build of {Path.GetFileName(_entry)} took over {BuildTimeout.TotalSeconds:0} s and was stopped";
            }
            else if (process.ExitCode == 0 && File.Exists(output) && _check?.Invoke(output) is { } loadError)
            {
                error = $"{Path.GetFileName(_entry)} built, but the bundle does not load: {loadError}";
            }
            else if (process.ExitCode == 0 && File.Exists(output))
            {
                File.Move(output, _bundle, overwrite: true);
                _log.Information("watch: rebuilt {Bundle} in {Ms:0} ms", _bundle, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                _onBuilt();
                return;
            }
            else
            {
                error = (stderr.Result + stdout.Result).Trim() is { Length: > 0 } text ? text : $"the build exited with {process.ExitCode}";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            error = $"the build could not run: {e.Message}";
        }
        File.Delete(output);
        _log.Error("watch: the build of {Entry} failed; the app keeps running the last good bundle:\n{Error}", _entry, error);
        _onFailed(error);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
        _watcher.Dispose();
        _timer.Dispose();
    }
}
