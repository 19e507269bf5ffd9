namespace Bridge.Host;

/// <summary>An input event whose response a frame applied from JS, with what the legacy path spent on it.</summary>
/// <param name="EventId">The input event (a key's id).</param>
/// <param name="JsMs">How long the JS pumps that wrote the applied batches ran, in milliseconds.</param>
/// <param name="DecodeMs">How long decoding those batches on the UI thread took, in milliseconds.</param>
public readonly record struct AppliedCause(uint EventId, double JsMs, double DecodeMs)
{
    /// <summary>True for JS's onKey verdict on the key, which this frame settled: <see cref="JsMs"/> is the time of the
    /// pump that answered it (when that pump wrote no page batch, which counts it), and the key is not committed by it.</summary>
    public bool Verdict { get; init; }
}
