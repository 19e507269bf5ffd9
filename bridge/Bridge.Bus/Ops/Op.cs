using Bridge.Schema;

namespace Bridge.Bus.Ops;

/// <summary>One decoded op of a batch; which fields are meaningful depends on <see cref="Code"/>.</summary>
/// <remarks>Props of <see cref="OpCode.CreateNode"/> and <see cref="OpCode.UpdateProps"/> live in the batch's
/// prop table at <see cref="PropStart"/>..+<see cref="PropCount"/>, so a batch is a few flat arrays.</remarks>
public readonly record struct Op(
    OpCode Code,
    uint A,
    uint B,
    uint C,
    int PropStart,
    int PropCount,
    string? Text,
    string? Extra,
    object? Data)
{
    /// <summary>The node an op targets (create, delete, update props, update text).</summary>
    public uint Node => A;

    /// <summary>The parent of an insert or remove.</summary>
    public uint Parent => A;

    /// <summary>The child of an insert or remove.</summary>
    public uint Child => B;

    /// <summary>The sibling an insert goes before; 0 appends.</summary>
    public uint Before => C;

    /// <summary>The widget type of a create.</summary>
    public WidgetType Widget => (WidgetType)B;

    /// <summary>The page root of a mount or unmount.</summary>
    public uint PageRoot => A;

    /// <summary>The request id of a data request.</summary>
    public uint RequestId => A;

    /// <summary>The level of a log op.</summary>
    public LogLevel Level => (LogLevel)A;

    /// <summary>The key event a <see cref="OpCode.KeyHandled"/> op reports on.</summary>
    public uint EventId => A;

    /// <summary>Whether an <c>onKey</c> handler consumed the key of a <see cref="OpCode.KeyHandled"/> op.</summary>
    public bool Consumed => B != 0;

    /// <summary>The page root whose node a <see cref="OpCode.Measure"/> op measures.</summary>
    public uint MeasurePage => B;

    /// <summary>The node a <see cref="OpCode.Measure"/> op measures.</summary>
    public uint MeasureNode => C;

    /// <summary>The page root of the move a <see cref="OpCode.RequestFocus"/> op says JS already ran the handlers of.</summary>
    public uint FocusPage => A;

    /// <summary>The node whose <c>onBlur</c> JS already ran for a <see cref="OpCode.RequestFocus"/> (0: JS ran none).</summary>
    public uint FocusFrom => B;

    /// <summary>The node whose <c>onFocus</c> JS already ran for a <see cref="OpCode.RequestFocus"/> (0: JS ran none).</summary>
    public uint FocusTo => C;

    /// <summary>The node a <see cref="OpCode.Measure"/> op measures from (0: the node's parent and the screen).</summary>
    /// <remarks>Kept in the prop-range slot, which a measure op has no use for.</remarks>
    public uint MeasureRelativeTo => (uint)PropStart;
}

/// <summary>One prop assignment: a key and its wire value (nil unsets).</summary>
public readonly record struct PropEntry(PropKey Key, PropValue Value);
