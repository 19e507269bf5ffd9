using Bridge.Reactive;

namespace SignalsBench;

/// <summary>The js-reactivity-benchmark shapes (cellx, kairo), line for line as in ../alien.mjs.</summary>
/// <remarks>
/// alien-signals runs effects at the end of each write (or batch); the frame-loop equivalent here is a write
/// followed by <see cref="R.FlushEffects"/>, so both sides do the same work per step.
/// </remarks>
internal static class Cases
{
    /// <summary>Every case: name, builder of its iteration, iterations per sample (the same as in alien.mjs).</summary>
    internal static readonly (string Name, Func<Func<long>> Build, int Reps)[] All =
    [
        ("cellx1000", () => Cellx(1000), 1),
        ("cellx2500", () => Cellx(2500), 1),
        ("avoidable", Avoidable, 5),
        ("broad", Broad, 20),
        ("deep", Deep, 40),
        ("diamond", Diamond, 10),
        ("mux", Mux, 40),
        ("repeated", Repeated, 50),
        ("triangle", Triangle, 25),
        ("unstable", Unstable, 40),
    ];

    private static void Check(bool ok, string what, long value = 0)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"check failed: {what} {value}");
        }
    }

    private static void Write(Signal<int> s, int v)
    {
        s.Value = v;
        R.FlushEffects();
    }

    private static int Busy()
    {
        var a = 0;
        for (var i = 0; i < 100; i++)
        {
            a++;
        }

        return a;
    }

    private static Func<long> Cellx(int layers)
    {
        Signal<int>[] start = [R.Signal(1), R.Signal(2), R.Signal(3), R.Signal(4)];

        // The first layer reads the signals, the others the previous layer's memos: a direct read each, as in JS.
        Memo<int>[] end =
        [
            R.Memo(() => start[1].Value),
            R.Memo(() => start[0].Value - start[2].Value),
            R.Memo(() => start[1].Value + start[3].Value),
            R.Memo(() => start[2].Value),
        ];
        AddEffects(end);
        for (var i = layers - 1; i > 0; i--)
        {
            var m = end;
            Memo<int>[] s =
            [
                R.Memo(() => m[1].Value),
                R.Memo(() => m[0].Value - m[2].Value),
                R.Memo(() => m[1].Value + m[3].Value),
                R.Memo(() => m[2].Value),
            ];
            AddEffects(s);
            end = s;
        }

        var before = Read(end);
        if (before != (-3, -6, -2, 2))
        {
            throw new InvalidOperationException($"check failed: cellx{layers} before = {before}");
        }
        return () =>
        {
            R.Batch(() =>
            {
                start[0].Value = 4;
                start[1].Value = 3;
                start[2].Value = 2;
                start[3].Value = 1;
            });
            R.FlushEffects();
            var after = Read(end);
            if (after != (-2, -4, 2, 3))
            {
                throw new InvalidOperationException($"check failed: cellx{layers} after = {after}");
            }

            R.Batch(() =>
            {
                start[0].Value = 1;
                start[1].Value = 2;
                start[2].Value = 3;
                start[3].Value = 4;
            });
            R.FlushEffects();
            var back = Read(end);
            if (back != (-3, -6, -2, 2))
            {
                throw new InvalidOperationException($"check failed: cellx{layers} back = {back}");
            }

            return after.Item1 + after.Item2 + after.Item3 + after.Item4 + back.Item1 + back.Item2 + back.Item3 + back.Item4;
        };

        static (int, int, int, int) Read(Memo<int>[] e) => (e[0].Value, e[1].Value, e[2].Value, e[3].Value);

        static void AddEffects(Memo<int>[] layer)
        {
            foreach (var c in layer)
            {
                R.Effect(() => _ = c.Value);
            }
        }
    }

    private static Func<long> Avoidable()
    {
        var head = R.Signal(0);
        var c1 = R.Memo(() => head.Value);
        var c2 = R.Memo(() => (c1.Value, 0).Item2);
        var c3 = R.Memo(() => (Busy(), c2.Value + 1).Item2);
        var c4 = R.Memo(() => c3.Value + 2);
        var c5 = R.Memo(() => c4.Value + 3);
        var runs = 0;
        R.Effect(() =>
        {
            _ = c5.Value;
            Busy();
            runs++;
        });
        return () =>
        {
            runs = 0;
            Write(head, 1);
            Check(c5.Value == 6, "avoidable c5");
            for (var i = 0; i < 1000; i++)
            {
                Write(head, i);
                Check(c5.Value == 6, "avoidable c5 loop");
            }

            return (c5.Value * 1000L) + runs;
        };
    }

    private static Func<long> Broad()
    {
        var head = R.Signal(0);
        Memo<int>? last = null;
        var runs = 0;
        for (var i = 0; i < 50; i++)
        {
            var k = i;
            var current = R.Memo(() => head.Value + k);
            var current2 = R.Memo(() => current.Value + 1);
            R.Effect(() =>
            {
                _ = current2.Value;
                runs++;
            });
            last = current2;
        }

        var tail = last!;
        return () =>
        {
            Write(head, 1);
            runs = 0;
            long sum = 0;
            for (var i = 0; i < 50; i++)
            {
                Write(head, i);
                var v = tail.Value;
                Check(v == i + 50, "broad last");
                sum += v;
            }

            Check(runs == 50 * 50, "broad runs ", runs);
            return (sum * 10000) + runs;
        };
    }

    private static Func<long> Deep()
    {
        const int len = 50;
        var head = R.Signal(0);
        var tail = R.Memo(() => head.Value + 1);
        for (var i = 1; i < len; i++)
        {
            var c = tail;
            tail = R.Memo(() => c.Value + 1);
        }

        var end = tail;
        var runs = 0;
        R.Effect(() =>
        {
            _ = end.Value;
            runs++;
        });
        return () =>
        {
            Write(head, 1);
            runs = 0;
            long sum = 0;
            for (var i = 0; i < 50; i++)
            {
                Write(head, i);
                var v = end.Value;
                Check(v == len + i, "deep tail");
                sum += v;
            }

            Check(runs == 50, "deep runs ", runs);
            return (sum * 10000) + runs;
        };
    }

    private static Func<long> Diamond()
    {
        const int width = 5;
        var head = R.Signal(0);
        var current = new Memo<int>[width];
        for (var i = 0; i < width; i++)
        {
            current[i] = R.Memo(() => head.Value + 1);
        }

        var sum = R.Memo(() =>
        {
            var s = 0;
            foreach (var x in current)
            {
                s += x.Value;
            }

            return s;
        });
        var runs = 0;
        R.Effect(() =>
        {
            _ = sum.Value;
            runs++;
        });
        return () =>
        {
            Write(head, 1);
            Check(sum.Value == 2 * width, "diamond first");
            runs = 0;
            long total = 0;
            for (var i = 0; i < 500; i++)
            {
                Write(head, i);
                var v = sum.Value;
                Check(v == (i + 1) * width, "diamond sum");
                total += v;
            }

            Check(runs == 500, "diamond runs ", runs);
            return (total * 1000) + runs;
        };
    }

    private static Func<long> Mux()
    {
        var heads = new Signal<int>[100];
        for (var i = 0; i < heads.Length; i++)
        {
            heads[i] = R.Signal(0);
        }

        var record = R.Memo(() =>
        {
            var values = new int[heads.Length];
            for (var i = 0; i < heads.Length; i++)
            {
                values[i] = heads[i].Value;
            }

            return values;
        });
        var split = new Memo<int>[heads.Length];
        for (var i = 0; i < heads.Length; i++)
        {
            var index = i;
            var x = R.Memo(() => record.Value[index]);
            split[i] = R.Memo(() => x.Value + 1);
        }

        foreach (var x in split)
        {
            R.Effect(() => _ = x.Value);
        }

        return () =>
        {
            long sum = 0;
            for (var i = 0; i < 10; i++)
            {
                var k = i;
                R.Batch(() => heads[k].Value = k);
                R.FlushEffects();
                var v = split[i].Value;
                Check(v == i + 1, "mux first");
                sum += v;
            }

            for (var i = 0; i < 10; i++)
            {
                var k = i;
                R.Batch(() => heads[k].Value = k * 2);
                R.FlushEffects();
                var v = split[i].Value;
                Check(v == (i * 2) + 1, "mux second");
                sum += v;
            }

            return sum;
        };
    }

    private static Func<long> Repeated()
    {
        const int size = 30;
        var head = R.Signal(0);
        var current = R.Memo(() =>
        {
            var result = 0;
            for (var i = 0; i < size; i++)
            {
                result += head.Value;
            }

            return result;
        });
        var runs = 0;
        R.Effect(() =>
        {
            _ = current.Value;
            runs++;
        });
        return () =>
        {
            Write(head, 1);
            Check(current.Value == size, "repeated first");
            runs = 0;
            long sum = 0;
            for (var i = 0; i < 100; i++)
            {
                Write(head, i);
                var v = current.Value;
                Check(v == i * size, "repeated value");
                sum += v;
            }

            Check(runs == 100, "repeated runs ", runs);
            return (sum * 1000) + runs;
        };
    }

    private static Func<long> Triangle()
    {
        const int width = 10;
        var head = R.Signal(0);
        var memos = new Memo<int>[width - 1];
        var current = R.Memo(() => head.Value + 1);
        for (var i = 0; i < width - 1; i++)
        {
            var c = current;
            memos[i] = current;
            current = R.Memo(() => c.Value + 1);
        }

        // The list holds the head and the first width-1 memos (the last memo is not summed), as in JS.
        var sum = R.Memo(() =>
        {
            var s = head.Value;
            foreach (var x in memos)
            {
                s += x.Value;
            }

            return s;
        });
        var runs = 0;
        R.Effect(() =>
        {
            _ = sum.Value;
            runs++;
        });
        const int constant = width * (width + 1) / 2;
        return () =>
        {
            Write(head, 1);
            Check(sum.Value == constant, "triangle first");
            runs = 0;
            long total = 0;
            for (var i = 0; i < 100; i++)
            {
                Write(head, i);
                var v = sum.Value;
                Check(v == constant - width + (i * width), "triangle sum");
                total += v;
            }

            Check(runs == 100, "triangle runs ", runs);
            return (total * 1000) + runs;
        };
    }

    private static Func<long> Unstable()
    {
        var head = R.Signal(0);
        var dbl = R.Memo(() => head.Value * 2);
        var inverse = R.Memo(() => -head.Value);
        var current = R.Memo(() =>
        {
            var result = 0;
            for (var i = 0; i < 20; i++)
            {
                result += head.Value % 2 != 0 ? dbl.Value : inverse.Value;
            }

            return result;
        });
        var runs = 0;
        R.Effect(() =>
        {
            _ = current.Value;
            runs++;
        });
        return () =>
        {
            Write(head, 1);
            Check(current.Value == 40, "unstable first");
            runs = 0;
            long sum = 0;
            for (var i = 0; i < 100; i++)
            {
                Write(head, i);
                var v = current.Value;
                Check(v == (i % 2 != 0 ? i * 40 : i * -20), "unstable value");
                sum += v;
            }

            Check(runs == 100, "unstable runs ", runs);
            return (sum * 1000) + runs;
        };
    }
}
