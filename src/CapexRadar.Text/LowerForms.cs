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

    [ThreadStatic] private static Dictionary<string, string>? _table;
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The string holding exactly <paramref name="chars"/> (already in the form wanted: lower case, …).</summary>
    public static string Intern(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return string.Empty;
        if (chars.Length > MaxLength) return chars.ToString();
        var table = _table;
        if (table is null)
        {
            _table = table = new Dictionary<string, string>(1024, StringComparer.Ordinal);
            _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (_lookup.TryGetValue(chars, out var s)) return s;
        if (table.Count >= MaxEntries) table.Clear();
        s = chars.ToString();
        table.Add(s, s);
        return s;
    }

    /// <summary><paramref name="text"/> lower-cased with the invariant culture (as <see cref="string.ToLowerInvariant"/>),
    /// shared. At most <see cref="MaxLength"/> characters.</summary>
    public static string LowerInvariant(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) throw new ArgumentOutOfRangeException(nameof(text), $"at most {MaxLength} characters");
        Span<char> buffer = stackalloc char[MaxLength];
        var n = text.ToLowerInvariant(buffer);
        return Intern(buffer[..n]);
    }
}
