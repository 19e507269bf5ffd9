using System.Diagnostics;

namespace Bridge.Cli.Tests.Window;

/// <summary>A virtual X server of the test's own (Xvfb on a free display number it picks itself), ended on dispose.</summary>
internal sealed class Xvfb : IDisposable
{
    private readonly Process _process;

    private Xvfb(Process process, string display)
    {
        _process = process;
        Display = display;
    }

    /// <summary>The DISPLAY value of the server, e.g. ":1".</summary>
    public string Display { get; }

    /// <summary>Starts Xvfb (from the xvfb package, which scripts/setup installs) and waits until it accepts clients.</summary>
    public static Xvfb Start()
    {
        // -displayfd: the server picks a free display and prints its number once it is ready.
        var start = new ProcessStartInfo("Xvfb") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-displayfd", "1", "-screen", "0", "1280x720x24", "-nolisten", "tcp" })
        {
            start.ArgumentList.Add(a);
        }
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var line = process.StandardOutput.ReadLineAsync();
        if (!line.Wait(TimeSpan.FromSeconds(10)) || line.Result is not { Length: > 0 } number)
        {
            process.Kill();
            throw new InvalidOperationException("Xvfb did not report a display within 10 s");
        }
        return new Xvfb(process, ":" + number.Trim());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }
}
