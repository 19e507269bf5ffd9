namespace Bridge.Bus.Codec;

/// <summary>Bounds a decoder enforces on untrusted bytes, so that no input can exhaust memory or the stack.</summary>
public sealed record BusLimits
{
    /// <summary>The limits used unless a caller gives others.</summary>
    public static BusLimits Default { get; } = new();

    /// <summary>Largest encoded batch accepted, in bytes.</summary>
    public int MaxBatchBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Most ops (or events) in one batch.</summary>
    public int MaxItems { get; init; } = 200_000;

    /// <summary>Most props set by one op.</summary>
    public int MaxPropsPerOp { get; init; } = 512;

    /// <summary>Most causing event ids in one batch.</summary>
    public int MaxCauses { get; init; } = 4096;

    /// <summary>Deepest nesting of a data value (params, responses).</summary>
    public int MaxDataDepth { get; init; } = 32;
}
