using System.Buffers;
using System.Globalization;
using System.Text;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Common.V1;
using Google.Protobuf.WellKnownTypes;

namespace CapexRadar.Protos;

/// <summary>
/// Writes an <see cref="AnnouncementAnalysis"/> as protobuf JSON, byte for byte what
/// <c>Google.Protobuf.JsonFormatter.Default.Format</c> gives (then UTF-8 encoded), without its reflection:
/// fields in field-number order under their lowerCamelCase JSON names, default values of fields without presence
/// left out, messages and proto3 <c>optional</c> fields written when set, <c>int64</c> as a quoted decimal, doubles
/// in round-trip form, enums by their proto names, timestamps in RFC 3339 with 0, 3, 6 or 9 fraction digits, the
/// formatter's spacing (<c>{ "a": 1, "b": [ … ] }</c>, an empty message as <c>{ }</c>) and its string escaping
/// (controls, <c>"</c>, <c>\</c>, <c>&lt;</c>, <c>&gt;</c>, DEL and C1 controls, a few invisible format characters,
/// and both halves of every surrogate pair as <c>\uXXXX</c>).
/// </summary>
/// <remarks>
/// The CLI's <c>extract</c> writes hundreds of thousands of these; the reflection formatter cost about as much as
/// the market extractor. A field added to analysis.proto must be added here too: the equality tests in
/// <c>tests/CapexRadar.Functional.Tests/AnalysisJsonTests.cs</c> compare both writers on every corpus and on
/// messages with every field set, and fail when the two disagree.
/// </remarks>
public static class AnalysisJson
{
    /// <summary>The JSON of <paramref name="analysis"/> appended to <paramref name="output"/> as UTF-8 (no newline).</summary>
    public static void Write(AnnouncementAnalysis analysis, IBufferWriter<byte> output)
    {
        var w = new Writer(output);
        w.Open();
        w.String("announcementId"u8, analysis.AnnouncementId);
        w.String("title"u8, analysis.Title);
        if (analysis.PublishedAt is { } at) { w.Name("publishedAt"u8); w.Timestamp(at); }
        w.String("traceId"u8, analysis.TraceId);
        if (analysis.Organizations.Count > 0)
        {
            w.Name("organizations"u8); w.OpenList();
            foreach (var org in analysis.Organizations) { w.Item(); Organization(ref w, org); }
            w.CloseList();
        }
        if (analysis.People.Count > 0)
        {
            w.Name("people"u8); w.OpenList();
            foreach (var person in analysis.People) { w.Item(); Person(ref w, person); }
            w.CloseList();
        }
        if (analysis.Locations.Count > 0)
        {
            w.Name("locations"u8); w.OpenList();
            foreach (var location in analysis.Locations) { w.Item(); Location(ref w, location); }
            w.CloseList();
        }
        if (analysis.Capex.Count > 0)
        {
            w.Name("capex"u8); w.OpenList();
            foreach (var fact in analysis.Capex) { w.Item(); CapexFact(ref w, fact); }
            w.CloseList();
        }
        if (analysis.Facilities.Count > 0)
        {
            w.Name("facilities"u8); w.OpenList();
            foreach (var plan in analysis.Facilities) { w.Item(); FacilityPlan(ref w, plan); }
            w.CloseList();
        }
        if (analysis.Market.Count > 0)
        {
            w.Name("market"u8); w.OpenList();
            foreach (var move in analysis.Market) { w.Item(); MarketMove(ref w, move); }
            w.CloseList();
        }
        w.String("eventId"u8, analysis.EventId);
        w.Close();
        w.Flush();
    }

