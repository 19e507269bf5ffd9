using System.Globalization;
using System.Text;

namespace Bridge.Migration;

/// <summary>Inline SVG charts for the HTML report: latency distributions and stage breakdown bars.</summary>
internal static class SvgCharts
{
    /// <summary>Stage colours, in <see cref="LatencyStage"/> order.</summary>
    public static readonly string[] StageColors = ["#4e79a7", "#9c755f", "#ff9da7", "#bab0ac", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1"];

    private const int Width = 560;
    private const int Height = 260;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 40;
    private static readonly double[] PercentileTicks = [0, 90, 99, 99.9];

    /// <summary>A latency-by-percentile plot with one line per series, x on the "nines" scale (0, 90, 99, 99.9).</summary>
    public static string Distribution(IReadOnlyList<(string Label, string Color, IReadOnlyList<(double Percentile, double Ms)> Points)> series)
    {
        var maxMs = Math.Max(1e-3, series.SelectMany(s => s.Points).Select(p => p.Ms).DefaultIfEmpty(1).Max()) * 1.1;
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">"));
        sb.Append(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"#fafafa\" stroke=\"#ccc\"/>"));
        for (var i = 0; i <= 4; i++)
        {
            var ms = maxMs * i / 4;
            var y = Y(ms, maxMs);
            sb.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e4e4e4\"/>"));
            sb.Append(Inv($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" text-anchor=\"end\">{ms:0.##}</text>"));
        }
        foreach (var p in PercentileTicks)
        {
            var x = X(p);
            sb.Append(Inv($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#e4e4e4\"/>"));
            sb.Append(Inv($"<text x=\"{x:0.#}\" y=\"{Height - Bottom + 14}\" font-size=\"11\" text-anchor=\"middle\">p{p}</text>"));
        }
        sb.Append(Inv($"<text x=\"{Left + (Width - Left - Right) / 2}\" y=\"{Height - 6}\" font-size=\"11\" text-anchor=\"middle\">percentile</text>"));
        sb.Append(Inv($"<text x=\"12\" y=\"{Top + 10}\" font-size=\"11\">ms</text>"));
        var legendX = Left + 8;
        foreach (var (label, color, points) in series)
        {
            if (points.Count > 0)
            {
                sb.Append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").Append(color).Append("\" points=\"");
                foreach (var (percentile, ms) in points)
                {
                    sb.Append(Inv($"{X(percentile):0.##},{Y(ms, maxMs):0.##} "));
                }
                sb.Append("\"/>");
            }
            sb.Append(Inv($"<rect x=\"{legendX}\" y=\"{Top + 8}\" width=\"10\" height=\"10\" fill=\"{color}\"/>"));
            sb.Append(Inv($"<text x=\"{legendX + 14}\" y=\"{Top + 17}\" font-size=\"11\">{Html(label)}</text>"));
            legendX += 14 + 7 * label.Length + 16;
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>One horizontal bar per row, split into the mean milliseconds of each stage.</summary>
    public static string StageBars(IReadOnlyList<(string Label, double[] StageMs)> rows)
    {
        const int labelWidth = 200;
        const int barWidth = 340;
        const int rowHeight = 22;
        var total = Math.Max(1e-6, rows.Select(r => r.StageMs.Sum()).DefaultIfEmpty(0).Max());
        var height = rows.Count * rowHeight + 34;
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + barWidth + 80}\" height=\"{height}\" role=\"img\">"));
        for (var r = 0; r < rows.Count; r++)
        {
            var y = r * rowHeight + 4;
            sb.Append(Inv($"<text x=\"{labelWidth - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Html(rows[r].Label)}</text>"));
            double x = labelWidth;
            for (var s = 0; s < LatencyStages.Count; s++)
            {
                var w = rows[r].StageMs[s] / total * barWidth;
                if (w > 0)
                {
                    var name = LatencyStages.ToName((LatencyStage)s);
                    sb.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{rowHeight - 6}\" fill=\"{StageColors[s]}\"><title>{name}: {rows[r].StageMs[s]:0.###} ms</title></rect>"));
                    x += w;
                }
            }
            sb.Append(Inv($"<text x=\"{x + 6:0.##}\" y=\"{y + 14}\" font-size=\"11\">{rows[r].StageMs.Sum():0.###} ms</text>"));
        }
        var lx = 8;
        var ly = rows.Count * rowHeight + 14;
        for (var s = 0; s < LatencyStages.Count; s++)
        {
            var name = LatencyStages.ToName((LatencyStage)s);
            sb.Append(Inv($"<rect x=\"{lx}\" y=\"{ly}\" width=\"10\" height=\"10\" fill=\"{StageColors[s]}\"/><text x=\"{lx + 14}\" y=\"{ly + 9}\" font-size=\"11\">{name}</text>"));
            lx += 14 + 7 * name.Length + 14;
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>A small plot of key-to-committed p99 (max under 1,000 keys) per run (native blue, legacy orange, the budget dashed), x in run
    /// order; y labelled at 0 and the top, x at the first and last run only, so that labels never overlap.</summary>
    public static string History(IReadOnlyList<(DateTimeOffset Time, string Statistic, double Ms)> native, IReadOnlyList<(DateTimeOffset Time, string Statistic, double Ms)> legacy,
        double? budget)
    {
        const int w = 240, h = 100, left = 34, right = 8, top = 8, bottom = 64;
        var times = native.Select(p => p.Time).Concat(legacy.Select(p => p.Time)).Distinct().Order().ToList();
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg class=\"history\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\">"));
        if (times.Count == 0)
        {
            sb.Append(Inv($"<text x=\"{w / 2}\" y=\"{h / 2}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#666\">not measured</text>"));
            return sb.Append("</svg>").ToString();
        }
        var max = native.Select(p => p.Ms).Concat(legacy.Select(p => p.Ms)).Append(budget ?? 0).Max();
        max = max <= 0 ? 1 : NiceCeiling(max * 1.1);
        double X(DateTimeOffset t) => times.Count == 1 ? (left + w - right) / 2.0 : left + times.IndexOf(t) * (w - left - right) / (double)(times.Count - 1);
        double Y(double ms) => bottom - ms / max * (bottom - top);
        sb.Append(Inv($"<rect x=\"{left}\" y=\"{top}\" width=\"{w - left - right}\" height=\"{bottom - top}\" fill=\"#fafafa\" stroke=\"#ccc\"/>"));
        sb.Append(Inv($"<text x=\"{left - 4}\" y=\"{top + 8}\" font-size=\"10\" text-anchor=\"end\">{max:0.##}</text>"));
        sb.Append(Inv($"<text x=\"{left - 4}\" y=\"{bottom}\" font-size=\"10\" text-anchor=\"end\">0</text>"));
        if (budget is { } b)
        {
            sb.Append(Inv($"<line x1=\"{left}\" x2=\"{w - right}\" y1=\"{Y(b):0.#}\" y2=\"{Y(b):0.#}\" stroke=\"#b00020\" stroke-dasharray=\"4 3\"><title>budget {b:0.##} ms</title></line>"));
        }
        foreach (var (series, color, name) in new[] { (native, "#4e79a7", "native"), (legacy, "#f28e2b", "legacy") })
        {
            if (series.Count > 1)
            {
                sb.Append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").Append(color).Append("\" points=\"");
                foreach (var (t, _, ms) in series)
                {
                    sb.Append(Inv($"{X(t):0.#},{Y(ms):0.#} "));
                }
                sb.Append("\"/>");
            }
            foreach (var (t, statistic, ms) in series)
            {
                sb.Append(Inv($"<circle cx=\"{X(t):0.#}\" cy=\"{Y(ms):0.#}\" r=\"2.5\" fill=\"{color}\"><title>{name} {statistic} {ms:0.###} ms, {t.ToLocalTime():yyyy-MM-dd HH:mm}</title></circle>"));
            }
        }
        var first = times[0].ToLocalTime().ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (times.Count == 1)
        {
            sb.Append(Inv($"<text x=\"{(left + w - right) / 2}\" y=\"{bottom + 13}\" font-size=\"10\" text-anchor=\"middle\">{first}</text>"));
        }
        else
        {
            var last = times[^1].ToLocalTime().ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
            sb.Append(Inv($"<text x=\"{left}\" y=\"{bottom + 13}\" font-size=\"10\" text-anchor=\"start\">{first}</text>"));
            sb.Append(Inv($"<text x=\"{w - right}\" y=\"{bottom + 13}\" font-size=\"10\" text-anchor=\"end\">{last}</text>"));
        }
        sb.Append(Inv($"<rect x=\"{left}\" y=\"{h - 11}\" width=\"8\" height=\"8\" fill=\"#4e79a7\"/><text x=\"{left + 11}\" y=\"{h - 3}\" font-size=\"10\">native</text>"));
        sb.Append(Inv($"<rect x=\"{left + 60}\" y=\"{h - 11}\" width=\"8\" height=\"8\" fill=\"#f28e2b\"/><text x=\"{left + 71}\" y=\"{h - 3}\" font-size=\"10\">legacy</text>"));
        if (budget is not null)
        {
            sb.Append(Inv($"<line x1=\"{left + 120}\" x2=\"{left + 132}\" y1=\"{h - 7}\" y2=\"{h - 7}\" stroke=\"#b00020\" stroke-dasharray=\"4 3\"/><text x=\"{left + 135}\" y=\"{h - 3}\" font-size=\"10\">budget</text>"));
        }
        return sb.Append("</svg>").ToString();
    }

    // 1, 2 or 5 times a power of ten, at or above the value: a y-axis top that reads well.
    private static double NiceCeiling(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in (ReadOnlySpan<double>)[1, 2, 5, 10])
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }
        return 10 * power;
    }

    /// <summary>HTML-escapes text.</summary>
    public static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static double Nines(double percentile) => Math.Log10(1 / (1 - Math.Min(percentile, 99.99) / 100));

    private static double X(double percentile) => Left + Nines(percentile) / Nines(99.99) * (Width - Left - Right);

    private static double Y(double ms, double maxMs) => Height - Bottom - ms / maxMs * (Height - Top - Bottom);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
