using System.Globalization;

namespace Bridge.Migration;

/// <summary>Receives progress of a long run, step by step.</summary>
public interface IProgressReporter
{
    /// <summary>Reports that <paramref name="done"/> of <paramref name="total"/> steps are finished, the last one described.</summary>
    void Report(int done, int total, string step);
}

/// <summary>Prints progress lines with percentage, elapsed time and estimate, at most one per interval (first and last always).</summary>
public sealed class ConsoleProgress : IProgressReporter
{
    private readonly TextWriter _out;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly long _start;
    private long _lastPrint = long.MinValue;

    /// <summary>Creates a reporter printing to <paramref name="output"/> at most once per <paramref name="interval"/> (default 1 s).</summary>
    public ConsoleProgress(TextWriter output, TimeSpan? interval = null, TimeProvider? time = null)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _time = time ?? TimeProvider.System;
        _interval = interval ?? TimeSpan.FromSeconds(1);
        _start = _time.GetTimestamp();
    }

    /// <inheritdoc/>
    public void Report(int done, int total, string step)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(done);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(done, total);
        var now = _time.GetTimestamp();
        var first = _lastPrint == long.MinValue;
        if (!first && done < total && _time.GetElapsedTime(_lastPrint, now) < _interval)
        {
            return;
        }
        _lastPrint = now;
        var elapsed = _time.GetElapsedTime(_start, now);
        var eta = done == 0 ? "" : $", about {FormatSpan(elapsed * ((double)(total - done) / done))} left";
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}] {100.0 * done / total,3:0}% {step} ({FormatSpan(elapsed)} elapsed{eta})"));
    }

    private static string FormatSpan(TimeSpan span) => span.TotalSeconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s");
}
