using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Bridge.Fuzz.Tests;

/// <summary>How many cases each property runs and from which seed: the defaults of a plain test run (10,500 cases over
/// the four properties), or <c>BRIDGE_FUZZ_CASES</c> per property and <c>BRIDGE_FUZZ_SEED</c> for a long run
/// (<c>scripts/fuzz</c>).</summary>
internal static class FuzzSettings
{
    private static readonly int? s_cases = ReadInt("BRIDGE_FUZZ_CASES");

    /// <summary>The cases a property runs: <c>BRIDGE_FUZZ_CASES</c> when set, else its default.</summary>
    public static int Cases(int byDefault) => s_cases ?? byDefault;

    public static int? Seed { get; } = ReadInt("BRIDGE_FUZZ_SEED");

    /// <summary>The FsCheck configuration of one property: its case count, a fixed seed when asked, and throw on failure.</summary>
    public static Config Config(int cases)
    {
        var config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true);
        return Seed is { } seed
            ? config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd((ulong)seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)))
            : config;
    }

    /// <summary>One case: which corpus entry (or generator) it starts from and the seed of its mutations.</summary>
    public static Arbitrary<FuzzCase> Picks { get; } =
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue), (entry, seed) => new FuzzCase(entry, seed)).ToArbitrary();

    private static int? ReadInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}

/// <summary>A fuzz case: a corpus pick and the seed of the mutations applied to it (printed when a property fails).</summary>
public readonly record struct FuzzCase(int Pick, int Seed);
