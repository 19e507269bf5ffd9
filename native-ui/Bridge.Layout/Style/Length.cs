using System.Globalization;

namespace Bridge.Layout;

/// <summary>A style length: points, percent, auto, an intrinsic keyword, or undefined.</summary>
public readonly record struct Length(float Value, LengthUnit Unit)
{
    /// <summary>No value (falls back to the next edge or the default).</summary>
    public static Length Undefined => new(float.NaN, LengthUnit.Undefined);

    /// <summary>The <c>auto</c> keyword.</summary>
    public static Length Auto => new(float.NaN, LengthUnit.Auto);

    /// <summary>The <c>max-content</c> keyword.</summary>
    public static Length MaxContent => new(float.NaN, LengthUnit.MaxContent);

    /// <summary>The <c>fit-content</c> keyword.</summary>
    public static Length FitContent => new(float.NaN, LengthUnit.FitContent);

    /// <summary>The <c>stretch</c> keyword.</summary>
    public static Length Stretch => new(float.NaN, LengthUnit.Stretch);

    /// <summary>A length in points; NaN or infinity gives <see cref="Undefined"/>.</summary>
    public static Length Points(float value) =>
        float.IsFinite(value) ? new(value, LengthUnit.Point) : Undefined;

    /// <summary>A percentage of the reference length; NaN or infinity gives <see cref="Undefined"/>.</summary>
    public static Length Percent(float value) =>
        float.IsFinite(value) ? new(value, LengthUnit.Percent) : Undefined;

    /// <summary>Whether a unit is set at all.</summary>
    public bool IsDefined => Unit != LengthUnit.Undefined;

    /// <summary>Whether this is the <c>auto</c> keyword.</summary>
    public bool IsAuto => Unit == LengthUnit.Auto;

    /// <summary>Resolves to points against a reference length; keywords and undefined give NaN.</summary>
    public float Resolve(float referenceLength) => Unit switch
    {
        LengthUnit.Point => Value,
        LengthUnit.Percent => Value * referenceLength * 0.01f,
        _ => float.NaN,
    };

    /// <summary>Equal units with equal values; keywords and undefined ignore the value.</summary>
    public bool Equals(Length other) =>
        Unit == other.Unit && (Unit is not (LengthUnit.Point or LengthUnit.Percent) || Value.Equals(other.Value));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        Unit is LengthUnit.Point or LengthUnit.Percent ? HashCode.Combine(Unit, Value) : (int)Unit;

    /// <inheritdoc/>
    public override string ToString() => Unit switch
    {
        LengthUnit.Point => Value.ToString(CultureInfo.InvariantCulture),
        LengthUnit.Percent => Value.ToString(CultureInfo.InvariantCulture) + "%",
        LengthUnit.Auto => "auto",
        LengthUnit.MaxContent => "max-content",
        LengthUnit.FitContent => "fit-content",
        LengthUnit.Stretch => "stretch",
        _ => "undefined",
    };
}
