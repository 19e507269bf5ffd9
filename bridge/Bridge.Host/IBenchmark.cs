namespace Bridge.Host;

/// <summary>A benchmark the app's <c>bench</c> verb offers (<c>bench NAME</c>); plug-ins register theirs as services.</summary>
/// <remarks>A benchmark prints its figures beside a peer measured in the same process run, alternating sides, with medians
/// and sample counts.</remarks>
public interface IBenchmark
{
    /// <summary>The sub-verb, e.g. "bus".</summary>
    string Name { get; }

    /// <summary>One line on what it measures and against which peer.</summary>
    string Description { get; }

    /// <summary>Runs it, printing to <paramref name="output"/>; returns the exit code.</summary>
    int Run(int rounds, TextWriter output);
}