    /// <summary>The JSON of <paramref name="analysis"/> as a string (tests and small callers).</summary>
    public static string Format(AnnouncementAnalysis analysis)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(analysis, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Organization(ref Writer w, Organization org)
    {
        w.Open();
        w.String("companyId"u8, org.CompanyId);
        w.String("name"u8, org.Name);
        if (org.Listings.Count > 0)
        {
            w.Name("listings"u8); w.OpenList();
            foreach (var listing in org.Listings)
            {
                w.Item(); w.Open();
                w.String("symbol"u8, listing.Symbol);
                w.String("mic"u8, listing.Mic);
                w.Close();
            }
            w.CloseList();
        }
        w.String("countryCode"u8, org.CountryCode);
        Spans(ref w, "mentions"u8, org.Mentions);
        Strings(ref w, "tags"u8, org.Tags);
        w.Close();
    }

    private static void Person(ref Writer w, Person person)
    {
        w.Open();
        w.String("name"u8, person.Name);
        w.String("role"u8, person.Role);
        w.String("organizationId"u8, person.OrganizationId);
        w.String("organizationName"u8, person.OrganizationName);
        Spans(ref w, "mentions"u8, person.Mentions);
        w.Close();
    }

    private static void Location(ref Writer w, Location location)
    {
        w.Open();
        w.String("name"u8, location.Name);
        w.String("countryCode"u8, location.CountryCode);
        w.String("kind"u8, location.Kind);
        Spans(ref w, "mentions"u8, location.Mentions);
        w.Close();
    }

    private static void CapexFact(ref Writer w, CapexFact fact)
    {
        w.Open();
        w.String("companyId"u8, fact.CompanyId);
        w.String("companyName"u8, fact.CompanyName);
        if (fact.Kind != CapexKind.Unspecified) { w.Name("kind"u8); w.Enum(CapexKindName(fact.Kind), (int)fact.Kind); }
        if (fact.Amount is { } amount) { w.Name("amount"u8); Money(ref w, amount); }
        if (fact.AmountHigh is { } high) { w.Name("amountHigh"u8); Money(ref w, high); }
        if (fact.AmountUsd is { } usd) { w.Name("amountUsd"u8); Money(ref w, usd); }
        if (fact.UsdStated) { w.Name("usdStated"u8); w.Raw("true"u8); }
        if (fact.HasPeriodYears) { w.Name("periodYears"u8); w.Int(fact.PeriodYears); }
        if (fact.HasFiscalYear) { w.Name("fiscalYear"u8); w.Int(fact.FiscalYear); }
        if (fact.Qualifier != AmountQualifier.Unspecified) { w.Name("qualifier"u8); w.Enum(AmountQualifierName(fact.Qualifier), (int)fact.Qualifier); }
        w.String("scope"u8, fact.Scope);
        Strings(ref w, "purposes"u8, fact.Purposes);
        w.String("speaker"u8, fact.Speaker);
        if (fact.Evidence is { } evidence) { w.Name("evidence"u8); Span(ref w, evidence); }
        w.Close();
    }

    private static void FacilityPlan(ref Writer w, FacilityPlan plan)
    {
        w.Open();
        w.String("companyId"u8, plan.CompanyId);
        w.String("companyName"u8, plan.CompanyName);
        w.String("facilityType"u8, plan.FacilityType);
        Strings(ref w, "countryCodes"u8, plan.CountryCodes);
        w.String("timeframe"u8, plan.Timeframe);
        if (plan.Evidence is { } evidence) { w.Name("evidence"u8); Span(ref w, evidence); }
        w.Close();
    }

    private static void MarketMove(ref Writer w, MarketMove move)
    {
        w.Open();
        w.String("companyId"u8, move.CompanyId);
        w.String("companyName"u8, move.CompanyName);
        w.String("indexName"u8, move.IndexName);
        // JsonFormatter leaves out a double equal to 0.0 (so -0.0 too), like any default value.
        if (move.ChangePct != 0.0) { w.Name("changePct"u8); w.Double(move.ChangePct); }
        if (move.Direction != Direction.Unspecified) { w.Name("direction"u8); w.Enum(DirectionName(move.Direction), (int)move.Direction); }
        if (move.Qualifier != MoveQualifier.Unspecified) { w.Name("qualifier"u8); w.Enum(MoveQualifierName(move.Qualifier), (int)move.Qualifier); }
        w.String("venue"u8, move.Venue);
        if (move.Relation != Relation.Unspecified) { w.Name("relation"u8); w.Enum(RelationName(move.Relation), (int)move.Relation); }
        if (move.Evidence is { } evidence) { w.Name("evidence"u8); Span(ref w, evidence); }
        w.Close();
    }

    private static void Money(ref Writer w, Money money)
    {
        w.Open();
        w.String("currencyCode"u8, money.CurrencyCode);
        if (money.Units != 0) { w.Name("units"u8); w.Long(money.Units); }
        if (money.Nanos != 0) { w.Name("nanos"u8); w.Int(money.Nanos); }
        w.Close();
    }

    private static void Span(ref Writer w, TextSpan span)
    {
        w.Open();
        if (span.Start != 0) { w.Name("start"u8); w.Int(span.Start); }
        if (span.End != 0) { w.Name("end"u8); w.Int(span.End); }
        w.Close();
    }

    private static void Spans(ref Writer w, ReadOnlySpan<byte> name, Google.Protobuf.Collections.RepeatedField<TextSpan> spans)
    {
        if (spans.Count == 0) return;
        w.Name(name); w.OpenList();
        foreach (var span in spans) { w.Item(); Span(ref w, span); }
        w.CloseList();
    }

    private static void Strings(ref Writer w, ReadOnlySpan<byte> name, Google.Protobuf.Collections.RepeatedField<string> values)
    {
        if (values.Count == 0) return;
        w.Name(name); w.OpenList();
        foreach (var value in values) { w.Item(); w.Quoted(value); }
        w.CloseList();
    }

    // Enum names as in the .proto (what JsonFormatter writes); an unknown number is written as an integer.
    private static string? CapexKindName(CapexKind kind) => kind switch
    {
        CapexKind.Commitment => "CAPEX_KIND_COMMITMENT",
        CapexKind.PriorTarget => "CAPEX_KIND_PRIOR_TARGET",
        CapexKind.Forecast => "CAPEX_KIND_FORECAST",
        _ => null,
    };

    private static string? AmountQualifierName(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Exact => "AMOUNT_QUALIFIER_EXACT",
        AmountQualifier.About => "AMOUNT_QUALIFIER_ABOUT",
        AmountQualifier.Over => "AMOUNT_QUALIFIER_OVER",
        AmountQualifier.AtLeast => "AMOUNT_QUALIFIER_AT_LEAST",
        AmountQualifier.UpTo => "AMOUNT_QUALIFIER_UP_TO",
        AmountQualifier.Range => "AMOUNT_QUALIFIER_RANGE",
        _ => null,
    };

    private static string? DirectionName(Direction direction) => direction switch
    {
        Direction.Up => "DIRECTION_UP",
        Direction.Down => "DIRECTION_DOWN",
        _ => null,
    };

    private static string? MoveQualifierName(MoveQualifier qualifier) => qualifier switch
    {
        MoveQualifier.UpTo => "MOVE_QUALIFIER_UP_TO",
        MoveQualifier.Close => "MOVE_QUALIFIER_CLOSE",
        _ => null,
    };

    private static string? RelationName(Relation relation) => relation switch
    {
        Relation.Self => "RELATION_SELF",
        Relation.Supplier => "RELATION_SUPPLIER",
        Relation.Peer => "RELATION_PEER",
        Relation.Customer => "RELATION_CUSTOMER",
        Relation.Index => "RELATION_INDEX",
        _ => null,
    };

    /// <summary>
    /// Appends UTF-8 to a span taken from the buffer writer (flushed in chunks). Tracks whether the current
    /// object or list already holds a value, to place separators as JsonFormatter does.
    /// </summary>
    private ref struct Writer(IBufferWriter<byte> output)
    {
        private const int ChunkHint = 4096;
        private readonly IBufferWriter<byte> _output = output;
        private Span<byte> _span;
        private int _pos;
        // One bit per nesting level: set once the object/list at that level has a member. 64 levels is far more
        // than AnnouncementAnalysis nests (4).
        private ulong _hasMember;
        private int _depth;

        public void Open() { Raw("{ "u8); Push(); }
        public void Close() => Pop((byte)'}');
        public void OpenList() { Raw("[ "u8); Push(); }
        public void CloseList() => Pop((byte)']');

        /// <summary>Before each list element.</summary>
        public void Item() => Separator();

        /// <summary>A member name and its colon, after a separator when needed.</summary>
        public void Name(ReadOnlySpan<byte> name)
        {
            Separator();
            Ensure(name.Length + 4);
            _span[_pos++] = (byte)'"';
            name.CopyTo(_span[_pos..]);
            _pos += name.Length;
            _span[_pos++] = (byte)'"';
            _span[_pos++] = (byte)':';
            _span[_pos++] = (byte)' ';
        }

        /// <summary>A string member, left out when empty (proto3 default).</summary>
        public void String(ReadOnlySpan<byte> name, string value)
        {
            if (value.Length == 0) return;
            Name(name);
            Quoted(value);
        }

        public void Int(int value)
        {
            Ensure(11);
            value.TryFormat(_span[_pos..], out var written, default, CultureInfo.InvariantCulture);
            _pos += written;
        }

        public void Long(long value)
        {
            Ensure(22);
            _span[_pos++] = (byte)'"';
            value.TryFormat(_span[_pos..], out var written, default, CultureInfo.InvariantCulture);
            _pos += written;
            _span[_pos++] = (byte)'"';
        }

        public void Double(double value)
        {
            Ensure(34);
            var quoted = double.IsNaN(value) || double.IsInfinity(value);
            if (quoted) _span[_pos++] = (byte)'"';
            value.TryFormat(_span[_pos..], out var written, "r", CultureInfo.InvariantCulture);
            _pos += written;
            if (quoted) _span[_pos++] = (byte)'"';
        }

        public void Enum(string? name, int number)
        {
            if (name is null) Int(number);
            else Quoted(name);
        }

        /// <summary>A JSON string with JsonFormatter's escaping.</summary>
        public void Quoted(string text)
        {
            // Worst case per UTF-16 unit: 6 bytes (\uXXXX); plus the two quotes.
            Ensure(text.Length * 6 + 2);
            var span = _span;
            var pos = _pos;
            span[pos++] = (byte)'"';
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != 0x7f) { span[pos++] = (byte)c; continue; }
                    pos = Escape(span, pos, c);
                    continue;
                }
                if (c < 0xa0 || NeedsHexEscape(c)) { pos = Hex(span, pos, c); continue; }
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                        throw new ArgumentException("String contains low surrogate not followed by high surrogate");
                    pos = Hex(span, pos, c);
                    pos = Hex(span, pos, text[++i]);
                    continue;
                }
                if (char.IsLowSurrogate(c)) throw new ArgumentException("String contains high surrogate not preceded by low surrogate");
                if (c < 0x800)
                {
                    span[pos++] = (byte)(0xc0 | (c >> 6));
                    span[pos++] = (byte)(0x80 | (c & 0x3f));
                }
                else
                {
                    span[pos++] = (byte)(0xe0 | (c >> 12));
                    span[pos++] = (byte)(0x80 | ((c >> 6) & 0x3f));
                    span[pos++] = (byte)(0x80 | (c & 0x3f));
                }
            }
            span[pos++] = (byte)'"';
            _pos = pos;
        }

        /// <summary>RFC 3339 in UTC, as <c>Timestamp.ToJson</c> writes it (a quoted string): seconds as
        /// <c>yyyy-MM-ddTHH:mm:ss</c>, then 3, 6 or 9 fraction digits when the nanoseconds are not 0, then "Z".</summary>
        /// <remarks>Written here, not through <c>Timestamp.ToString()</c>: that goes through the reflection
        /// <c>JsonFormatter</c>, whose first use builds the well-known types' descriptors (about a hundred methods
        /// JIT-compiled and descriptor bytes parsed at every start of the CLI) and which formats each line's timestamp by
        /// reflection. A timestamp out of protobuf's range (which JsonFormatter refuses) keeps the library's diagnostic
        /// text, as before.</remarks>
        public void Timestamp(Timestamp timestamp)
        {
            var seconds = timestamp.Seconds;
            var nanos = timestamp.Nanos;
            if (nanos is < 0 or > MaxNanos || seconds is < MinSeconds or > MaxSeconds)
            {
                var text = timestamp.ToString();
                Ensure(text.Length * 3);
                _pos += Encoding.UTF8.GetBytes(text, _span[_pos..]);
                return;
            }
            Ensure(40); // "yyyy-MM-ddTHH:mm:ss.fffffffffZ" and its quotes
            var span = _span;
            span[_pos++] = (byte)'"';
            if (!DateTime.UnixEpoch.AddSeconds(seconds).TryFormat(span[_pos..], out var written, "yyyy'-'MM'-'dd'T'HH:mm:ss", CultureInfo.InvariantCulture))
                throw new InvalidOperationException("timestamp does not fit its buffer");
            _pos += written;
            if (nanos != 0)
            {
                span[_pos++] = (byte)'.';
                // as JsonFormatter.AppendNanoseconds: milliseconds, microseconds or nanoseconds, whichever is exact
                var (value, digits) = nanos % 1_000_000 == 0 ? (nanos / 1_000_000, 3) : nanos % 1_000 == 0 ? (nanos / 1_000, 6) : (nanos, 9);
                for (var k = digits - 1; k >= 0; k--) { span[_pos + k] = (byte)('0' + value % 10); value /= 10; }
                _pos += digits;
            }
            span[_pos++] = (byte)'Z';
            span[_pos++] = (byte)'"';
        }

        private const int MaxNanos = 999_999_999;
        /// <summary>Protobuf's range of a valid timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.</summary>
        private const long MinSeconds = -62_135_596_800, MaxSeconds = 253_402_300_799;

        public void Raw(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_span[_pos..]);
            _pos += bytes.Length;
        }

        public void Flush()
        {
            if (_pos > 0) _output.Advance(_pos);
            _pos = 0;
            _span = default;
        }

        private void Push()
        {
            _depth++;
            if (_depth >= 64) throw new InvalidOperationException("nesting deeper than 63 levels");
            _hasMember &= ~(1UL << _depth);
        }

        private void Pop(byte close)
        {
            var had = (_hasMember & (1UL << _depth)) != 0;
            _depth--;
            // "{ " was written on open: an empty object reads "{ }", one with members "{ … }".
            Ensure(2);
            if (had) _span[_pos++] = (byte)' ';
            _span[_pos++] = close;
        }

        private void Separator()
        {
            var bit = 1UL << _depth;
            if ((_hasMember & bit) != 0) Raw(", "u8);
            else _hasMember |= bit;
        }

        private void Ensure(int bytes)
        {
            if (_span.Length - _pos >= bytes) return;
            Flush();
            _span = _output.GetSpan(Math.Max(bytes, ChunkHint));
        }

        private static bool NeedsHexEscape(char c) =>
            c is '\u00ad' or '\u06dd' or '\u070f' or '\u17b4' or '\u17b5' or '\ufeff' or (>= '\ufff9' and <= '\ufffb')
                or (>= '\u0600' and <= '\u0603') or (>= '\u200b' and <= '\u200f') or (>= '\u2028' and <= '\u202e')
                or (>= '\u2060' and <= '\u2064') or (>= '\u206a' and <= '\u206f');

        private static int Escape(Span<byte> span, int pos, char c)
        {
            var short_ = c switch { '"' => '"', '\\' => '\\', '\b' => 'b', '\t' => 't', '\n' => 'n', '\f' => 'f', '\r' => 'r', _ => '\0' };
            if (short_ == '\0') return Hex(span, pos, c);
            span[pos++] = (byte)'\\';
            span[pos++] = (byte)short_;
            return pos;
        }

        private static int Hex(Span<byte> span, int pos, char c)
        {
            const string digits = "0123456789abcdef";
            span[pos++] = (byte)'\\';
            span[pos++] = (byte)'u';
            span[pos++] = (byte)digits[(c >> 12) & 0xf];
            span[pos++] = (byte)digits[(c >> 8) & 0xf];
            span[pos++] = (byte)digits[(c >> 4) & 0xf];
            span[pos++] = (byte)digits[c & 0xf];
            return pos;
        }
    }
}
