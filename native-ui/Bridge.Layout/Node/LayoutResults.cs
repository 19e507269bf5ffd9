using System.Runtime.CompilerServices;

namespace Bridge.Layout;

/// <summary>Four floats indexed by <see cref="PhysicalEdge"/>.</summary>
[InlineArray(4)]
internal struct EdgeValues
{
    private float _e0;
}

/// <summary>Two floats indexed by dimension (0 width, 1 height).</summary>
[InlineArray(2)]
internal struct DimValues
{
    private float _d0;
}

/// <summary>One remembered result of laying out or measuring a node under given constraints (yoga CachedMeasurement).</summary>
internal struct CachedMeasurement
{
    public float AvailableWidth;
    public float AvailableHeight;
    public SizingMode WidthMode;
    public SizingMode HeightMode;
    public float ComputedWidth;
    public float ComputedHeight;

    public static CachedMeasurement Empty => new()
    {
        AvailableWidth = -1, AvailableHeight = -1,
        WidthMode = SizingMode.MaxContent, HeightMode = SizingMode.MaxContent,
        ComputedWidth = -1, ComputedHeight = -1,
    };
}

/// <summary>Unrounded results and caches of the layout algorithm for one node (yoga LayoutResults).</summary>
internal struct LayoutResults
{
    public const int MaxCachedMeasurements = 8;

    public EdgeValues Position;
    public EdgeValues Margin;
    public EdgeValues Border;
    public EdgeValues Padding;
    public DimValues Dimensions;
    public DimValues MeasuredDimensions;
    public Direction Direction;
    public bool HadOverflow;
    public float ComputedFlexBasis;
    public uint ComputedFlexBasisGeneration;
    public uint GenerationCount;
    public uint ConfigVersion;
    public Direction LastOwnerDirection;
    public int NextCachedMeasurementsIndex;
    /// <summary>Measurement slots, allocated on a node's first measurement (many nodes are only ever laid out).</summary>
    public CachedMeasurement[]? CachedMeasurements;
    public CachedMeasurement CachedLayout;

    /// <summary>Resets to an empty layout, keeping the measurement slots' storage.</summary>
    public void Reset()
    {
        var slots = CachedMeasurements;
        this = Empty();
        CachedMeasurements = slots;
    }

    public static LayoutResults Empty()
    {
        var r = new LayoutResults
        {
            ComputedFlexBasis = float.NaN,
            LastOwnerDirection = Direction.Inherit,
            CachedLayout = CachedMeasurement.Empty,
        };
        r.Dimensions[0] = float.NaN;
        r.Dimensions[1] = float.NaN;
        r.MeasuredDimensions[0] = float.NaN;
        r.MeasuredDimensions[1] = float.NaN;
        return r;
    }
}
