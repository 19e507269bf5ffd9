using System.Globalization;
using System.Text;
using System.Text.Json;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Schema;

namespace Bridge.Bus;

/// <summary>A deterministic one-line description of a batch, for logs and for comparing batches in tests.</summary>
public static class BatchText
{
    /// <summary>Describes an op batch: framing, then each op with its fields and props.</summary>
    public static string Describe(OpBatch batch)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"v{batch.SchemaVersion} root={batch.PageRoot} rev={batch.Revision} causedBy=[");
        sb.AppendJoin(",", batch.CausedBy.ToArray());
        sb.Append(']');
        foreach (ref readonly var op in batch.Ops)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | {op.Code} {op.A} {op.B} {op.C}");
            if (op.Text is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $" \"{op.Text}\"");
            }
            if (op.Extra is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $" \"{op.Extra}\"");
            }
            if (op.Data is not null)
            {
                sb.Append(' ').Append(Data(op.Data));
            }
            foreach (ref readonly var p in batch.PropsOf(op))
            {
                sb.Append(CultureInfo.InvariantCulture, $" {Codec.WireValues.PropName(p.Key)}={p.Value}");
            }
        }
        return sb.ToString();
    }

    /// <summary>Describes an event batch.</summary>
    public static string Describe(EventBatch batch)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"v{batch.SchemaVersion}");
        foreach (ref readonly var e in batch.Events)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $" | {e.Code} id={e.EventId} target={e.Target} key={e.Key} t={e.Timestamp:R} box=({e.X:R},{e.Y:R},{e.W:R},{e.H:R}) ok={e.Ok}");
            if (e.Text is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $" \"{e.Text}\"");
            }
            if (e.Data is not null)
            {
                sb.Append(' ').Append(Data(e.Data));
            }
        }
        return sb.ToString();
    }

    /// <summary>Data as canonical JSON (numbers normalized to double so that 1 and 1.0 describe alike).</summary>
    public static string Data(object? data) => JsonSerializer.Serialize(Normalize(data));

    private static object? Normalize(object? value) => value switch
    {
        null or bool or string => value,
        byte[] bytes => Convert.ToBase64String(bytes),
        System.Collections.IDictionary map => map.Keys.Cast<object>()
            .OrderBy(k => k.ToString(), StringComparer.Ordinal)
            .ToDictionary(k => k.ToString()!, k => Normalize(map[k])),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
