namespace Bridge.Legacy.Engines.Process;

/// <summary>The messages between a host and its runtime worker process: requests on the worker's stdin, answers on its
/// stdout, each in order (an interrupt has no answer and is acted on at once).</summary>
/// <remarks>Little-endian, through <see cref="BinaryWriter"/>/<see cref="BinaryReader"/> (strings length-prefixed UTF-8).
/// <list type="table">
/// <item><term>Load</term><description>name, source → status; ok: answersKeys (0 no, 1 yes, 2 unknown); error: message, fatal</description></item>
/// <item><term>Pump</term><description>frame time, input length, input → status; ok: output length (-1: nothing ran), output, heap bytes,
/// next timer due, script milliseconds (the pump's time in the worker);
/// error: message, interrupted, fatal, heap exhausted</description></item>
/// <item><term>ActiveRoot</term><description>→ the page root whose code ran last (uint32)</description></item>
/// <item><term>Interrupt</term><description>no answer: stops the script running now</description></item>
/// <item><term>Quit</term><description>no answer: the worker ends</description></item>
/// <item><term>Collect</term><description>→ heap bytes after a full collection of the JS heap (and the worker's own)</description></item>
/// </list></remarks>
internal static class RuntimeProtocol
{
    public const byte Load = 1;
    public const byte Pump = 2;
    public const byte ActiveRoot = 3;
    public const byte Interrupt = 4;
    public const byte Quit = 5;
    public const byte Collect = 6;

    public const byte Ok = 0;
    public const byte Failed = 1;

    /// <summary>Largest message accepted either way (a batch's limit is 16 MiB, a bundle may be larger).</summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    public static byte FromNullable(bool? value) => value switch { false => 0, true => 1, null => 2 };

    public static bool? ToNullable(byte value) => value switch { 0 => false, 1 => true, _ => null };
}
