namespace Bridge.Legacy.Channels;

/// <summary>What a legacy page asks of the host outside its own tree.</summary>
public enum LegacyCommandKind
{
    /// <summary>Open a page: <see cref="LegacyCommand.Text"/> is its name, <see cref="LegacyCommand.Data"/> its params.</summary>
    Navigate,

    /// <summary>Go back one page.</summary>
    GoBack,

    /// <summary>Focus the node whose testID is <see cref="LegacyCommand.Text"/>.</summary>
    RequestFocus,

    /// <summary>Measure a node of a page after the next layout: <see cref="LegacyCommand.Measure"/> says which.</summary>
    Measure,

    /// <summary>JS reported an error not tied to one page: <see cref="LegacyCommand.Text"/> is the message, <see cref="LegacyCommand.Stack"/> the stack.</summary>
    Error,
}

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
