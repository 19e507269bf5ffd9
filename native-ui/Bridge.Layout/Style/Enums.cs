namespace Bridge.Layout;

/// <summary>Main axis of a flex container (Yoga's default is <see cref="Column"/>).</summary>
public enum FlexDirection : byte { Column, ColumnReverse, Row, RowReverse }

/// <summary>Distribution of free space along the main axis (justify-content).</summary>
public enum Justify : byte { FlexStart, Center, FlexEnd, SpaceBetween, SpaceAround, SpaceEvenly }

/// <summary>Alignment along the cross axis (align-items, align-self, align-content).</summary>
public enum Align : byte { Auto, FlexStart, Center, FlexEnd, Stretch, Baseline, SpaceBetween, SpaceAround, SpaceEvenly }

/// <summary>Positioning scheme of a node (Yoga's default is <see cref="Relative"/>).</summary>
public enum PositionType : byte { Static, Relative, Absolute }

/// <summary>Whether flex items wrap onto several lines.</summary>
public enum Wrap : byte { NoWrap, Wrap, WrapReverse }

/// <summary>Overflow behaviour; only <see cref="Scroll"/> changes layout.</summary>
public enum Overflow : byte { Visible, Hidden, Scroll }

/// <summary>Display type: a flex box, nothing, or its children only.</summary>
public enum Display : byte { Flex, None, Contents }

/// <summary>Inline (text) direction; <see cref="Inherit"/> takes the owner's.</summary>
public enum Direction : byte { Inherit, Ltr, Rtl }

/// <summary>Whether width and height include padding and border (Yoga's default is <see cref="BorderBox"/>).</summary>
public enum BoxSizing : byte { BorderBox, ContentBox }

/// <summary>Edge of a box in Yoga's model: physical, logical (start/end) and shorthands.</summary>
public enum Edge { Left, Top, Right, Bottom, Start, End, Horizontal, Vertical, All }

/// <summary>Gap gutter: between columns, between rows, or both.</summary>
public enum Gutter { Column, Row, All }

/// <summary>How a measure callback must treat an available size.</summary>
public enum MeasureMode { Undefined, Exactly, AtMost }

/// <summary>Unit of a <see cref="Length"/>.</summary>
public enum LengthUnit { Undefined, Point, Percent, Auto, MaxContent, FitContent, Stretch }

/// <summary>Yoga's errata: deliberate deviations from the web kept for compatibility.</summary>
[Flags]
public enum Errata
{
    /// <summary>Conforming behaviour.</summary>
    None = 0,
    /// <summary>A content-sized container stretches to its available main size (legacy Yoga).</summary>
    StretchFlexBasis = 1,
    /// <summary>Absolute children without insets are placed at the border box, ignoring padding.</summary>
    AbsolutePositionWithoutInsetsExcludesPadding = 2,
    /// <summary>Percentages of absolute children resolve against the inner size of the parent.</summary>
    AbsolutePercentAgainstInnerSize = 4,
    /// <summary>Flex items have no CSS automatic minimum size (always the case in this engine).</summary>
    MinSizeUndefinedInsteadOfAuto = 8,
    /// <summary>Percent min/max of flex items resolve against the owner instead of the inner size.</summary>
    FlexItemPercentMinMaxAgainstOwner = 16,
}

/// <summary>Yoga's experimental features.</summary>
[Flags]
public enum ExperimentalFeatures
{
    /// <summary>None enabled.</summary>
    None = 0,
    /// <summary>Recompute a definite flex basis in every layout pass instead of once per style change.</summary>
    WebFlexBasis = 1,
}

/// <summary>Sizing constraint used inside the algorithm (css-sizing-3 terms).</summary>
internal enum SizingMode : byte { StretchFit, MaxContent, FitContent }

/// <summary>Physical edge index into resolved layout arrays.</summary>
internal enum PhysicalEdge { Left = 0, Top = 1, Right = 2, Bottom = 3 }
