using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Schema;

namespace Bridge.Bus.Tests;

/// <summary>Builds varied batches covering every op and event kind from a seed.</summary>
internal static class RandomBatches
{
    private static readonly PropKey[] Keys = Enum.GetValues<PropKey>();
    private static readonly OpCode[] OpCodes = Enum.GetValues<OpCode>();
    private static readonly EventCode[] EventCodes = Enum.GetValues<EventCode>();

    public static OpBatch Ops(int seed)
    {
        var rng = new Random(seed);
        var batch = new OpBatch { PageRoot = (uint)rng.Next(0, 1000), Revision = (uint)rng.Next(1, int.MaxValue) };
        for (var i = rng.Next(0, 4); i > 0; i--)
        {
            batch.AddCause((uint)rng.Next());
        }
        var count = rng.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            AddOp(batch, OpCodes[rng.Next(OpCodes.Length)], rng);
        }
        return batch;
    }

    public static void AddOp(OpBatch batch, OpCode code, Random rng)
    {
        var id = (uint)rng.Next(1, int.MaxValue);
        switch (code)
        {
            case OpCode.CreateNode: batch.Create(id, (WidgetType)rng.Next(1, 4), Props(rng)); break;
            case OpCode.DeleteSubtree: batch.Delete(id); break;
            case OpCode.InsertChild: batch.Insert((uint)rng.Next(), id, (uint)rng.Next(0, 3)); break;
            case OpCode.RemoveChild: batch.Remove((uint)rng.Next(), id); break;
            case OpCode.UpdateProps: batch.UpdateProps(id, Props(rng)); break;
            case OpCode.UpdateText: batch.UpdateText(id, Text(rng)); break;
            case OpCode.MountRoot: batch.MountRoot(id, Text(rng)); break;
            case OpCode.UnmountRoot: batch.UnmountRoot(id); break;
            case OpCode.Navigate: batch.Navigate(Text(rng), Data(rng, 0)); break;
            case OpCode.GoBack: batch.GoBack(); break;
            case OpCode.RequestFocus:
                if (rng.Next(2) == 0) batch.RequestFocus(Text(rng));
                else batch.RequestFocus(Text(rng), (uint)rng.Next(1, 9), (uint)rng.Next(0, 100), (uint)rng.Next(1, 100));
                break;
            case OpCode.DataRequest: batch.DataRequest(id, Text(rng), Data(rng, 0)); break;
            case OpCode.Log: batch.Log((LogLevel)rng.Next(0, 4), Text(rng)); break;
            case OpCode.Error: batch.Error(Text(rng), rng.Next(2) == 0 ? null : Text(rng)); break;
            case OpCode.KeyHandled: batch.KeyHandled(id, rng.Next(2) == 0); break;
            case OpCode.Measure: batch.Measure(id, (uint)rng.Next(1, 9), (uint)rng.Next(), (uint)rng.Next(0, 3)); break;
            default: throw new ArgumentOutOfRangeException(nameof(code), code, "op kind not covered by the generator");
        }
    }

    public static EventBatch Events(int seed)
    {
        var rng = new Random(seed);
        var batch = new EventBatch();
        var count = rng.Next(0, 30);
        for (var i = 0; i < count; i++)
        {
            batch.Add(Event(EventCodes[rng.Next(EventCodes.Length)], rng));
        }
        return batch;
    }

    public static HostEvent Event(EventCode code, Random rng)
    {
        var id = (uint)rng.Next();
        var target = (uint)rng.Next();
        return code switch
        {
            EventCode.Key => HostEvent.KeyPress(id, target, (KeyName)rng.Next(1, 7), rng.NextDouble() * 1e6),
            EventCode.Press => HostEvent.Press(id, target),
            EventCode.Focus => HostEvent.Focus(id, target),
            EventCode.Blur => HostEvent.Blur(id, target),
            EventCode.Layout => HostEvent.Layout(target, rng.Next(-50, 2000), rng.Next(0, 2000), rng.Next(0, 500) + 0.5f, rng.Next(0, 500), rng.Next(0, 2000), rng.Next(0, 2000)),
            EventCode.DataResponse => rng.Next(2) == 0 ? HostEvent.DataOk(id, Data(rng, 0)) : HostEvent.DataFailed(id, Text(rng)),
            EventCode.PageMount => HostEvent.PageMount(target, Text(rng), Data(rng, 0)),
            EventCode.PageUnmount => HostEvent.PageUnmount(target),
            EventCode.BatchRejected => HostEvent.BatchRejected(target, id, Text(rng)),
            EventCode.RootKey => HostEvent.RootKey(id, target, (KeyName)rng.Next(1, 7), rng.NextDouble() * 1e6),
            EventCode.Measured => HostEvent.Measured(id, rng.Next(2) == 0, rng.Next(-50, 2000), rng.Next(0, 2000), rng.Next(0, 500) + 0.5f,
                rng.Next(0, 500), rng.Next(0, 2000), rng.Next(0, 2000)),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "event kind not covered by the generator"),
        };
    }

    private static PropEntry[] Props(Random rng)
    {
        var props = new PropEntry[rng.Next(0, 6)];
        for (var i = 0; i < props.Length; i++)
        {
            props[i] = new PropEntry(Keys[rng.Next(Keys.Length)], Value(rng, 0));
        }
        return props;
    }

    private static PropValue Value(Random rng, int depth) => rng.Next(depth == 0 ? 6 : 5) switch
    {
        0 => PropValue.Null,
        1 => PropValue.Of(rng.Next(2) == 0),
        2 => PropValue.Of(rng.Next(-100000, 100000)),
        3 => PropValue.Of(rng.NextDouble() * 1000 - 500),
        4 => PropValue.Of(Text(rng)),
        _ => PropValue.Of([PropValue.Of("scale"), Value(rng, 1), PropValue.Of("rotate"), PropValue.Of("15deg")]),
    };

    private static object? Data(Random rng, int depth) => rng.Next(depth > 2 ? 5 : 7) switch
    {
        0 => null,
        1 => rng.Next(2) == 0,
        2 => (long)rng.Next(),
        3 => rng.NextDouble(),
        4 => Text(rng),
        5 => Enumerable.Range(0, rng.Next(0, 4)).Select(_ => Data(rng, depth + 1)).ToList(),
        _ => Enumerable.Range(0, rng.Next(0, 4)).ToDictionary(i => "k" + i, _ => Data(rng, depth + 1)),
    };

    private static string Text(Random rng)
    {
        var words = new[] { "home", "Détails", "rail-3", "", "¡hola!", "tile 12", "日本", "#ff00ff", "50%", "auto" };
        return words[rng.Next(words.Length)] + (rng.Next(3) == 0 ? rng.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }
}
