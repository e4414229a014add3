using CapexRadar.Domain;

namespace CapexRadar.Text.Syntax;

/// <summary>The shallow parse of one sentence: tokens, chunks and clauses (see <see cref="ShallowParser"/>).</summary>
public sealed class SentenceSyntax
{
    private readonly int[] _clauseOfToken;
    private readonly SyntaxToken[] _tokens;

    internal SentenceSyntax(TextSpan sentence, SyntaxToken[] tokens, IReadOnlyList<Chunk> chunks, IReadOnlyList<Clause> clauses)
    {
        Sentence = sentence;
        Tokens = _tokens = tokens;
        Chunks = chunks;
        Clauses = clauses;
        _clauseOfToken = new int[tokens.Length];
        Array.Fill(_clauseOfToken, -1);
        foreach (var cl in clauses)
            for (var i = cl.FirstToken; i < cl.EndToken; i++) _clauseOfToken[i] = cl.Index;
    }

    public TextSpan Sentence { get; }
    public IReadOnlyList<SyntaxToken> Tokens { get; }
    public IReadOnlyList<Chunk> Chunks { get; }
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>The token that contains (or first follows) a character offset, or -1 past the end.</summary>
    public int TokenAt(int offset)
    {
        var tokens = _tokens; // the array, not the interface: this is the hot lookup of ClauseAt
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo < tokens.Length ? lo : -1;
    }

    /// <summary>The clause that holds the character at <paramref name="offset"/> (null outside the sentence).</summary>
    public Clause? ClauseAt(int offset)
    {
        var k = TokenAt(offset);
        return k >= 0 && _clauseOfToken[k] >= 0 ? Clauses[_clauseOfToken[k]] : null;
    }

    /// <summary>The clause holding token <paramref name="k"/> of <see cref="Tokens"/> (null when none does).</summary>
    public Clause? ClauseOfToken(int k) => _clauseOfToken[k] >= 0 ? Clauses[_clauseOfToken[k]] : null;

    /// <summary>The clause's parent, following <see cref="Clause.Parent"/>.</summary>
    public Clause? ParentOf(Clause clause) => clause.Parent >= 0 ? Clauses[clause.Parent] : null;

    /// <summary>A readable dump, one clause a line: "[Main] S=… P=… O=…" (for tests and <c>--explain</c>).</summary>
    public string Describe(string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var cl in Clauses)
        {
            sb.Append('[').Append(cl.Link).Append(']');
            if (cl.Subject is { } s) sb.Append(" S=").Append(text, s.Start, s.End - s.Start).Append(cl.SubjectInherited ? "^" : "");
            if (cl.Predicate is { } p) sb.Append(" P=").Append(text, p.Start, p.End - p.Start).Append(cl.Passive ? "(passive)" : "");
            if (cl.Object is { } o) sb.Append(" O=").Append(text, o.Start, o.End - o.Start);
            if (cl.Speaker is { } sp) sb.Append(" by=").Append(text, sp.Start, sp.End - sp.Start);
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
