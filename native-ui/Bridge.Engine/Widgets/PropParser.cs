using System.Globalization;
using Bridge.Graphics;
using Bridge.Interaction.Focus;
using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Widgets;

/// <summary>Validates wire prop values against the schema's contract; pure (no world access), so a batch can be checked whole.</summary>
public static class PropParser
{
    /// <summary>Parses <paramref name="value"/> for <paramref name="key"/>; on failure <paramref name="error"/> names the prop, the value and what was expected.</summary>
    /// <remarks>Null parses to <see cref="ParsedKind.Unset"/>. Handler props take true (present; the applier installs the
    /// delegate) or false (absent).</remarks>
    public static bool TryParse(PropKey key, in PropValue value, out ParsedProp parsed, out string? error)
    {
        parsed = default;
        if (!PropCatalog.TryGet(key, out PropInfo? info))
        {
            error = $"prop code {(int)key} is not defined by the schema";
            return false;
        }
        if (value.IsNull)
        {
            parsed = ParsedProp.Unset(key);
            error = null;
            return true;
        }
        error = info.Kind switch
        {
            ValueKind.Number => ParseNumber(info, value, out parsed),
            ValueKind.Length => ParseLength(info, value, out parsed),
            ValueKind.Keyword => ParseKeyword(info, value, out parsed),
            ValueKind.Colour => ParseColour(info, value, out parsed),
            ValueKind.String => ParseString(info, value, out parsed),
            ValueKind.Bool => value.Kind == PropValueKind.Bool
                ? Ok(ParsedProp.OfBool(key, value.Bool), out parsed)
                : Expected(info, value, "true or false"),
            ValueKind.Integer => ParseInteger(info, value, out parsed),
            ValueKind.Transform => ParseTransform(info, value, out parsed),
            ValueKind.Handler => value.Kind == PropValueKind.Bool
                ? Ok(value.Bool ? ParsedProp.OfHandler(key, null) : ParsedProp.Unset(key), out parsed)
                : Expected(info, value, "true (handler present) or false"),
            ValueKind.FontWeight => ParseFontWeight(info, value, out parsed),
            ValueKind.Directions => ParseDirections(info, value, out parsed),
            _ => $"{info.JsName}: value kind {info.Kind} is not supported by the engine",
        };
        return error is null;
    }

    /// <summary>Parses or throws an <see cref="ArgumentException"/> carrying the parser's message.</summary>
    public static ParsedProp Parse(PropKey key, in PropValue value) =>
        TryParse(key, value, out var parsed, out var error) ? parsed : throw new ArgumentException(error, nameof(value));

    private static string? Ok(ParsedProp p, out ParsedProp parsed)
    {
        parsed = p;
        return null;
    }

    private static string Expected(PropInfo info, in PropValue value, string expected) =>
        $"{info.JsName}: expected {expected}, got {value}";

    // Checked on the float the engine stores, so a double that passes cannot become infinity or lose its sign.
    private static string? ParseNumber(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        if (value.Kind != PropValueKind.Number) return Expected(info, value, "a number from " + info.Range);
        float number = (float)value.Number;
        if (!float.IsFinite(number) || !info.Range.Contains(number)) return Expected(info, value, "a number from " + info.Range);
        parsed = ParsedProp.OfNumber(info.Key, number);
        return null;
    }

