namespace Bridge.Legacy.Channels;

/// <summary>What a legacy page asks of the host outside its own tree.</summary>
public enum LegacyCommandKind
{
    /// <summary>Open a page: <see cref="LegacyCommand.Text"/> is its name, <see cref="LegacyCommand.Data"/> its params.</summary>
    Navigate,

    /// <summary>Go back one page.</summary>
    GoBack,

    /// <summary>Focus the node whose testID is <see cref="LegacyCommand.Text"/>; <see cref="LegacyCommand.Data"/> is the
    /// <see cref="FocusMove"/> whose handlers JS already ran, or null.</summary>
    RequestFocus,

    /// <summary>Measure a node of a page after the next layout: <see cref="LegacyCommand.Measure"/> says which.</summary>
    Measure,

    /// <summary>JS reported an error not tied to one page: <see cref="LegacyCommand.Text"/> is the message, <see cref="LegacyCommand.Stack"/> the stack.</summary>
    Error,

    /// <summary>The engine stopped its JS runtime (a pump past its budget, the heap cap, an engine abort):
    /// <see cref="LegacyCommand.Text"/> says why and <see cref="LegacyCommand.Data"/> is the <see cref="RuntimeStop"/>.
    /// The runtime's pages are gone from JS; the driver shows the blamed page's error and calls
    /// <see cref="Hosting.ILegacyEngine.Restart"/> to mount the others again.</summary>
    RuntimeStopped,
}

/// <summary>Why an engine stopped its JS runtime.</summary>
public enum RuntimeStopKind : byte
{
    /// <summary>A pump ran past the handler timeout (a loop in a handler, render or effect).</summary>
    Hung,

    /// <summary>Script went past the heap cap.</summary>
    HeapExhausted,

    /// <summary>The runtime failed otherwise: an engine error escaped the runtime, or its process ended.</summary>
    Crashed,
}

/// <summary>A focus move JS already told its page of, with the key that asked for it: it ran <paramref name="From"/>'s
/// <c>onBlur</c> and <paramref name="To"/>'s <c>onFocus</c> (nodes of page root <paramref name="PageRoot"/>; From 0: none).</summary>
public sealed record FocusMove(uint PageRoot, uint From, uint To);

/// <summary>A stop of the JS runtime: why, what kind, and the page root whose code was running (0 when unknown).</summary>
/// <param name="Reason">What happened, naming the engine.</param>
/// <param name="Kind">Hang, heap cap or crash.</param>
/// <param name="PageRoot">The page root blamed: the one whose code ran when the runtime stopped; 0 when unknown.</param>
public sealed record RuntimeStop(string Reason, RuntimeStopKind Kind, uint PageRoot);

/// <summary>A control request from the JS runtime to the UI thread (navigation, focus, runtime errors).</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Text">Page name, testID or error message.</param>
/// <param name="Data">Navigation params (plain data: null, bool, long, double, string, lists, string-keyed maps).</param>
/// <param name="Stack">JS stack of an error.</param>
/// <param name="CausedBy">Input event ids whose handlers ran in the pump that sent this.</param>
public sealed record LegacyCommand(LegacyCommandKind Kind, string? Text, object? Data, string? Stack, IReadOnlyList<uint> CausedBy)
{
    /// <summary>The node to measure, for <see cref="LegacyCommandKind.Measure"/>.</summary>
    public MeasureRequest Measure { get; init; }
}

/// <summary>A measure request: node <paramref name="Node"/> of page root <paramref name="PageRoot"/>, relative to node
/// <paramref name="RelativeTo"/> of the same page (0: its parent, and the screen).</summary>
public readonly record struct MeasureRequest(uint RequestId, uint PageRoot, uint Node, uint RelativeTo);
