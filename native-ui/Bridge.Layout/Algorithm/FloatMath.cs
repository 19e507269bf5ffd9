namespace Bridge.Layout;

/// <summary>Float helpers with Yoga's "undefined is NaN" semantics (yoga/numeric/Comparison.h).</summary>
internal static class FloatMath
{
    public static bool IsDefined(float v) => !float.IsNaN(v);

    public static bool IsUndefined(float v) => float.IsNaN(v);

    /// <summary>The larger of two values, or whichever is defined.</summary>
    public static float MaxOrDefined(float a, float b)
    {
        if (!float.IsNaN(a) && !float.IsNaN(b)) return a > b ? a : b;
        return float.IsNaN(a) ? b : a;
    }

    /// <summary>The smaller of two values, or whichever is defined.</summary>
    public static float MinOrDefined(float a, float b)
    {
        if (!float.IsNaN(a) && !float.IsNaN(b)) return a < b ? a : b;
        return float.IsNaN(a) ? b : a;
    }

    /// <summary>Equality within 1e-4, with two undefined values equal.</summary>
    public static bool InexactEquals(float a, float b)
    {
        if (!float.IsNaN(a) && !float.IsNaN(b)) return MathF.Abs(a - b) < 0.0001f;
        return float.IsNaN(a) && float.IsNaN(b);
    }

    /// <summary>Equality within 1e-4, with two undefined values equal.</summary>
    public static bool InexactEquals(double a, double b)
    {
        if (!double.IsNaN(a) && !double.IsNaN(b)) return Math.Abs(a - b) < 0.0001;
        return double.IsNaN(a) && double.IsNaN(b);
    }
}