    private static string? ParseLength(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        if (value.Kind == PropValueKind.Number)
        {
            float points = (float)value.Number;
            if (!float.IsFinite(points) || !info.Range.Contains(points)) return Expected(info, value, LengthForms(info));
            parsed = ParsedProp.OfLength(info.Key, Length.Points(points));
            return null;
        }
        if (value.Kind != PropValueKind.String) return Expected(info, value, LengthForms(info));
        string s = value.String!;
        Length length;
        if (s.EndsWith('%') && (info.Forms & Schema.LengthForms.Percent) != 0
            && float.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float pct)
            && float.IsFinite(pct) && info.Range.Percent.Contains(pct))
            length = Length.Percent(pct);
        else if (s == "auto" && (info.Forms & Schema.LengthForms.Auto) != 0) length = Length.Auto;
        else if ((info.Forms & Schema.LengthForms.Intrinsic) != 0 && s is "max-content" or "fit-content" or "stretch")
            length = s switch { "max-content" => Length.MaxContent, "fit-content" => Length.FitContent, _ => Length.Stretch };
        else return Expected(info, value, LengthForms(info));
        parsed = ParsedProp.OfLength(info.Key, length);
        return null;
    }

    private static string? ParseString(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        if (value.Kind != PropValueKind.String) return Expected(info, value, "a string");
        string s = value.String!;
        if (s.Length > info.MaxLength)
            return $"{info.JsName}: expected a string of at most {info.MaxLength} characters, got one of {s.Length}";
        if (info.Key == PropKey.Src)
        {
            if (string.IsNullOrWhiteSpace(s)) return $"{info.JsName}: expected an image path or asset:// URI, got {(s.Length == 0 ? "an empty string" : "only spaces")}";
            int control = s.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
            if (control < 0) control = s.IndexOf('\u007f', StringComparison.Ordinal);
            if (control >= 0) return $"{info.JsName}: expected an image path or asset:// URI, got control character U+{(int)s[control]:X4} at index {control}";
        }
        parsed = ParsedProp.OfString(info.Key, s);
        return null;
    }

    private static string LengthForms(PropInfo info)
    {
        var forms = "a number from " + info.Range;
        if ((info.Forms & Schema.LengthForms.Percent) != 0) forms += ", \"N%\" (N from " + info.Range.Percent + ")";
        if ((info.Forms & Schema.LengthForms.Auto) != 0) forms += ", \"auto\"";
        if ((info.Forms & Schema.LengthForms.Intrinsic) != 0) forms += ", \"max-content\", \"fit-content\", \"stretch\"";
        return forms;
    }

    private const string DirectionsForm = "\"up\", \"down\", \"left\", \"right\" or \"all\", several separated by spaces, or an array of them";

    private static string? ParseDirections(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        DirectionSet set = DirectionSet.None;
        if (value.Kind == PropValueKind.String)
        {
            foreach (var range in value.String!.AsSpan().Split(' '))
            {
                var word = value.String.AsSpan(range);
                if (word.IsEmpty) continue;
                if (!TryDirection(word, out DirectionSet one)) return Expected(info, value, DirectionsForm);
                set |= one;
            }
        }
        else if (value.Kind == PropValueKind.Array && value.Items is { } items)
        {
            foreach (PropValue item in items)
            {
                if (item.Kind != PropValueKind.String || !TryDirection(item.String, out DirectionSet one))
                    return Expected(info, value, DirectionsForm);
                set |= one;
            }
        }
        else return Expected(info, value, DirectionsForm);
        parsed = ParsedProp.OfDirections(info.Key, set);
        return null;
    }

    private static bool TryDirection(ReadOnlySpan<char> word, out DirectionSet set)
    {
        set = word switch
        {
            "up" => DirectionSet.Up,
            "down" => DirectionSet.Down,
            "left" => DirectionSet.Left,
            "right" => DirectionSet.Right,
            "all" => DirectionSet.All,
            _ => DirectionSet.None,
        };
        return set != DirectionSet.None;
    }

    private static string? ParseKeyword(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        if (value.Kind == PropValueKind.String)
        {
            var keywords = info.Keywords;
            for (int i = 0; i < keywords.Count; i++)
            {
                if (keywords[i] == value.String)
                {
                    parsed = ParsedProp.OfKeyword(info.Key, i);
                    return null;
                }
            }
        }
        return Expected(info, value, "one of \"" + string.Join("\", \"", info.Keywords) + "\"");
    }

    private static string? ParseColour(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        if (value.Kind != PropValueKind.String || !Rgba.TryParse(value.String, out Rgba colour))
            return Expected(info, value, "a colour (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba() or a CSS colour name)");
        parsed = ParsedProp.OfColour(info.Key, colour);
        return null;
    }

    private static string? ParseInteger(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        if (value.Kind != PropValueKind.Number || value.Number < 0 || value.Number > int.MaxValue
            || value.Number != Math.Floor(value.Number))
            return Expected(info, value, "a whole number >= 0");
        parsed = ParsedProp.OfInteger(info.Key, (int)value.Number);
        return null;
    }

    private static string? ParseFontWeight(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        int weight = 0;
        if (value.Kind == PropValueKind.Number && value.Number >= 1 && value.Number <= 1000) weight = (int)Math.Round(value.Number);
        else if (value.Kind == PropValueKind.String)
        {
            string s = value.String!;
            if (s == "normal") weight = 400;
            else if (s == "bold") weight = 700;
            else if (s.Length == 3 && s[1] == '0' && s[2] == '0' && s[0] >= '1' && s[0] <= '9') weight = (s[0] - '0') * 100;
        }
        if (weight == 0) return Expected(info, value, "\"normal\", \"bold\", \"100\"..\"900\" or a number from 1 to 1000");
        parsed = ParsedProp.OfInteger(info.Key, weight);
        return null;
    }

    private static string? ParseTransform(PropInfo info, in PropValue value, out ParsedProp parsed)
    {
        parsed = default;
        var items = value.Items;
        if (value.Kind != PropValueKind.Array || items is null || items.Count % 2 != 0)
            return Expected(info, value, "a flat list of (operation, value) pairs");
        if (TransformCache.TryGet(items, out TransformOp[]? cached))
        {
            parsed = ParsedProp.OfTransform(info.Key, cached);
            return null;
        }
        var ops = new TransformOp[items.Count / 2];
        for (int i = 0; i < ops.Length; i++)
        {
            PropValue name = items[2 * i], arg = items[2 * i + 1];
            TransformKind kind;
            switch (name.String)
            {
                case "scale": kind = TransformKind.Scale; break;
                case "scaleX": kind = TransformKind.ScaleX; break;
                case "scaleY": kind = TransformKind.ScaleY; break;
                case "translateX": kind = TransformKind.TranslateX; break;
                case "translateY": kind = TransformKind.TranslateY; break;
                case "rotate": kind = TransformKind.Rotate; break;
                default:
                    return $"{info.JsName}: operation {name} at index {2 * i} is not one of scale, scaleX, scaleY, translateX, translateY, rotate";
            }
            float amount;
            if (kind == TransformKind.Rotate)
            {
                if (!TryParseAngle(arg, out amount))
                    return $"{info.JsName}: rotate expects an angle like \"15deg\" or \"0.2rad\" (at most {MaxRadians} rad), got {arg}";
            }
            else
            {
                NumberRange range = kind is TransformKind.TranslateX or TransformKind.TranslateY ? NumberRange.Offset : ScaleRange;
                amount = arg.Kind == PropValueKind.Number ? (float)arg.Number : float.NaN;
                if (!float.IsFinite(amount) || !range.Contains(amount))
                    return $"{info.JsName}: {name.String} expects a number from {range}, got {arg}";
            }
            ops[i] = new TransformOp(kind, amount);
        }
        TransformCache.Add(items, ops);
        parsed = ParsedProp.OfTransform(info.Key, ops);
        return null;
    }

    /// <summary>Scale factors a transform takes (a larger one only draws outside any screen).</summary>
    private static readonly NumberRange ScaleRange = new(-10_000, 10_000);

    /// <summary>Largest rotation a transform takes, in radians (beyond it a float angle has no precision left).</summary>
    private const double MaxRadians = 1_000_000;

    private static bool TryParseAngle(in PropValue arg, out float radians)
    {
        radians = 0;
        if (arg.Kind != PropValueKind.String) return false;
        ReadOnlySpan<char> s = arg.String.AsSpan().Trim();
        double scale;
        if (s.EndsWith("deg")) { scale = Math.PI / 180; s = s[..^3]; }
        else if (s.EndsWith("rad")) { scale = 1; s = s[..^3]; }
        else return false;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v)) return false;
        radians = (float)(v * scale);
        return float.IsFinite(radians) && Math.Abs(radians) <= MaxRadians;
    }

    /// <summary>The last transforms parsed on this thread, by content, so an animation that cycles through a few
    /// transform values parses each once and then allocates nothing.</summary>
    private static class TransformCache
    {
        private const int Size = 16;
        [ThreadStatic] private static PropValue[]?[]? t_keys;
        [ThreadStatic] private static TransformOp[]?[]? t_values;
        [ThreadStatic] private static int t_next;

        public static bool TryGet(IReadOnlyList<PropValue> items, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TransformOp[]? ops)
        {
            ops = null;
            var keys = t_keys;
            if (keys is null) return false;
            for (int k = 0; k < Size; k++)
            {
                PropValue[]? key = keys[k];
                if (key is null || key.Length != items.Count) continue;
                bool same = true;
                for (int i = 0; i < key.Length && same; i++) same = key[i] == items[i];
                if (!same) continue;
                ops = t_values![k]!;
                return true;
            }
            return false;
        }

        public static void Add(IReadOnlyList<PropValue> items, TransformOp[] ops)
        {
            t_keys ??= new PropValue[]?[Size];
            t_values ??= new TransformOp[]?[Size];
            // A private copy of the key: the caller's array may be reused for other values.
            var key = new PropValue[items.Count];
            for (int i = 0; i < key.Length; i++) key[i] = items[i];
            t_keys[t_next] = key;
            t_values[t_next] = ops;
            t_next = (t_next + 1) % Size;
        }
    }
}
