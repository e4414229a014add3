namespace CapexRadar.Events;

/// <summary>
/// One-permutation MinHash over the distinct content words of a text (lower-cased letters and digits, stop words
/// dropped, a plural "s" stripped). One pass over the characters, a fixed-size signature: linear in the text.
/// Content words rather than word n-grams because rewrites of one story share vocabulary, not phrasing.
/// </summary>
public sealed class TextSignature
{
    /// <summary>Number of bins of the signature.</summary>
    public const int Bins = 128;

    private const uint Empty = uint.MaxValue;

    private TextSignature(uint[] mins, int distinct)
    {
        Mins = mins;
        DistinctEstimate = distinct;
    }

    /// <summary>The minimum hash per bin (<see cref="uint.MaxValue"/> for an empty bin).</summary>
    public IReadOnlyList<uint> Mins { get; }

    /// <summary>Number of distinct content words (counted exactly up to <see cref="MaxDistinct"/>).</summary>
    public int DistinctEstimate { get; }

    /// <summary>Distinct words are counted exactly up to this many (bounded memory for hostile input).</summary>
    public const int MaxDistinct = 100_000;

    public static TextSignature Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mins = new uint[Bins];
        Array.Fill(mins, Empty);
        var seen = new HashSet<ulong>();
        Span<char> word = stackalloc char[32];
        var length = 0;
        var overflow = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < word.Length) word[length++] = char.ToLowerInvariant(c);
                else overflow = true;
                continue;
            }
            if (c is '\'' or '’' && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // possessive or contraction: drop the tail ("alibaba's" → "alibaba")
                while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                continue;
            }
            if (length > 0 && !overflow) Add(word[..length], mins, seen);
            length = 0;
            overflow = false;
        }
        return new TextSignature(mins, seen.Count);
    }

    private static void Add(ReadOnlySpan<char> word, uint[] mins, HashSet<ulong> seen)
    {
        if (word.Length < 2 && !char.IsDigit(word[0])) return;
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's') word = word[..^1];
        if (StopWords.Contains(word)) return;
        var h = Hash(word);
        if (seen.Count < MaxDistinct) seen.Add(h);
        var bin = (int)(h >> 57); // top 7 bits: 128 bins
        var value = (uint)h;
        if (value < mins[bin]) mins[bin] = value;
    }

    /// <summary>Estimated Jaccard similarity of the two word sets.</summary>
    public double Jaccard(TextSignature other)
    {
        int both = 0, equal = 0;
        for (var i = 0; i < Bins; i++)
        {
            var (a, b) = (Mins[i], other.Mins[i]);
            if (a == Empty && b == Empty) continue;
            both++;
            if (a == b) equal++;
        }
        return both == 0 ? 0 : (double)equal / both;
    }

    /// <summary>
    /// Estimated share of the smaller text's words found in the larger one (containment), from the Jaccard estimate
    /// and the two set sizes: a short brief is contained in the long press release it summarises.
    /// </summary>
    public double Containment(TextSignature other)
    {
        var j = Jaccard(other);
        var (a, b) = (DistinctEstimate, other.DistinctEstimate);
        if (a == 0 || b == 0) return 0;
        var intersection = j * (a + b) / (1 + j);
        return Math.Min(1, intersection / Math.Min(a, b));
    }

    /// <summary>Serialised form for storage: the distinct count then the bins, as hex.</summary>
    public string Serialize() => DistinctEstimate.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" +
                                 string.Concat(Mins.Select(m => m.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Parses a stored signature. The result is remembered per string instance (weakly: it lives as long as the string),
    /// so a store that keeps its events in memory parses each member's signature once, not once per comparison.
    /// </summary>
    public static TextSignature Deserialize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Parsed.GetValue(value, Parse);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, TextSignature> Parsed = new();

    private static TextSignature Parse(string value)
    {
        var colon = value.IndexOf(':');
        if (colon < 0 || value.Length - colon - 1 != Bins * 8) throw new FormatException("not a text signature");
        var distinct = int.Parse(value.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture);
        var mins = new uint[Bins];
        for (var i = 0; i < Bins; i++)
            mins[i] = uint.Parse(value.AsSpan(colon + 1 + i * 8, 8), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return new TextSignature(mins, distinct);
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a 64 then a finaliser (splitmix64) so the top bits are well mixed for binning.
        var h = 14695981039346656037UL;
        foreach (var c in word) { h ^= c; h *= 1099511628211UL; }
        h ^= h >> 30; h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27; h *= 0x94d049bb133111ebUL;
        h ^= h >> 31;
        return h;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords => EventWords.StopWord;
}
