namespace Bridge.Layout;

/// <summary>Counters of one <see cref="LayoutCalculator.Calculate"/> call.</summary>
/// <param name="Layouts">Nodes whose layout was computed (not taken from cache).</param>
/// <param name="Measures">Nodes measured (sized without positioning children), not from cache.</param>
/// <param name="CachedLayouts">Layout requests answered from the cache.</param>
/// <param name="CachedMeasures">Measure requests answered from the cache.</param>
/// <param name="MeasureCallbacks">Calls of <see cref="MeasureFunc"/> callbacks.</param>
public readonly record struct LayoutStats(int Layouts, int Measures, int CachedLayouts, int CachedMeasures, int MeasureCallbacks);

/// <summary>State of one layout pass: generation and counters (yoga LayoutData).</summary>
internal sealed class LayoutPass
{
    public uint Generation;
    public int Layouts;
    public int Measures;
    public int CachedLayouts;
    public int CachedMeasures;
    public int MeasureCallbacks;

    public void Reset(uint generation)
    {
        Generation = generation;
        Layouts = Measures = CachedLayouts = CachedMeasures = MeasureCallbacks = 0;
    }

    public LayoutStats ToStats() => new(Layouts, Measures, CachedLayouts, CachedMeasures, MeasureCallbacks);
}
