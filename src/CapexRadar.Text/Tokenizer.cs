namespace CapexRadar.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>A token as offsets into the text: no string is allocated until a caller asks for one.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}

/// <summary>
/// The shared document's grain of <see cref="TokenAtoms"/> (read by Market and the shallow parser through
/// <see cref="AnnotatedDocument"/>): rejoins glued atoms into words (letters and digits, inner hyphens, apostrophes and
/// ampersands before a letter or digit), numbers ("1,200.5": digits with inner commas and points) and single
/// punctuation or symbol characters. Allocation-free, one atom of look-ahead; use it with <c>foreach</c>.
/// </summary>
public ref struct Tokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _offset;
    private int _pos;
    private Atom _next;
    private bool _hasNext;
    private readonly ReadOnlySpan<Atom> _atoms;
    private readonly bool _fromAtoms;

    /// <summary>Tokens of <paramref name="text"/>, scanning its atoms as it goes; token offsets are shifted by
    /// <paramref name="offset"/> (the start of <paramref name="text"/> in a longer string).</summary>
    public Tokenizer(ReadOnlySpan<char> text, int offset = 0)
    {
        _text = text;
        _offset = offset;
        _pos = 0;
        _next = default;
        _hasNext = false;
        _atoms = default;
        _fromAtoms = false;
        Current = default;
    }

    /// <summary>Tokens made of atoms already scanned (<paramref name="atoms"/>: every atom of <paramref name="text"/>,
    /// in order, as <see cref="TokenAtoms.Scan(string, ref Atom[])"/> gives them), so the text is not scanned again.</summary>
    public Tokenizer(ReadOnlySpan<char> text, ReadOnlySpan<Atom> atoms)
    {
        _text = text;
        _offset = 0;
        _pos = 0;
        _next = default;
        _hasNext = false;
        _atoms = atoms;
        _fromAtoms = true;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly Tokenizer GetEnumerator() => this;

    public bool MoveNext()
    {
        if (!Take(out var a)) return false;
        var t = _text;
        var start = a.Start;
        var end = a.End;
        TokenKind kind;
        if (a.Kind == AtomKind.Char)
        {
            var c = t[start];
            kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        }
        else if (a.Kind == AtomKind.Letters)
        {
            kind = TokenKind.Word;
            while (Peek(out var b) && b.Start == end)
            {
                if (b.Kind != AtomKind.Char) { end = b.End; _hasNext = false; continue; } // letters and digits of any script
                var d = t[end];
                if ((d == '-' || d == '\'' || d == '’' || d == '&') && end + 1 < t.Length && char.IsLetterOrDigit(t[end + 1]))
                {
                    end++; // the letters or digits after it are the next atom
                    _hasNext = false;
                    continue;
                }
                break;
            }
        }
        else
        {
            kind = TokenKind.Number;
            while (Peek(out var b) && b.Start == end)
            {
                if (b.Kind is AtomKind.AsciiDigits or AtomKind.Digits) { end = b.End; _hasNext = false; continue; }
                if (b.Kind == AtomKind.Char && (t[end] == ',' || t[end] == '.') && end + 1 < t.Length && char.IsDigit(t[end + 1]))
                {
                    end++;
                    _hasNext = false;
                    continue;
                }
                break;
            }
        }
        Current = new Token(_offset + start, end - start, kind);
        return true;
    }

    private bool Take(out Atom atom)
    {
        if (_hasNext)
        {
            _hasNext = false;
            atom = _next;
            return true;
        }
        return NextAtom(out atom);
    }

    private bool Peek(out Atom atom)
    {
        if (!_hasNext) _hasNext = NextAtom(out _next);
        atom = _next;
        return _hasNext;
    }

    private bool NextAtom(out Atom atom)
    {
        if (!_fromAtoms) return TokenAtoms.Next(_text, ref _pos, out atom);
        if (_pos < _atoms.Length)
        {
            atom = _atoms[_pos++];
            return true;
        }
        atom = default;
        return false;
    }
}
