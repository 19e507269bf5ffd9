using Bridge.Reactive;
using Bridge.Schema;

namespace Bridge.Engine.Compose;

/// <summary>A style value of a native widget: a constant, or a reactive source re-read by an effect that updates one component.</summary>
/// <remarks>Constants take the same forms as the legacy contract (numbers, "50%", "auto", "#rrggbb", "15deg"...), and go
/// through the same parser. Lambdas convert with <see cref="UI.Bind(Func{string})"/>; signals convert implicitly.</remarks>
public readonly struct StyleValue
{
    internal StyleValue(PropValue value, Func<PropValue>? source)
    {
        Value = value;
        Source = source;
        IsSet = true;
    }

    internal PropValue Value { get; }

    internal Func<PropValue>? Source { get; }

    /// <summary>Whether a value was given at all.</summary>
    public bool IsSet { get; }

    /// <summary>A number (points, factor, weight...).</summary>
    public static implicit operator StyleValue(double v) => new(PropValue.Of(v), null);

    /// <summary>A string ("50%", "auto", "#fff", "row", "bold"...).</summary>
    public static implicit operator StyleValue(string v) => new(PropValue.Of(v), null);

    /// <summary>A boolean.</summary>
    public static implicit operator StyleValue(bool v) => new(PropValue.Of(v), null);

    /// <summary>A flat transform list: ["scale", 1.1, "rotate", "15deg"].</summary>
    public static implicit operator StyleValue(PropValue[] v) => new(PropValue.Of(v), null);

    /// <summary>A numeric signal: the style follows it.</summary>
    public static implicit operator StyleValue(Signal<double> s) => new(default, () => PropValue.Of(s.Value));

    /// <summary>A string signal: the style follows it.</summary>
    public static implicit operator StyleValue(Signal<string> s) => new(default, () => PropValue.Of(s.Value));

    /// <summary>A numeric memo: the style follows it.</summary>
    public static implicit operator StyleValue(Memo<double> m) => new(default, () => PropValue.Of(m.Value));

    /// <summary>A string memo: the style follows it.</summary>
    public static implicit operator StyleValue(Memo<string> m) => new(default, () => PropValue.Of(m.Value));

    internal static StyleValue Reactive(Func<PropValue> source) => new(default, source);
}

/// <summary>The style of a native widget, keyed by the schema's style keys (<c>new() { Width = 240, Color = "#fff" }</c>).</summary>
public sealed partial class StyleProps
{
    private readonly List<(PropKey Key, StyleValue Value)> _entries = new(4);

    /// <summary>The keys set, in the order they were set.</summary>
    internal IReadOnlyList<(PropKey Key, StyleValue Value)> Entries => _entries;

    /// <summary>Sets any style key by code (the named properties call this).</summary>
    public StyleProps Set(PropKey key, StyleValue value)
    {
        if (!PropCatalog.TryGet(key, out PropInfo? info) || !info.IsStyle)
            throw new ArgumentOutOfRangeException(nameof(key), key, "StyleProps.Set: not a style key of the schema");
        for (int i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Key == key)
            {
                _entries[i] = (key, value);
                return this;
            }
        }
        _entries.Add((key, value));
        return this;
    }

    /// <summary>The value set for <paramref name="key"/>, or an unset value.</summary>
    public StyleValue Get(PropKey key)
    {
        foreach (var (k, v) in _entries)
            if (k == key) return v;
        return default;
    }
}
