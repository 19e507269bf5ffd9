namespace Bridge.Bus.Codec;

/// <summary>The one exception a decoder throws for bytes that are not a valid batch.</summary>
/// <remarks>The message says what was wrong; <see cref="Index"/> says at which op or event (-1: the framing).</remarks>
public sealed class BusFormatException : Exception
{
    /// <summary>Creates the exception for an item of a batch (-1 for the framing).</summary>
    public BusFormatException(int index, string message, Exception? inner = null)
        : base(index < 0 ? $"bad batch framing: {message}" : $"bad batch at item {index}: {message}", inner)
    {
        Index = index;
    }

    /// <summary>Index of the op or event that was wrong; -1 when the framing itself was.</summary>
    public int Index { get; }
}
