using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Schema;

namespace Bridge.Fuzz.Tests;

/// <summary>Turns a valid batch into a hostile one, at the byte level (framing and decoder) or at the op level (ops that
/// decode, so the validator, applier and the following frame see them).</summary>
internal static class Mutators
{
    private static readonly PropKey[] Keys = Enum.GetValues<PropKey>();
    private static readonly byte[] InterestingBytes = [0x00, 0x7f, 0x80, 0x90, 0x9f, 0xa0, 0xc0, 0xc1, 0xc2, 0xc3, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd0, 0xd3, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xff];

    /// <summary>Flips, overwrites, inserts, deletes, truncates and splices bytes.</summary>
    public static byte[] Bytes(byte[] input, byte[] other, Random rng)
    {
        var bytes = new List<byte>(input);
        for (var n = rng.Next(1, 5); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : rng.Next(bytes.Count);
            switch (rng.Next(8))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                case 1 when bytes.Count > 0: bytes[at] = InterestingBytes[rng.Next(InterestingBytes.Length)]; break;
                case 2 when bytes.Count > 0: bytes[at] = (byte)rng.Next(256); break;
                case 3: bytes.Insert(at, InterestingBytes[rng.Next(InterestingBytes.Length)]); break;
                case 4 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, rng.Next(1, 9))); break;
                case 5 when bytes.Count > 0: bytes.RemoveRange(at, bytes.Count - at); break;
                case 6 when other.Length > 0:
                    var from = rng.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, rng.Next(1, 64))).ToArray());
                    break;
                default:
                    // A 32-bit length where a short one was: str32/array32/map32 headers claiming far more than is there.
                    bytes.InsertRange(at, [(byte)(0xdb + rng.Next(3)), 0x7f, 0xff, 0xff, 0xff]);
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Re-encodes a decoded batch with some of its ops changed and hostile ops added; ids mostly name nodes that
    /// exist, so many results validate and reach the world.</summary>
    /// <remarks>Half the results change one thing only (one prop value, or one added op on a node that exists), so that
    /// a single hostile value is often the only reason to reject the batch, or is accepted and drawn.</remarks>
    public static OpBatch Ops(OpBatch source, IReadOnlyList<uint> known, uint revision, Random rng)
    {
        var batch = new OpBatch { PageRoot = source.PageRoot, Revision = rng.Next(20) == 0 ? Math.Max(1, revision - 1) : revision };
        foreach (var cause in source.CausedBy)
        {
            batch.AddCause(cause);
        }
        var ops = source.Ops.ToArray();
        if (rng.Next(2) == 0)
        {
            var target = rng.Next(ops.Length + 1);
            var withProps = ops.Length > 0 && ops[Math.Min(target, ops.Length - 1)].Code is OpCode.CreateNode or OpCode.UpdateProps;
            for (var i = 0; i < ops.Length; i++)
            {
                CopyOne(batch, source, ops[i], withProps && i == target ? rng : null);
            }
            if (!withProps || target == ops.Length)
            {
                batch.UpdateProps(known.Count > 0 ? known[rng.Next(known.Count)] : 1, Props(rng, 1));
            }
            return batch;
        }
        var keep = rng.Next(3) == 0 ? rng.Next(ops.Length + 1) : ops.Length;
        for (var i = 0; i < keep; i++)
        {
            if (rng.Next(6) == 0)
            {
                AddHostile(batch, known, rng);
                continue;
            }
            Copy(batch, source, ops[i], rng);
        }
        for (var n = rng.Next(0, 6); n > 0; n--)
        {
            AddHostile(batch, known, rng);
        }
        return batch;
    }

    private static void Copy(OpBatch batch, OpBatch source, in Op op, Random rng) => CopyOne(batch, source, op, rng.Next(4) == 0 ? rng : null);

    /// <summary>Copies an op; with <paramref name="rng"/>, one of its props gets a hostile value (and maybe another key).</summary>
    private static void CopyOne(OpBatch batch, OpBatch source, in Op op, Random? rng)
    {
        var props = source.PropsOf(op).ToArray();
        if (rng is not null && props.Length > 0)
        {
            var i = rng.Next(props.Length);
            var key = rng.Next(3) == 0 ? Keys[rng.Next(Keys.Length)] : props[i].Key;
            props[i] = new PropEntry(key, InterestingValues.ValueFor(key, rng));
        }
        switch (op.Code)
        {
            case OpCode.CreateNode: batch.Create(op.Node, op.Widget, props); break;
            case OpCode.UpdateProps: batch.UpdateProps(op.Node, props); break;
            case OpCode.DeleteSubtree: batch.Delete(op.Node); break;
            case OpCode.InsertChild: batch.Insert(op.Parent, op.Child, op.Before); break;
            case OpCode.RemoveChild: batch.Remove(op.Parent, op.Child); break;
            case OpCode.UpdateText: batch.UpdateText(op.Node, rng is not null && rng.Next(5) == 0 ? InterestingValues.Text(rng) : op.Text!); break;
            case OpCode.MountRoot: batch.MountRoot(op.PageRoot, op.Text!); break;
            case OpCode.UnmountRoot: batch.UnmountRoot(op.PageRoot); break;
            case OpCode.Error: batch.Error(op.Text!, op.Extra); break;
            default: batch.Log(LogLevel.Info, "dropped " + op.Code); break;
        }
    }

    private static void AddHostile(OpBatch batch, IReadOnlyList<uint> known, Random rng)
    {
        var id = InterestingValues.Id(rng, known);
        switch (rng.Next(12))
        {
            case 0:
            case 1:
            case 2:
                batch.UpdateProps(id, Props(rng));
                break;
            case 3:
                var created = (uint)rng.Next(10_000, 20_000);
                batch.Create(created, (WidgetType)rng.Next(0, 5), Props(rng));
                if (rng.Next(3) > 0)
                {
                    batch.Insert(InterestingValues.Id(rng, known), created, rng.Next(3) == 0 ? InterestingValues.Id(rng, known) : 0);
                }
                break;
            case 4: batch.UpdateText(id, InterestingValues.Text(rng)); break;
            case 5: batch.Insert(InterestingValues.Id(rng, known), id, rng.Next(3) == 0 ? InterestingValues.Id(rng, known) : 0); break;
            case 6: batch.Remove(InterestingValues.Id(rng, known), id); break;
            case 7: batch.Delete(id); break;
            case 8: batch.MountRoot(rng.Next(3) == 0 ? id : batch.PageRoot, InterestingValues.Text(rng)); break;
            case 9: batch.UnmountRoot(batch.PageRoot); break;
            case 10: batch.Error(InterestingValues.Text(rng), rng.Next(2) == 0 ? null : InterestingValues.Text(rng)); break;
            default: batch.Navigate(InterestingValues.Text(rng), null); break;
        }
    }

    private static PropEntry[] Props(Random rng, int most = 5)
    {
        var props = new PropEntry[rng.Next(1, most + 1)];
        for (var i = 0; i < props.Length; i++)
        {
            var key = Keys[rng.Next(Keys.Length)];
            props[i] = new PropEntry(key, InterestingValues.ValueFor(key, rng));
        }
        return props;
    }

    /// <summary>Encodes, or returns null when the batch cannot be encoded (an op the encoder refuses).</summary>
    public static byte[] Encode(OpBatch batch) => OpBatchCodec.Encode(batch);
}
