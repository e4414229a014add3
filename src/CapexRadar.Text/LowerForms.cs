namespace CapexRadar.Text;

/// <summary>
/// The lower-case forms of tokens, shared per thread: a word seen before costs one probe of this thread's
/// <see cref="Vocabulary"/> instead of two new strings (a substring and its lower-case copy). News text repeats its
/// words, so nearly every token of a story is served from the table; profiles of <c>capexradar extract</c> had those
/// strings as the largest allocation.
/// <para>
/// Bounded: the table holds at most <see cref="MaxEntries"/> forms of at most <see cref="MaxLength"/> characters and is
/// emptied when full, so hostile input (a million distinct words) costs linear time and a few megabytes. The strings
/// handed out are ordinary immutable strings, equal by value to what <c>ToLowerInvariant</c> returns. A caller with
/// many words to look up fetches <see cref="Vocabulary.Current"/> once and calls it directly.
/// </para>
/// </summary>
public static class LowerForms
{
    /// <summary>Forms kept per thread before the table is emptied.</summary>
    public const int MaxEntries = Vocabulary.MaxEntries;

    /// <summary>Longer text is not kept (callers cap their forms well below this).</summary>
    public const int MaxLength = Vocabulary.MaxLength;

    /// <summary>The string holding exactly <paramref name="chars"/> (already in the form wanted: lower case, …).</summary>
    public static string Intern(ReadOnlySpan<char> chars) => Vocabulary.Current.Intern(chars);

    /// <summary><paramref name="text"/> lower-cased with the invariant culture (as <see cref="string.ToLowerInvariant"/>),
    /// shared. At most <see cref="MaxLength"/> characters.</summary>
    public static string LowerInvariant(ReadOnlySpan<char> text) => Vocabulary.Current.LowerInvariant(text);
}
