namespace Bridge.App.Content;

/// <summary>Builds a deterministic catalog of titles from a seed: names, years, synopses and artwork addresses.</summary>
internal static class CatalogGenerator
{
    private static readonly string[] Adjectives =
    [
        "Last", "Silent", "Broken", "Hidden", "Golden", "Crimson", "Distant", "Frozen", "Wild", "Quiet",
        "Electric", "Burning", "Endless", "Shattered", "Lonely", "Midnight", "Lost", "Restless", "Hollow", "Bright",
        "Savage", "Gentle", "Secret", "Fallen", "Northern", "Velvet", "Iron", "Paper", "Glass", "Neon",
    ];

    private static readonly string[] Nouns =
    [
        "Horizon", "Kingdom", "Signal", "Harbor", "Empire", "Garden", "River", "Protocol", "Frontier", "Orchard",
        "Lighthouse", "Station", "Crown", "Archive", "Tide", "Summit", "Voyage", "Promise", "Circuit", "Harvest",
        "Mirror", "Forest", "Engine", "Winter", "Island", "Reckoning", "Compass", "Outpost", "Citadel", "Anthem",
    ];

    private static readonly string[] Places =
    [
        "Avalon", "the North", "Tomorrow", "the Deep", "Saturn", "Marrow Bay", "the Valley", "Old Kyoto",
        "the Dunes", "Blackwater", "the Moon", "Eastbrook", "Lisbon", "the Outer Rim", "Cedar Falls", "Glasgow",
    ];

    private static readonly string[] Journeys =
    [
        "Return to", "Letters from", "Escape from", "Last Train to", "Dreams of", "Road to", "Nights in", "Summer in",
    ];

    private static readonly string[] Subtitles =
    [
        "Origins", "The Reckoning", "Rebirth", "Homecoming", "Nightfall", "First Light", "Aftermath", "Ascension",
    ];

    private static readonly string[] People =
    [
        "a retired detective", "two estranged sisters", "a young engineer", "a small-town baker", "an exiled prince",
        "a rookie pilot", "a reluctant heir", "a burned-out journalist", "a gifted violinist", "a stubborn farmer",
        "an ambitious chef", "a lonely astronomer", "a former smuggler", "a teenage hacker", "a grieving father",
        "a marine biologist", "a travelling magician", "a disgraced surgeon",
    ];

    private static readonly string[] Discoveries =
    [
        "a map that should not exist", "a signal from deep space", "a letter hidden for forty years",
        "a door in the basement", "the truth about the family business", "a stolen painting",
        "a village that vanished overnight", "a machine that remembers", "an unexpected inheritance",
        "a message in a bottle",
    ];

    private static readonly string[] Goals =
    [
        "race against time to set things right", "face the past they tried to bury",
        "unite a divided town", "outwit a ruthless rival", "keep a dangerous promise",
        "find a way home", "protect the people they love", "decide who they really are",
    ];

    private static readonly string[] Closers =
    [
        "Nothing will ever be the same.", "Every choice has a price.", "Some secrets refuse to stay buried.",
        "The clock is already ticking.", "Hope is the most dangerous weapon of all.",
        "Friendship is tested at every turn.", "Laughter turns out to be the best defence.",
        "The journey matters more than the destination.",
    ];

    private static readonly string[] Middles =
    [
        "Along the way, old alliances crack and new ones form in the unlikeliest places.",
        "Shot across three continents, the story moves from quiet intimacy to breathtaking spectacle.",
        "What begins as a simple favour grows into something far larger than anyone imagined.",
        "Told over a single unforgettable summer, it is as funny as it is heartbreaking.",
        "Critics have called it a bold, moving and beautifully crafted ride.",
    ];

    private static readonly string[] Maturities = ["ALL", "7+", "13+", "16+", "18+"];

    /// <summary>Generates <paramref name="count"/> titles; the same seed always gives the same titles.</summary>
    public static List<Title> Generate(ulong seed, int count, int heroCount)
    {
        if (count < Genres.All.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"a catalog needs at least {Genres.All.Count} titles (one per genre)");
        }
        var random = new SplitMix64(seed);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var titles = new List<Title>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"t{i + 1:000}";
            var genre = Genres.All[i % Genres.All.Count];
            var name = UniqueName(ref random, names);
            var year = random.Next(1978, 2026);
            var maturity = genre is Genre.Family or Genre.Animation
                ? Maturities[random.Next(2)]
                : Maturities[random.Next(1, Maturities.Length)];
            var score = Math.Round(5.4 + random.NextDouble() * 3.9, 1);
            var minutes = genre == Genre.Documentary ? random.Next(48, 110) : random.Next(82, 168);
            var synopsis = Synopsis(ref random);
            var hero = i < heroCount ? $"asset://posters/{id}-hero.png" : null;
            titles.Add(new Title(id, name, year, genre, maturity, score, minutes, synopsis, $"asset://posters/{id}.png", hero,
                $"asset://posters/{id}-backdrop.jpg"));
        }
        return titles;
    }

    private static string UniqueName(ref SplitMix64 random, HashSet<string> taken)
    {
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var name = random.Next(6) switch
            {
                0 => $"The {random.Pick(Adjectives)} {random.Pick(Nouns)}",
                1 => $"{random.Pick(Nouns)} of {random.Pick(Places)}",
                2 => $"{random.Pick(Adjectives)} {random.Pick(Nouns)}",
                3 => $"{random.Pick(Nouns)}: {random.Pick(Subtitles)}",
                4 => $"The {random.Pick(Nouns)}",
                _ => $"{random.Pick(Journeys)} {random.Pick(Places)}",
            };
            name = char.ToUpperInvariant(name[0]) + name[1..];
            if (taken.Add(name))
            {
                return name;
            }
        }
        throw new InvalidOperationException("the catalog generator ran out of distinct title names; lower the title count or add words");
    }

    private static string Synopsis(ref SplitMix64 random)
    {
        var sentences = random.Next(2, 5);
        var text = $"When {random.Pick(People)} discovers {random.Pick(Discoveries)}, they must {random.Pick(Goals)}.";
        if (sentences >= 3)
        {
            text += " " + random.Pick(Middles);
        }
        if (sentences == 4)
        {
            text += $" Joined by {random.Pick(People)}, the stakes rise with every step.";
        }
        return text + " " + random.Pick(Closers);
    }
}
