using Bridge.Schema;

namespace Bridge.Fuzz.Tests;

/// <summary>Values a careless or hostile page sends: the edges of the float and id ranges, empty and control strings,
/// malformed percentages, colours, angles and transforms, oversized strings.</summary>
internal static class InterestingValues
{
    public static readonly double[] Numbers =
    [
        0, -0.0, 1, -1, 0.5, 2, 8, 100, 255, 999, 1000, 1000.0001, 1e6, 1e6 + 1, -1e6, -1e6 - 1, 1e7, 600_000, 600_001,
        10_000, 1e-3, 9e-4, 1e-30, 1e-45, float.MaxValue, 3.5e38, 1e39, -1e39, 1e300, double.MaxValue, double.MinValue,
        double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity, int.MaxValue, int.MinValue,
        uint.MaxValue, long.MaxValue, 9007199254740993, -2147483649,
    ];

    public static readonly string[] Strings =
    [
        "", " ", "\t\n", "\0", "a\0b.png", "\u0001", "\u007f", "\uD800", "e\u0301\u0301\u0301", "\u202Eabc", "日本語のテキスト",
        "🙂🙂", "50%", "-50%", "0%", "10000%", "10001%", "1e39%", "NaN%", "Infinity%", "%", "auto", "max-content",
        "fit-content", "stretch", "none", "flex", "row", "column-reverse", "wrap", "hidden", "absolute", "center",
        "space-between", "baseline", "#fff", "#ffffffff", "#12", "red", "transparent", "rgba(255,0,0,0.5)", "rgba(1e39,0,0,1)",
        "rgb(-1,-1,-1)", "rgba(255,0,0,NaN)", "15deg", "-0.2rad", "1e300deg", "NaNdeg", "deg", "bold", "100", "950", "normal",
        "up", "down left", "all", "up up", "sideways", "group", "remember", "horizontal", "vertical", "ease-in-out",
        "x.png", "poster.png", "asset://x.png", "asset://", "../../../etc/passwd", "/etc/passwd", "C:\\x.png",
        "x.png?q=1#f", "\r\n", "tile-1", "DejaVu Sans", "NoSuchFont", "Comic Sans MS",
        new string('x', 1024), new string('x', 1025), new string('y', 4097), new string('w', 3000) + " " + new string('w', 3000),
    ];

    public static readonly string[] LongTexts =
    [
        new string('A', SchemaInfo.MaxTextLength), new string('B', SchemaInfo.MaxTextLength + 1),
        string.Concat(Enumerable.Repeat("word ", 2000)), string.Concat(Enumerable.Repeat("\n", 500)),
    ];

    public static PropValue Value(Random rng)
    {
        switch (rng.Next(10))
        {
            case 0: return PropValue.Null;
            case 1: return PropValue.Of(rng.Next(2) == 0);
            case 2:
            case 3:
            case 4: return PropValue.Of(Numbers[rng.Next(Numbers.Length)]);
            case 5: return PropValue.Of(rng.NextDouble() * 4000 - 2000);
            case 6:
            case 7: return PropValue.Of(Strings[rng.Next(Strings.Length)]);
            default:
                var items = new PropValue[rng.Next(0, 7)];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = rng.Next(3) switch
                    {
                        0 => PropValue.Of(new[] { "scale", "scaleX", "scaleY", "translateX", "translateY", "rotate", "skew", "up", "left" }[rng.Next(9)]),
                        1 => PropValue.Of(Numbers[rng.Next(Numbers.Length)]),
                        _ => PropValue.Of(Strings[rng.Next(Strings.Length)]),
                    };
                }
                return PropValue.Of(items);
        }
    }

    /// <summary>Mostly a value of the kind <paramref name="key"/> takes (numbers at and past its range's edges, its string
    /// forms, transform lists), sometimes any value.</summary>
    public static PropValue ValueFor(PropKey key, Random rng)
    {
        if (rng.Next(10) < 3 || !PropCatalog.TryGet(key, out var info))
        {
            return Value(rng);
        }
        switch (info.Kind)
        {
            case ValueKind.Number:
            case ValueKind.Integer:
            case ValueKind.FontWeight:
            case ValueKind.Length when rng.Next(2) == 0:
                return PropValue.Of(rng.Next(3) == 0 ? Edge(info.Range, rng) : Numbers[rng.Next(Numbers.Length)]);
            case ValueKind.Length:
                return PropValue.Of(rng.Next(2) == 0
                    ? Edge(info.Range.Percent, rng).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "%"
                    : Strings[rng.Next(Strings.Length)]);
            case ValueKind.Transform:
                var items = new PropValue[2 * rng.Next(1, 4)];
                for (var i = 0; i < items.Length; i += 2)
                {
                    var op = new[] { "scale", "scaleX", "scaleY", "translateX", "translateY", "rotate" }[rng.Next(6)];
                    items[i] = PropValue.Of(op);
                    items[i + 1] = op == "rotate"
                        ? PropValue.Of(Numbers[rng.Next(Numbers.Length)].ToString("R", System.Globalization.CultureInfo.InvariantCulture) + (rng.Next(2) == 0 ? "deg" : "rad"))
                        : PropValue.Of(rng.Next(2) == 0 ? Numbers[rng.Next(Numbers.Length)] : rng.NextDouble() * 4 - 2);
                }
                return PropValue.Of(items);
            default:
                return PropValue.Of(Strings[rng.Next(Strings.Length)]);
        }
    }

    private static double Edge(NumberRange range, Random rng) => rng.Next(8) switch
    {
        0 => range.Min,
        1 => range.Max,
        2 => range.Max * 1.000001 + 1e-9,
        3 => range.Min - 1e-6,
        4 => range.Min + float.Epsilon,
        5 => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)range.Max) + 1),
        6 => (double)(float)range.Max,
        _ => range.Min + (range.Max - range.Min) * rng.NextDouble(),
    };

    public static string Text(Random rng) => rng.Next(12) switch
    {
        0 => LongTexts[rng.Next(LongTexts.Length)],
        < 6 => Strings[rng.Next(Strings.Length)],
        _ => "Title " + rng.Next(1000),
    };

    public static uint Id(Random rng, IReadOnlyList<uint> known) => rng.Next(8) switch
    {
        0 => 0,
        1 => uint.MaxValue,
        2 => (uint)rng.Next(1, 5000),
        _ when known.Count > 0 => known[rng.Next(known.Count)],
        _ => (uint)rng.Next(1, 100),
    };
}
