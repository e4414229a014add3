namespace CapexRadar.Text;

/// <summary>
/// The lower-case forms of tokens, shared per thread: a word seen before costs one hash lookup instead of two new
/// strings (a substring and its lower-case copy). News text repeats its words, so nearly every token of a story is
/// served from the table; profiles of <c>capexradar extract</c> had those strings as the largest allocation.
/// <para>
/// Bounded: the table holds at most <see cref="MaxEntries"/> forms of at most <see cref="MaxLength"/> characters and is
/// emptied when full, so hostile input (a million distinct words) costs linear time and a few megabytes. The strings
/// handed out are ordinary immutable strings, equal by value to what <c>ToLowerInvariant</c> returns.
/// </para>
/// </summary>
public static class LowerForms
{
    /// <summary>Forms kept per thread before the table is emptied.</summary>
    public const int MaxEntries = 1 << 15;

    /// <summary>Longer text is not kept (callers cap their forms well below this).</summary>
    public const int MaxLength = 64;

    /// <summary>One thread's table and its span lookup, reached through one thread-static read per call.</summary>
    private sealed class Table
    {
        public readonly Dictionary<string, string> Forms = new(1024, StringComparer.Ordinal);
        public readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public Table() => Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [ThreadStatic] private static Table? _table;

    /// <summary>The string holding exactly <paramref name="chars"/> (already in the form wanted: lower case, …).</summary>
    public static string Intern(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return string.Empty;
        if (chars.Length > MaxLength) return chars.ToString();
        var table = _table ??= new Table();
        if (table.Lookup.TryGetValue(chars, out var s)) return s;
        if (table.Forms.Count >= MaxEntries) table.Forms.Clear();
        s = chars.ToString();
        table.Forms.Add(s, s);
        return s;
    }

    /// <summary><paramref name="text"/> lower-cased with the invariant culture (as <see cref="string.ToLowerInvariant"/>),
    /// shared. At most <see cref="MaxLength"/> characters.</summary>
    public static string LowerInvariant(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) throw new ArgumentOutOfRangeException(nameof(text), $"at most {MaxLength} characters");
        // most words are lower-case ASCII already: looked up as they stand, without a lower-cased copy
        if (IsLowerAscii(text)) return Intern(text);
        Span<char> buffer = stackalloc char[MaxLength];
        var n = text.ToLowerInvariant(buffer);
        return Intern(buffer[..n]);
    }

    /// <summary>ASCII without a capital letter: its invariant lower case is itself.</summary>
    private static bool IsLowerAscii(ReadOnlySpan<char> text) =>
        System.Text.Ascii.IsValid(text) && !text.ContainsAnyInRange('A', 'Z');
}
