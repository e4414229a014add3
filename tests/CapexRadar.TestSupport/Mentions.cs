using CapexRadar.Domain;

namespace CapexRadar.TestSupport;

/// <summary>Mention spans for hand-built entity sets: where the surface forms occur in a test sentence.</summary>
public static class Mentions
{
    /// <summary>All whole-word occurrences of every form, longest form first, not overlapping each other, in text order.</summary>
    public static List<TextSpan> Find(string text, IEnumerable<string> forms)
    {
        var spans = new List<TextSpan>();
        foreach (var form in forms.OrderByDescending(f => f.Length))
        {
            var at = 0;
            while ((at = text.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + form.Length;
                var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var wordEnd = end >= text.Length || !char.IsLetterOrDigit(text[end]);
                var span = new TextSpan(at, end);
                if (wordStart && wordEnd && !spans.Any(s => s.Overlaps(span))) spans.Add(span);
                at = end;
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}
