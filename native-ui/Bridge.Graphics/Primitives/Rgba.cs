using System.Globalization;

namespace Bridge.Graphics;

/// <summary>An 8-bit-per-channel colour with straight (not premultiplied) alpha.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A)
{
    /// <summary>Fully transparent black.</summary>
    public static readonly Rgba Transparent = default;

    /// <summary>Opaque white.</summary>
    public static readonly Rgba White = new(255, 255, 255, 255);

    /// <summary>Opaque black.</summary>
    public static readonly Rgba Black = new(0, 0, 0, 255);

    /// <summary>Parses a CSS colour (#rgb, #rgba, #rrggbb, #rrggbbaa, rgb(), rgba(), a named colour or transparent).</summary>
    public static bool TryParse(string? css, out Rgba color)
    {
        color = default;
        if (css is null) return false;
        ReadOnlySpan<char> s = css.AsSpan().Trim();
        if (s.Length == 0) return false;
        if (s[0] == '#') return TryParseHex(s[1..], out color);
        if (s.StartsWith("rgb", StringComparison.OrdinalIgnoreCase)) return TryParseFunction(s, out color);
        if (s.Equals("transparent", StringComparison.OrdinalIgnoreCase)) return true;
        if (CssNamedColors.Table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s, out uint rgb))
        {
            color = new Rgba((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, 255);
            return true;
        }
        return false;
    }

    /// <summary>Parses a CSS colour or throws a <see cref="FormatException"/> naming the value.</summary>
    public static Rgba Parse(string css)
    {
        if (TryParse(css, out Rgba c)) return c;
        throw new FormatException(
            $"'{css}' is not a colour: expected #rgb, #rgba, #rrggbb, #rrggbbaa, rgb(r,g,b), rgba(r,g,b,a) or a CSS colour name.");
    }

    /// <summary>Returns the colour with its alpha multiplied by an opacity in [0, 1].</summary>
    public Rgba WithOpacity(float opacity) =>
        this with { A = (byte)MathF.Round(A * Math.Clamp(opacity, 0f, 1f)) };

    /// <summary>Formats as #rrggbbaa.</summary>
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}{A:x2}";

    private static bool TryParseHex(ReadOnlySpan<char> hex, out Rgba color)
    {
        color = default;
        if (!uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint v)) return false;
        switch (hex.Length)
        {
            case 3:
                color = new Rgba(Nibble(v >> 8), Nibble(v >> 4), Nibble(v), 255);
                return true;
            case 4:
                color = new Rgba(Nibble(v >> 12), Nibble(v >> 8), Nibble(v >> 4), Nibble(v));
                return true;
            case 6:
                color = new Rgba((byte)(v >> 16), (byte)(v >> 8), (byte)v, 255);
                return true;
            case 8:
                color = new Rgba((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
                return true;
            default:
                return false;
        }
    }

    private static byte Nibble(uint v) => (byte)((v & 0xF) * 17);

    // rgb(255, 0, 0) rgba(255,0,0,0.5) rgb(255 0 0 / 50%) rgb(100%, 0%, 0%)
    private static bool TryParseFunction(ReadOnlySpan<char> s, out Rgba color)
    {
        color = default;
        int open = s.IndexOf('(');
        if (open < 0 || s[^1] != ')') return false;
        ReadOnlySpan<char> name = s[..open].Trim();
        if (!name.Equals("rgb", StringComparison.OrdinalIgnoreCase) && !name.Equals("rgba", StringComparison.OrdinalIgnoreCase))
            return false;
        ReadOnlySpan<char> args = s[(open + 1)..^1];
        Span<float> parts = stackalloc float[4];
        int count = 0;
        int i = 0;
        while (i < args.Length)
        {
            char ch = args[i];
            if (ch == ',' || ch == ' ' || ch == '/' || ch == '\t') { i++; continue; }
            int start = i;
            while (i < args.Length && args[i] != ',' && args[i] != ' ' && args[i] != '/' && args[i] != '\t') i++;
            if (count == 4) return false;
            ReadOnlySpan<char> token = args[start..i];
            bool percent = token.EndsWith("%");
            if (percent) token = token[..^1];
            if (!float.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out float v) || !float.IsFinite(v))
                return false;
            if (count < 3) v = percent ? v * 2.55f : v;
            else v = percent ? v / 100f : v;
            parts[count++] = v;
        }
        if (count < 3) return false;
        float a = count == 4 ? parts[3] : 1f;
        color = new Rgba(Channel(parts[0]), Channel(parts[1]), Channel(parts[2]), Channel(a * 255f));
        return true;
    }

    private static byte Channel(float v) => (byte)Math.Clamp(MathF.Round(v), 0f, 255f);
}
