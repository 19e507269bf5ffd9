namespace Bridge.Legacy.Channels;

/// <summary>One encoded op batch for a page root, as the UI thread takes it from the bus.</summary>
/// <param name="PageRoot">The page root the ops belong to.</param>
/// <param name="Revision">The revision of the batch (the last one when several were coalesced).</param>
/// <param name="Bytes">The MessagePack batch, decodable with <c>OpBatchCodec.Decode</c>.</param>
/// <param name="Coalesced">How many batches JS sent that this one stands for (1 when none was merged).</param>
public readonly record struct WireBatch(uint PageRoot, uint Revision, ReadOnlyMemory<byte> Bytes, int Coalesced)
{
    /// <summary>Why the batches of this root could not be merged (their framing is bad), or null; such a batch has no
    /// bytes and is rejected whole.</summary>
    public string? Error { get; init; }

    /// <summary>How long the JS pumps that wrote the batches it stands for ran, in milliseconds (each pump's whole time:
    /// a pump that wrote batches for several page roots counts for each of them).</summary>
    public double JsMs { get; init; }
}
