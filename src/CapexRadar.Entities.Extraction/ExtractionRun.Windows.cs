namespace CapexRadar.Entities.Extraction;

/// <summary>
/// The look-around windows and run lengths of the entity rules, in tokens. Each keeps a scan bounded (every stage stays
/// linear in the text) and is the reach of the construction it looks for in news prose, with a little margin; none is
/// tuned to a corpus. Widening one lets a cue from the next clause leak in; narrowing one loses the longer phrasings.
/// (Stage-local limits sit with their stage: <c>MaxInvestingSubjectTokens</c>, <c>PossessedModifiers</c>,
/// <c>AnaphorSentences</c> …)
/// </summary>
internal sealed partial class ExtractionRun
{
    /// <summary>A capitalised name runs at most this many words past its first ("Abu Dhabi Investment Authority Fund"):
    /// longer capitalised runs are headlines or titles.</summary>
    private const int NameRunExtraWords = 4;

    /// <summary>An index name's tail after its head ("Hang Seng Tech Index", "S&amp;P/ASX 200 Information Technology").</summary>
    private const int IndexNameTail = 5;

    /// <summary>Capitalised words before a geographic designator or a region name ("Nei Mongol Autonomous Region").</summary>
    private const int PlaceNameExtraWords = 3;

    /// <summary>"… known as stc": the company the alias belongs to is within this many tokens before, in the same
    /// sentence (a long apposition: "the state-controlled Saudi telecommunications carrier, founded in 1998, known as").</summary>
    private const int KnownAsReach = 60;

    /// <summary>"X, chief executive of Y, …, said the company would": the speaker is within this many tokens before
    /// "said" (name, a role with its organisation, and a short apposition).</summary>
    private const int SpeakerReach = 40;

    /// <summary>A designated place takes the country of the nearest known place within this many tokens either side.</summary>
    private const int PlaceCountryReach = 25;

    /// <summary>A percentage is "ahead" when its number comes within this many tokens ("0.53 pct", "as much as 12%",
    /// "by 8 %"): a verb and a short qualifier.</summary>
    private const int PercentLookahead = 6;

    /// <summary>", the Shenzhen-based battery maker," — the descriptor of an apposition comes within this many tokens.</summary>
    private const int AppositionReach = 9;

    /// <summary>Short forms are learnt from a company's first mentions only: enough to see every written form.</summary>
    private const int ShortFormMentions = 16;

    /// <summary>Words of a mention read for its short forms (longer mentions are lists, not names).</summary>
    private const int MaxMentionWords = 8;
}
