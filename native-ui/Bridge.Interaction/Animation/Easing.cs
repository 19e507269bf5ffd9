namespace Bridge.Interaction.Animation;

/// <summary>A timing function mapping linear progress in [0, 1] to eased progress: linear or a CSS cubic-bezier.</summary>
/// <remarks>
/// The bezier is solved as CSS Easing Functions Level 1 §3.1 specifies: find the curve parameter whose x is the input
/// progress (Newton's method, then bisection when the slope is too flat), and answer that parameter's y.
/// </remarks>
public readonly struct Easing : IEquatable<Easing>
{
    private const int NewtonIterations = 8;
    private const double Epsilon = 1e-7;

    private readonly bool _bezier;
    private readonly float _x1, _y1, _x2, _y2;

    private Easing(float x1, float y1, float x2, float y2)
    {
        _bezier = true;
        _x1 = x1;
        _y1 = y1;
        _x2 = x2;
        _y2 = y2;
    }

    /// <summary>Constant speed (the default value).</summary>
    public static Easing Linear => default;

    /// <summary>CSS <c>ease</c>: cubic-bezier(0.25, 0.1, 0.25, 1).</summary>
    public static Easing Ease => new(0.25f, 0.1f, 0.25f, 1f);

    /// <summary>CSS <c>ease-in</c>: cubic-bezier(0.42, 0, 1, 1).</summary>
    public static Easing EaseIn => new(0.42f, 0f, 1f, 1f);

    /// <summary>CSS <c>ease-out</c>: cubic-bezier(0, 0, 0.58, 1).</summary>
    public static Easing EaseOut => new(0f, 0f, 0.58f, 1f);

    /// <summary>CSS <c>ease-in-out</c>: cubic-bezier(0.42, 0, 0.58, 1).</summary>
    public static Easing EaseInOut => new(0.42f, 0f, 0.58f, 1f);

    /// <summary>True for the linear timing function.</summary>
    public bool IsLinear => !_bezier;

    /// <summary>A CSS cubic-bezier(x1, y1, x2, y2); the x coordinates must lie in [0, 1], y may overshoot.</summary>
    public static Easing CubicBezier(float x1, float y1, float x2, float y2)
    {
        if (!(x1 is >= 0 and <= 1) || !(x2 is >= 0 and <= 1) || !float.IsFinite(y1) || !float.IsFinite(y2))
        {
            throw new ArgumentOutOfRangeException(nameof(x1),
                $"cubic-bezier({x1}, {y1}, {x2}, {y2}): x1 and x2 must lie in [0, 1] and y1, y2 must be finite");
        }
        return new Easing(x1, y1, x2, y2);
    }

    /// <summary>The eased progress for a linear progress; inputs outside [0, 1] are clamped.</summary>
    public float Evaluate(float progress)
    {
        if (!(progress > 0))
        {
            return 0;
        }
        if (progress >= 1)
        {
            return 1;
        }
        if (!_bezier)
        {
            return progress;
        }
        var t = SolveCurveX(progress);
        return (float)Sample(t, _y1, _y2);
    }

    /// <summary>The slope d(eased)/d(progress) at a progress, used to carry velocity into a retargeted animation.</summary>
    public float Slope(float progress)
    {
        if (!_bezier)
        {
            return 1;
        }
        var t = SolveCurveX(Math.Clamp(progress, 0, 1));
        var dx = Derivative(t, _x1, _x2);
        return Math.Abs(dx) < Epsilon ? 0 : (float)(Derivative(t, _y1, _y2) / dx);
    }

    private double SolveCurveX(double x)
    {
        var t = x;
        for (var i = 0; i < NewtonIterations; i++)
        {
            var error = Sample(t, _x1, _x2) - x;
            if (Math.Abs(error) < Epsilon)
            {
                return t;
            }
            var d = Derivative(t, _x1, _x2);
            if (Math.Abs(d) < 1e-6)
            {
                break;
            }
            t -= error / d;
        }
        // Bisection: x(t) is monotonic on [0, 1] because x1 and x2 lie in [0, 1].
        double lo = 0, hi = 1;
        t = x;
        while (hi - lo > Epsilon)
        {
            var value = Sample(t, _x1, _x2);
            if (Math.Abs(value - x) < Epsilon)
            {
                return t;
            }
            if (value < x)
            {
                lo = t;
            }
            else
            {
                hi = t;
            }
            t = (lo + hi) * 0.5;
        }
        return t;
    }

    // B(t) = 3(1-t)^2 t p1 + 3(1-t) t^2 p2 + t^3, written in Horner form.
    private static double Sample(double t, double p1, double p2)
    {
        var c = 3 * p1;
        var b = 3 * (p2 - p1) - c;
        var a = 1 - c - b;
        return ((a * t + b) * t + c) * t;
    }

    private static double Derivative(double t, double p1, double p2)
    {
        var c = 3 * p1;
        var b = 3 * (p2 - p1) - c;
        var a = 1 - c - b;
        return (3 * a * t + 2 * b) * t + c;
    }

    /// <inheritdoc/>
    public bool Equals(Easing other) =>
        _bezier == other._bezier && _x1 == other._x1 && _y1 == other._y1 && _x2 == other._x2 && _y2 == other._y2;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Easing other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_bezier, _x1, _y1, _x2, _y2);

    /// <inheritdoc/>
    public override string ToString() => _bezier ? $"cubic-bezier({_x1}, {_y1}, {_x2}, {_y2})" : "linear";

    /// <summary>Equality of timing functions.</summary>
    public static bool operator ==(Easing left, Easing right) => left.Equals(right);

    /// <summary>Inequality of timing functions.</summary>
    public static bool operator !=(Easing left, Easing right) => !left.Equals(right);
}
