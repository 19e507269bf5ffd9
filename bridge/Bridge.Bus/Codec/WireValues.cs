using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Bridge.Schema;
using MessagePack;
using MessagePack.Resolvers;

namespace Bridge.Bus.Codec;

/// <summary>Reads and writes the value parts of ops and events: prop values and free-form data (params, responses).</summary>
/// <remarks>Data decodes to plain shapes: null, bool, long, double, string, byte[], <c>List&lt;object?&gt;</c> and
/// <c>Dictionary&lt;string, object?&gt;</c>. Writing also accepts any other object through MessagePack's
/// contractless resolver (its public properties become map keys).</remarks>
internal static class WireValues
{
    private static readonly MessagePackSerializerOptions ContractlessOptions =
        ContractlessStandardResolver.Options.WithSecurity(MessagePackSecurity.UntrustedData);

    public static void WritePropValue(ref BusWriter writer, in PropValue value)
    {
        switch (value.Kind)
        {
            case PropValueKind.Null:
                writer.WriteNil();
                break;
            case PropValueKind.Bool:
                writer.Write(value.Bool);
                break;
            case PropValueKind.Number:
                writer.WriteNumber(value.Number);
                break;
            case PropValueKind.String:
                writer.Write(value.String);
                break;
            default:
                var items = value.Items!;
                writer.WriteArrayHeader(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    WritePropValue(ref writer, items[i]);
                }
                break;
        }
    }

    /// <summary>Reads one prop value; inlined into the prop loop, which a returned struct would stall.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PropValue ReadPropValue(ref BusReader reader, StringCache strings, int depth, int opIndex, PropKey key)
    {
        if (reader.TryReadSmallUInt(out var small))
        {
            return PropValue.Of(small);
        }
        switch (reader.NextType)
        {
            case MessagePackType.String:
                return PropValue.Of(strings.Read(ref reader));
            case MessagePackType.Integer:
            case MessagePackType.Float:
                return PropValue.Of(reader.ReadNumber());
            case MessagePackType.Nil:
                reader.TryReadNil();
                return PropValue.Null;
            case MessagePackType.Boolean:
                return PropValue.Of(reader.ReadBoolean());
            default:
                return ReadPropArray(ref reader, strings, depth, opIndex, key);
        }
    }

    private static PropValue ReadPropArray(ref BusReader reader, StringCache strings, int depth, int opIndex, PropKey key)
    {
        if (reader.NextType != MessagePackType.Array || depth >= 2)
        {
            return ThrowNotAPropValue(reader.NextType, opIndex, key);
        }
        var count = reader.ReadArrayHeader();
        var items = new PropValue[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ReadPropValue(ref reader, strings, depth + 1, opIndex, key);
        }
        return PropValue.Of(items);
    }

    [DoesNotReturn]
    private static PropValue ThrowNotAPropValue(MessagePackType type, int opIndex, PropKey key) =>
        throw new BusFormatException(opIndex,
            $"prop {PropName(key)}: a {type} is not a prop value (expected nil, bool, number, string or a flat array)");

    /// <summary>Whether a number goes on the wire as an integer: the JS encoder writes integral numbers so (but -0).</summary>
    public static bool IsIntegral(double number) =>
        number == Math.Floor(number) && number >= long.MinValue && number <= long.MaxValue && !(number == 0 && double.IsNegative(number));

    public static void WriteNumber(ref MessagePackWriter writer, double number)
    {
        if (IsIntegral(number))
        {
            writer.Write((long)number);
        }
        else
        {
            writer.Write(number);
        }
    }

    public static void WriteData(ref MessagePackWriter writer, object? value, int depth = 0)
    {
        if (depth > 64)
        {
            throw new ArgumentException("data nests deeper than 64 levels (a cycle?)");
        }
        switch (value)
        {
            case null:
                writer.WriteNil();
                break;
            case bool b:
                writer.Write(b);
                break;
            case string s:
                writer.Write(s);
                break;
            case byte[] bytes:
                writer.Write(bytes);
                break;
            case double d:
                WriteNumber(ref writer, d);
                break;
            case float f:
                WriteNumber(ref writer, f);
                break;
            case decimal m:
                WriteNumber(ref writer, (double)m);
                break;
            case sbyte or short or int or long:
                writer.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case byte or ushort or uint or ulong:
                writer.Write(Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.Write(e.ToString());
                break;
            case IDictionary map:
                writer.WriteMapHeader(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    writer.Write(entry.Key as string ?? throw new ArgumentException($"data map key {entry.Key} is not a string"));
                    WriteData(ref writer, entry.Value, depth + 1);
                }
                break;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                writer.WriteArrayHeader(items.Count);
                foreach (var item in items)
                {
                    WriteData(ref writer, item, depth + 1);
                }
                break;
            default:
                MessagePackSerializer.Serialize(value.GetType(), ref writer, value, ContractlessOptions);
                break;
        }
    }

    public static object? ReadData(ref BusReader reader, int depth, BusLimits limits, int index)
    {
        if (depth > limits.MaxDataDepth)
        {
            throw new BusFormatException(index, $"data nests deeper than {limits.MaxDataDepth} levels");
        }
        switch (reader.NextType)
        {
            case MessagePackType.Nil:
                reader.TryReadNil();
                return null;
            case MessagePackType.Boolean:
                return reader.ReadBoolean();
            case MessagePackType.Integer:
                return reader.NextCode == MessagePackCode.UInt64 ? (object)reader.ReadUInt64() : reader.ReadInt64();
            case MessagePackType.Float:
                return reader.ReadNumber();
            case MessagePackType.String:
                return reader.ReadString();
            case MessagePackType.Binary:
                return reader.ReadBinary().ToArray();
            case MessagePackType.Array:
                var count = reader.ReadArrayHeader();
                var list = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    list.Add(ReadData(ref reader, depth + 1, limits, index));
                }
                return list;
            case MessagePackType.Map:
                var pairs = reader.ReadMapHeader();
                var map = new Dictionary<string, object?>(pairs, StringComparer.Ordinal);
                for (var i = 0; i < pairs; i++)
                {
                    if (reader.NextType != MessagePackType.String)
                    {
                        throw new BusFormatException(index, $"data map key is a {reader.NextType}, expected a string");
                    }
                    var key = reader.ReadString();
                    map[key] = ReadData(ref reader, depth + 1, limits, index);
                }
                return map;
            default:
                throw new BusFormatException(index, $"a {reader.NextType} is not supported in data");
        }
    }

    public static string PropName(PropKey key) =>
        PropCatalog.TryGet(key, out var info) ? info.JsName : $"#{(int)key}";
}
