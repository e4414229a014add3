using CapexRadar.Domain;

namespace CapexRadar.Text.Syntax;

/// <summary>Coarse role of a token inside the shallow parse.</summary>
public enum TokenTag : byte { Noun, Verb, Adverb, Preposition, Coordinator, Subordinator, Relative, Punctuation }

/// <summary>One token of a parsed sentence: offsets into the text, lexicon classes and the tag the chunker gave it.</summary>
public readonly record struct SyntaxToken(int Start, int Length, TokenKind Kind, WordClass Classes, TokenTag Tag, bool Capitalized)
{
    public int End => Start + Length;
    public bool Has(WordClass c) => (Classes & c) != 0;
}

public enum ChunkKind : byte { NounPhrase, VerbGroup, Preposition, Coordinator, Subordinator, Punctuation, Other }

/// <summary>A run of tokens [<see cref="First"/>, <see cref="End"/>) of one kind.</summary>
public readonly record struct Chunk(ChunkKind Kind, int First, int End);

/// <summary>How a clause hangs off the clause before it.</summary>
public enum ClauseLink : byte
{
    /// <summary>The sentence's first clause.</summary>
    Main,
    /// <summary>After "and"/"but"/"or" or a semicolon.</summary>
    Coordinate,
    /// <summary>Opened by "because", "while", "after" …</summary>
    Subordinate,
    /// <summary>Opened by "which"/"who"/"that" after a noun phrase, or a reduced relative ("the $5bn it set").</summary>
    Relative,
    /// <summary>What a reporting frame reports ("X said [that] …", "…, X said", "according to X, …").</summary>
    Reported,
    /// <summary>A participle clause after a comma (", lifting the budget to …").</summary>
    Participle,
    /// <summary>The reporting frame itself ("X said", "according to X").</summary>
    Frame,
}

/// <summary>
/// One clause: its token range, how it links to its parent, and its subject / predicate / object spans (character
/// offsets into the text; <c>null</c> when absent). <see cref="SubjectInherited"/> says the subject was taken from the
/// antecedent or the coordinated clause. <see cref="Speaker"/> is the subject of the reporting frame around it.
/// </summary>
public sealed record Clause(
    int Index,
    int FirstToken,
    int EndToken,
    TextSpan Span,
    ClauseLink Link,
    int Parent,
    TextSpan? Subject,
    bool SubjectInherited,
    TextSpan? Predicate,
    WordClass PredicateClasses,
    bool Passive,
    TextSpan? Object,
    TextSpan? Speaker);
