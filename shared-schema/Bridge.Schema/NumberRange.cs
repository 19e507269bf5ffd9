using System.Globalization;

namespace Bridge.Schema;

/// <summary>The numbers a prop accepts, checked on the value as the engine stores it (a 32-bit float).</summary>
/// <param name="Min">The smallest value (or the bound it must exceed, when <paramref name="MinExclusive"/>).</param>
/// <param name="Max">The largest value.</param>
/// <param name="MinExclusive">True when the value must be greater than <paramref name="Min"/>.</param>
public readonly record struct NumberRange(double Min, double Max, bool MinExclusive = false)
{
    /// <summary>Largest magnitude of a coordinate, size or offset in pixels: sums over any tree stay far from float overflow.</summary>
    public const double MaxPixels = 1_000_000;

    /// <summary>Largest magnitude of a percentage.</summary>
    public const double MaxPercent = 10_000;

    /// <summary>Sizes, paddings, gaps, border widths and radii: 0 to <see cref="MaxPixels"/>.</summary>
    public static NumberRange Size { get; } = new(0, MaxPixels);

    /// <summary>Margins and insets: ±<see cref="MaxPixels"/>.</summary>
    public static NumberRange Offset { get; } = new(-MaxPixels, MaxPixels);

    /// <summary>Whether <paramref name="value"/> lies in the range (NaN never does).</summary>
    public bool Contains(double value) => (MinExclusive ? value > Min : value >= Min) && value <= Max;

    /// <summary>The percentages a length with this range accepts: non-negative when the range is, up to <see cref="MaxPercent"/>.</summary>
    public NumberRange Percent => new(Min >= 0 ? 0 : -MaxPercent, MaxPercent);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(MinExclusive ? "> " : "")}{Min:0.###}{(MinExclusive ? " and " : " to ")}{(MinExclusive ? "<= " : "")}{Max:0.###}");
}
