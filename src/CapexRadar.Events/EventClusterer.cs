using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Events;

/// <summary>
/// Decides whether an analysed announcement joins an existing event, revises one (new event linked to it), or starts
/// an unrelated one. Facts first, text second:
/// <list type="bullet">
/// <item>each announcement has a <b>lead</b>: the commitment its headline states (else its first commitment). Two
/// announcements with leads are the same event only if the leads are the same company (a unit and its parent count as one;
/// sister companies do not) and the same amount within rounding (currencies converted; a bare "$" may be a local dollar);
/// a figure mentioned in passing never makes a match;</item>
/// <item>without a lead of its own, an announcement joins when its headline or lead states the event's amount and names
/// its company, or, about the same company, when its words are contained enough in the event's;</item>
/// <item>text similarity (MinHash containment of content words) confirms, within a time window.</item>
/// </list>
/// Pure: the caller supplies the candidate events and stores the result.
/// </summary>
public sealed class EventClusterer
{
    /// <summary>Currencies written "$" in their own countries: a "$" figure read as USD may be one of these.</summary>
    private static readonly HashSet<string> DollarCurrencies = new(StringComparer.Ordinal) { "AUD", "CAD", "NZD", "SGD", "HKD", "TWD" };

    private readonly FxTable _fx;
    private readonly Func<string, string?> _parentOf;
    private readonly Func<string, string?>? _resolveName;
    private readonly Func<string, string?> _countryOf;

    /// <param name="parentOf">The parent company of a knowledge-base id (null for a top company or an unknown id).</param>
    /// <param name="resolveName">The knowledge-base id of a company name, if any: companies the extractor left unknown
    /// ("x-…" ids) are looked up by the forms of their name (<see cref="CompanyNames.Variants"/>).</param>
    /// <param name="countryOf">The home country (ISO 3166 alpha-2) of a knowledge-base id, if known: a plan reported in its
    /// company's home currency says nothing of its site (<see cref="PlanSite.Sites"/>).</param>
    public EventClusterer(FxTable? fx = null, Func<string, string?>? parentOf = null, EventOptions? options = null,
        Func<string, string?>? resolveName = null, Func<string, string?>? countryOf = null)
    {
        _countryOf = countryOf ?? (_ => null);
        _fx = fx ?? FxTable.Default;
        _parentOf = parentOf ?? (_ => null);
        _resolveName = resolveName;
        Options = options ?? new EventOptions();
    }

    public EventOptions Options { get; }

    /// <summary>The company's top parent (units and brands roll up; at most 8 levels, cycles stop).</summary>
    public string? Root(string? companyId)
    {
        if (companyId is null) return null;
        var current = companyId;
        for (var i = 0; i < 8; i++)
        {
            var parent = _parentOf(current);
            if (parent is null || parent == current) break;
            current = parent;
        }
        return current;
    }

    /// <summary>
    /// The knowledge-base id for a company: the id itself when known; for an unknown ("x-…") or missing id, the id the
    /// name resolves to (as written, without a parenthetical, the parenthetical, without legal-form words), else the id.
    /// </summary>
    public string? Canonical(string? companyId, string? companyName)
    {
        if (companyId is not null && !companyId.StartsWith("x-", StringComparison.Ordinal)) return companyId;
        if (companyName is not null && _resolveName is not null)
            foreach (var variant in CompanyNames.Variants(companyName))
                if (_resolveName(variant) is { } id) return id;
        return companyId;
    }

    /// <summary>One company: the same id, or one is a parent (at any level) of the other. Sister companies are not one.</summary>
    public bool SameCompany(string? a, string? b)
    {
        if (a is null || b is null) return false;
        return a == b || IsAncestor(a, b) || IsAncestor(b, a);
    }

    /// <summary>
    /// Whether <paramref name="headline"/> names the company: a distinctive word of its name as written (not a legal form
    /// or a descriptor such as "Group" or "Systems"), or a word or pair of words the knowledge base resolves to the company
    /// or a parent or unit of it ("TSMC"). Lenient on purpose: a company counted as named keeps the strict rules.
    /// </summary>
    public bool NamedIn(string headline, string? companyName, string? companyId)
    {
        var words = StoryLead.Words(headline);
        if (companyName is not null)
            foreach (var word in StoryLead.Words(companyName))
                if (!CompanyNames.IsDescriptor(word) && words.Contains(word, CompanyNames.Comparer)) return true;
        if (_resolveName is null || companyId is null) return false;
        for (var i = 0; i < words.Count; i++)
        {
            if (char.IsUpper(words[i][0]) && _resolveName(words[i]) is { } one && SameCompany(one, companyId)) return true;
            if (i + 1 < words.Count && _resolveName(words[i] + " " + words[i + 1]) is { } two && SameCompany(two, companyId)) return true;
        }
        return false;
    }

    /// <summary>
    /// One story's headline does not name its own lead's company but names the other story's lead company (see
    /// <see cref="EventOptions.MinSimilarityUncertainCompany"/>).
    /// </summary>
    private bool CrossNamed(Profile mine, CapexFact lead, EventMember member)
    {
        var theirs = member.Lead!;
        if (mine.LeadUnnamed && NamedIn(StoryLead.Headline(mine.Opening), theirs.CompanyName, theirs.CompanyId)) return true;
        return member.Headline is { } headline && !NamedIn(headline, theirs.CompanyName, theirs.CompanyId) &&
               NamedIn(headline, lead.CompanyName, lead.CompanyId);
    }

    /// <summary>
    /// Two leads name their companies so that one name is the other cut short ("Scala" and "Scala Data Centers", "Tata"
    /// and "Tata Electronics"; legal forms ignored): outlets drop descriptors, and the extractor may then resolve the short
    /// form to another company or to none. Not one company when both full names differ ("Orla Chips", "Orla Digital").
    /// </summary>
    public static bool ShortenedName(string? a, string? b)
    {
        if (a is null || b is null) return false;
        var x = CompanyNames.Core(a);
        var y = CompanyNames.Core(b);
        if (x.Count == 0 || y.Count == 0) return false;
        if (x.Count > y.Count) (x, y) = (y, x);
        if (x.Sum(w => w.Length) < 2) return false;
        for (var i = 0; i < x.Count; i++)
            if (!CompanyNames.Comparer.Equals(x[i], y[i])) return false;
        return true;
    }

    /// <summary>A company as the links name it: its knowledge-base id when known (or resolvable), and its name.</summary>
    private readonly record struct Node(string? Id, string? Name);

    /// <summary>At most this many companies are followed up the links from one lead.</summary>
    private const int MaxLinkedNodes = 24;

    /// <summary>
    /// Whether one lead's company is a unit (at any level) of the other's through the links the stories state, each step a
    /// link or a knowledge-base parent: "Triara, the data-centre business of Telmex" and "its subsidiary Telmex" (América
    /// Móvil's story) make Triara part of América Móvil. Upwards only, so two units of one owner stay two companies.
    /// </summary>
    /// <summary>
    /// The story's opening says an unnamed unit of its lead's company acts ("the Hiranandani Group's data-centre business
    /// will spend…"): the figure may be the other lead's, when that company has no parent the knowledge base knows.
    /// </summary>
    private bool UnnamedUnit(IReadOnlyList<CompanyLink>? links, CapexFact? lead, CapexFact? other)
    {
        if (links is null || lead is null || other?.CompanyId is not { } otherId) return false;
        if (_parentOf(otherId) is { } parent && parent != otherId) return false;
        var owner = new Node(lead.CompanyId, lead.CompanyName);
        return links.Any(l => l.UnnamedUnit && NodeMatch(LinkNode(l.Owner, l.OwnerId), owner));
    }

    /// <param name="a">My lead.</param>
    /// <param name="b">A member's lead.</param>
    /// <param name="mine">The links my text states.</param>
    /// <param name="theirs">The links the event's members state.</param>
    private bool Linked(CapexFact a, CapexFact b, IReadOnlyList<CompanyLink> mine, IReadOnlyList<CompanyLink> theirs)
    {
        if (mine.Count == 0 && theirs.Count == 0) return false;
        IReadOnlyList<CompanyLink> links = [.. mine, .. theirs];
        var x = new Node(a.CompanyId, a.CompanyName);
        var y = new Node(b.CompanyId, b.CompanyName);
        return UnitOf(x, y, links, theirs) || UnitOf(y, x, links, mine);
    }

    /// <summary>
    /// <paramref name="unit"/> is under <paramref name="owner"/> through the links, and — when the owner's own stories name
    /// the unit that carries the plan ("through its subsidiary Skyvault") — that unit is on the way: another unit of the same
    /// owner is a sister company with a plan of its own.
    /// </summary>
    /// <param name="ownerLinks">The links stated by the stories whose lead is <paramref name="owner"/>.</param>
    private bool UnitOf(Node unit, Node owner, IReadOnlyList<CompanyLink> links, IReadOnlyList<CompanyLink> ownerLinks)
    {
        var up = Up(unit, links);
        if (!up.Any(n => NodeMatch(n, owner))) return false;
        var named = ownerLinks.Where(l => !l.UnnamedUnit && NodeMatch(LinkNode(l.Owner, l.OwnerId), owner)).Select(l => LinkNode(l.Unit, null)).ToList();
        return named.Count == 0 || named.Any(n => NodeMatch(n, unit) || up.Any(u => NodeMatch(n, u)));
    }

    /// <summary>The owners of <paramref name="start"/> (not itself) through the links and the knowledge base's parents.</summary>
    private List<Node> Up(Node start, IReadOnlyList<CompanyLink> links)
    {
        var found = new List<Node>();
        var queue = new Queue<Node>();
        queue.Enqueue(start);
        while (queue.Count > 0 && found.Count < MaxLinkedNodes)
        {
            var node = queue.Dequeue();
            var owners = new List<Node>();
            if (node.Id is { } id && _parentOf(id) is { } parent && parent != id) owners.Add(new Node(parent, null));
            foreach (var link in links)
                if (NodeMatch(LinkNode(link.Unit, null), node)) owners.Add(LinkNode(link.Owner, link.OwnerId));
            foreach (var owner in owners)
            {
                if (NodeMatch(owner, start) || found.Any(f => NodeMatch(f, owner))) continue;
                found.Add(owner);
                queue.Enqueue(owner);
            }
        }
        return found;
    }

    private Node LinkNode(string name, string? id) => new(id ?? Canonical(null, name), name);

    /// <summary>One company: the same id; two different known ids never; else the same name (case and accents ignored,
    /// legal forms dropped).</summary>
    private static bool NodeMatch(Node a, Node b)
    {
        if (a.Id is not null && a.Id == b.Id) return true;
        if (DistinctKnown(a.Id, b.Id)) return false;
        if (a.Name is null || b.Name is null) return false;
        var x = CompanyNames.Core(a.Name);
        var y = CompanyNames.Core(b.Name);
        return x.Count > 0 && x.Count == y.Count && x.Zip(y).All(p => CompanyNames.Comparer.Equals(p.First, p.Second));
    }

    private bool IsAncestor(string ancestor, string id)
    {
        var current = id;
        for (var i = 0; i < 8; i++)
        {
            var parent = _parentOf(current);
            if (parent is null || parent == current) return false;
            if (parent == ancestor) return true;
            current = parent;
        }
        return false;
    }

    /// <summary>
    /// Adds <paramref name="input"/> to the events: joins the best matching candidate or starts a new event
    /// (with id from <paramref name="newEventId"/>) that may follow an earlier one. Returns the event as it now stands.
    /// </summary>
    public AddResult Add(EventInput input, IEnumerable<NewsEvent> candidates, Func<string> newEventId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var signature = TextSignature.Compute(input.Text);
        var candidateList = candidates.ToList();
        var profile = ProfileOf(input);
        var assignment = Decide(input, profile, signature, candidateList);
        var member = new EventMember(input.AnnouncementId, input.Source, input.Url, input.At, Root(input.AnnouncerId), signature.Serialize(),
            profile.Lead, profile.Subject, profile.LeadCountries, StoryLead.Headline(input.Text),
            profile.Links.Count == 0 ? null : profile.Links, profile.Acronyms.Count == 0 ? null : profile.Acronyms,
            profile.Shares.Count == 0 ? null : profile.Shares, profile.LeadRate, profile.LeadYear,
            profile.Partners.Count == 0 ? null : profile.Partners, profile.LeadRegions.Count == 0 ? null : profile.LeadRegions);
        var facts = profile.Facts;
        if (assignment.Decision == Decision.Join)
        {
            var joined = candidateList.First(e => e.Id == assignment.EventId);
            if (joined.Members.Any(m => m.AnnouncementId == input.AnnouncementId)) return new AddResult(joined, assignment, []);
            var merged = joined.Facts.ToList();
            var added = new List<EventFact>();
            foreach (var fact in facts) MergeInto(merged, added, fact, input.AnnouncementId);
            var updated = joined with
            {
                FirstSeen = input.At < joined.FirstSeen ? input.At : joined.FirstSeen,
                LastSeen = input.At > joined.LastSeen ? input.At : joined.LastSeen,
                Members = [.. joined.Members, member],
                Facts = merged,
            };
            return new AddResult(updated, assignment, added);
        }
        var own = new List<EventFact>();
        var newFacts = new List<EventFact>();
        foreach (var fact in facts) MergeInto(own, newFacts, fact, input.AnnouncementId);
        var created = new NewsEvent(newEventId(), input.At, input.At, assignment.Decision == Decision.Revision ? assignment.EventId : null,
            [member], own);
        return new AddResult(created, assignment, newFacts);
    }

    /// <summary>What the decision reads of an announcement: its facts, lead, subject and the amounts its opening states.</summary>
    /// <param name="Opening">Headline and lead paragraph.</param>
    /// <param name="Stated">Money amounts stated in the opening (read only when the announcement has no lead).</param>
    /// <param name="LeadCountries">Countries of the places the lead's sentence names as the plan's site (<see cref="PlanSite"/>; empty when none or no lead).</param>
    /// <param name="LeadUnnamed">The story has a lead whose company its headline does not name (<see cref="NamedIn"/>).</param>
    /// <param name="Figures">Numbers with a scale stated in the opening whatever their currency word ("8.5 billion kroner"),
    /// read only when the announcement has no lead: a currency the recognizer does not know still states the figure.</param>
    /// <param name="Links">Units and owners the text states (<see cref="CompanyLinks"/>; "its" is the lead's company).</param>
    public sealed record Profile(List<EventFact> Facts, CapexFact? Lead, string? Subject, string Opening,
        List<(MoneyAmount Amount, MoneyAmount? Usd)> Stated, IReadOnlyList<string> LeadCountries, bool LeadUnnamed = false)
    {
        public IReadOnlyList<decimal> Figures { get; init; } = [];

        /// <summary>The money amounts the headline states (<see cref="StoryLead.HeadlineFigures"/>) when the lead is not one
        /// of them (or there is no lead): the figure the story is about, which its extracted commitments missed.</summary>
        public IReadOnlyList<HeadlineFigure> HeadlineOnly { get; init; } = [];

        /// <summary>The lead is a figure the headline states, and the headline names the lead's company: the story is
        /// certainly about it.</summary>
        public bool LeadHeadlined { get; init; }

        /// <summary>Short forms the opening defines for a name ("Kenya Power and Lighting Company (KPLC)"), see
        /// <see cref="CompanyNames.DefinedAcronyms"/>.</summary>
        public IReadOnlyList<string> Acronyms { get; init; } = [];
        public IReadOnlyList<CompanyLink> Links { get; init; } = [];

        /// <summary>The lead is a yearly rate: its sentence or the headline says so (<see cref="StoryLead.StatesRate"/>).</summary>
        public bool LeadRate { get; init; }

        /// <summary>The lead is a budget for a named year and not a rate (<see cref="StoryLead.NamesBudgetYear"/>).</summary>
        public bool LeadYear { get; init; }

        /// <summary>Money amounts the opening paragraphs state (<see cref="StoryLead.Opening"/>), read only when the story says a
        /// figure changed (<see cref="RevisionCue"/>): a story about a revision states the old and the new figure, and its
        /// extracted lead may be the old one ("Five months after committing ₩60tn… The revised plan -- ₩75tn").</summary>
        public IReadOnlyList<(MoneyAmount Amount, MoneyAmount? Usd)> RevisionAmounts { get; init; } = [];

        /// <summary>Numbers with a scale word that the opening paragraphs state, whatever their currency word, read only when
        /// there is a lead and the opening says a figure changed: "extending the 95 billion crown plan it announced a year
        /// ago" restates the earlier figure even when the extractor kept no prior target.</summary>
        public IReadOnlyList<decimal> RevisionFigures { get; init; } = [];

        /// <summary>Sub-national regions the headline or the lead sentence names as the lead's site (<see cref="PlanSite.HeadlineRegions"/>,
        /// <see cref="PlanSite.LeadRegions"/>).</summary>
        public IReadOnlyList<string> LeadRegions { get; init; } = [];

        /// <summary>The names listed with the lead's company as its spender (<see cref="StoryLead.Partners"/>).</summary>
        public IReadOnlyList<string> Partners { get; init; } = [];

        /// <summary>Shares the opening states, as fractions (<see cref="StoryLead.Shares"/>; read only when there is a lead).</summary>
        public IReadOnlyList<decimal> Shares { get; init; } = [];
    }

    /// <summary>The announcement's facts, its lead commitment and the company it is about.</summary>
    public Profile ProfileOf(EventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var facts = FactsOf(input);
        var year = input.At.Year;
        var commitments = facts.Where(f => f.Capex is { Kind: CapexKind.Commitment, CompanyId: not null })
            .Select(f => f.Capex!).OrderBy(c => c.Evidence.Start).ToList();
        CapexFact? lead = null;
        if (commitments.Count > 0)
        {
            // the first amount of the headline that is one of the commitments — or, when the headline states several
            // commitments of that company ("raises by 1.3 trillion won… total 4.5 trillion won", "$10bn, including $2bn
            // for…"), the largest: the whole plan, not its part or increment; else the first commitment of the body
            var title = StoryLead.Headline(input.Text);
            var headlineAmounts = StoryLead.Amounts(title, _fx, year);
            var stated = headlineAmounts
                .Select(s => commitments.FirstOrDefault(c => SameAmount(s.Amount, s.Usd, c.Amount, c.AmountUsd)))
                .OfType<CapexFact>().ToList();
            if (stated.Count > 0)
            {
                lead = stated[0];
                foreach (var other in stated.Skip(1))
                    if (SameCompany(other.CompanyId, lead.CompanyId) && Larger(other, lead)) lead = other;
            }
            // a headline whose figure the recognizer cannot read as money (a bare "crowns", "pesos": which country's?) still
            // states a number with its scale: the commitment of that value is the one the story is about ("extends … plan to
            // 120 billion crowns" beside "extending the 95 billion crown plan")
            else if (headlineAmounts.Count == 0 && StoryLead.Figures(title) is { Count: > 0 } figures &&
                     commitments.FirstOrDefault(c => figures.Any(f => Close(f, c.Amount.Value, Options.SameCurrencyTolerance))) is { } named)
            {
                lead = named;
            }
            // a headline that says the figure changed ("raises investment to R$14 billion") states the new level even
            // when the extractor missed it and kept only the old one: that figure leads (it is not added to the facts)
            else if (RevisionCue.In(title) && StoryLead.NewLevel(title, _fx, year, commitments[0].Amount.CurrencyCode) is var (amount, usd))
            {
                lead = commitments[0] with { Amount = amount, AmountHigh = null, AmountUsd = usd, UsdStated = false, PeriodYears = null };
            }
            lead ??= commitments[0];
            // a figure first stated after the opening paragraphs, whose company the headline does not name, is background
            // ("Meta said on Friday it would spend $60 billion…" in the fourth paragraph of a story headlined on Nvidia's
            // market rout): the story is not about it
            if (stated.Count == 0 && ReferenceEquals(lead, commitments[0]) && lead.Evidence.Start >= StoryLead.OpeningEnd(input.Text) &&
                !NamedIn(title, lead.CompanyName, lead.CompanyId))
                lead = null;
        }
        // no commitment at all, but the headline says a figure changed to a new level ("raises Munich AI campus budget to 5.5 bln
        // euros") of the company it names (else the announcer): that level leads, and the old level its opening gives ("from
        // the 4.2 billion euros") is the prior target — the extractor missed the raise, the headline did not
        if (commitments.Count == 0 && ChangedLevel(input, facts) is { } changed) lead = changed;
        var subject = lead?.CompanyId ?? HeadlineOwner(StoryLead.Headline(input.Text)) ?? Canonical(input.AnnouncerId, null) ??
                      facts.FirstOrDefault(f => f.Facility is { CompanyId: not null })?.Facility!.CompanyId;
        var opening = StoryLead.HeadlineAndLead(input.Text);
        // a brief is its own lead: all of it states its figures ("Telenor AI factory\nNew capacity in Oslo.\n\nInvestment: NOK 8.5bn.");
        // a longer story states them in its opening paragraphs — a feature's first paragraph may only set the scene
        var statedIn = input.Text.Length <= StoryLead.MaxBriefChars ? input.Text : StoryLead.Opening(input.Text);
        var statedAmounts = lead is null ? StoryLead.Amounts(statedIn, _fx, year) : [];
        // the plan's own sites: places the lead sentence names with "in", "at", "near"… (not "tensions with the United States")
        // (and the headline's or the first paragraph's sites when the lead sentence names none; a town the gazetteer lacks by
        // its name, and by the country of the figure's currency)
        var countries = lead is { Evidence: var ev } && ev.End > ev.Start
            ? PlanSite.Sites(input.Text, input.Locations, ev, lead.Amount.CurrencyCode, HomeCurrency(lead.CompanyId),
                name => _resolveName?.Invoke(name) is not null)
            : [];
        // no site named, but a unit whose owner is abroad states its figure in its own country's currency ("Teraco, the South
        // African operator owned by Digital Realty, will invest 54 billion rand"): the plan is in the unit's country
        if (lead is not null && !countries.Any(PlanSite.IsCountry) && UnitAbroadHome(lead) is { } home)
            countries = [.. countries, home];
        var headline = StoryLead.Headline(input.Text);
        var unnamed = lead is not null && headline.Length > 0 && !NamedIn(headline, lead.CompanyName, lead.CompanyId);
        var headlineFigures = StoryLead.HeadlineFigures(headline, _fx, year);
        var rate = lead is not null && (StoryLead.StatesRate(headline) || StoryLead.StatesRate(Sentence(input.Text, lead.Evidence)));
        var leadHeadlined = lead is not null && headlineFigures.Any(f => States(f, lead));
        return new Profile(facts, lead, subject, opening, statedAmounts, countries, unnamed)
        {
            HeadlineOnly = leadHeadlined ? [] : headlineFigures,
            LeadHeadlined = leadHeadlined && !unnamed,
            Figures = lead is null ? StoryLead.Figures(statedIn) : [],
            RevisionAmounts = RevisionCue.In(StoryLead.Opening(input.Text)) ? StoryLead.Amounts(StoryLead.Opening(input.Text), _fx, year) : [],
            RevisionFigures = lead is not null && RevisionCue.In(StoryLead.Opening(input.Text)) ? StoryLead.Figures(StoryLead.Opening(input.Text)) : [],
            Acronyms = lead is null ? [] : CompanyNames.DefinedAcronyms(opening),
            Shares = lead is null ? [] : StoryLead.Shares(opening),
            // the headline's regions, and the lead sentence's own (not another plan's it mentions)
            LeadRegions = lead is null ? [] : [.. PlanSite.HeadlineRegions(headline, input.Locations)
                .Union(lead.Evidence.End > lead.Evidence.Start ? PlanSite.LeadRegions(input.Text, input.Locations, lead.Evidence) : [], StringComparer.Ordinal)],
            Partners = lead is { CompanyName: { } leadName } ? StoryLead.Partners(Sentence(input.Text, lead.Evidence), leadName) : [],
            LeadRate = rate,
            LeadYear = lead is not null && !rate && (StoryLead.NamesBudgetYear(headline) || StoryLead.NamesBudgetYear(Sentence(input.Text, lead.Evidence))),
            // "Taiwan's Powerchip", "Norway's Telenor": a place is no owner
            Links = CompanyLinks.Find(input.Text, lead?.CompanyName, lead?.CompanyId, opening.Length)
                .Where(l => !input.Locations.Any(p => CompanyNames.Comparer.Equals(p.Name, l.Owner))).ToList(),
        };
    }

    /// <summary>Whether <paramref name="a"/> is a larger amount than <paramref name="b"/> (in one currency, else in USD).</summary>
    private static bool Larger(CapexFact a, CapexFact b) =>
        a.Amount.CurrencyCode == b.Amount.CurrencyCode ? a.Amount.Value > b.Amount.Value
            : a.AmountUsd is { } x && b.AmountUsd is { } y && x.Value > y.Value;

    /// <summary>
    /// The stored events <see cref="Decide(EventInput, TextSignature, IReadOnlyList{NewsEvent})"/> can pick for
    /// <paramref name="input"/>, so a store loads only those: every event that overlaps the join window, and — only when
    /// the announcement has a lead and a prior target or revision wording — the events of the last
    /// <see cref="EventOptions.RevisionWindow"/> that hold a fact or member of the lead's (or prior target's) top company.
    /// </summary>
    public CandidateWindow CandidatesFor(EventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var profile = ProfileOf(input);
        var (from, to) = (input.At - Options.JoinWindow, input.At + Options.JoinWindow);
        var priors = profile.Facts.Where(f => f.Capex is { Kind: CapexKind.PriorTarget } && f.CompanyId is not null).ToList();
        if (profile.Lead is null || (priors.Count == 0 && !RevisionCue.In(input.Text)))
            return new CandidateWindow(from, to, null, []);
        var roots = priors.Select(f => f.CompanyId!).Prepend(Root(profile.Lead.CompanyId)!).Distinct(StringComparer.Ordinal).ToList();
        return new CandidateWindow(from, to, input.At - Options.RevisionWindow, roots);
    }

    /// <summary>Where the announcement belongs among <paramref name="candidates"/>.</summary>
    public Assignment Decide(EventInput input, TextSignature signature, IReadOnlyList<NewsEvent> candidates) =>
        Decide(input, ProfileOf(input), signature, candidates);

    private Assignment Decide(EventInput input, Profile profile, TextSignature signature, IReadOnlyList<NewsEvent> candidates)
    {
        var mine = profile.Facts;
        var lead = profile.Lead;
        var subject = profile.Subject;
        Assignment? bestJoin = null, bestRevision = null;
        double bestJoinScore = double.MinValue, bestRevisionScore = double.MinValue;
        foreach (var e in candidates)
        {
            if (e.Members.Any(m => m.AnnouncementId == input.AnnouncementId))
                return new Assignment(Decision.Join, e.Id, "already a member", 1);
            var inJoinWindow = input.At >= e.FirstSeen - Options.JoinWindow && input.At <= e.LastSeen + Options.JoinWindow;
            var inRevisionWindow = input.At >= e.FirstSeen - TimeSpan.FromDays(1) && input.At <= e.LastSeen + Options.RevisionWindow;
            if (!inJoinWindow && !inRevisionWindow) continue;
            var memberSimilarity = e.Members.Select(m => signature.Containment(TextSignature.Deserialize(m.Signature))).ToList();
            var similarity = memberSimilarity.DefaultIfEmpty(0).Max();

            var theirCommit = e.Facts.Where(f => f.Capex is { Kind: CapexKind.Commitment } && f.CompanyId is not null).ToList();
            // a member whose lead names no site stands where the event's other members put the same figure of the same
            // company (a wire's "Teraco… 54 billion rand" with no place, beside the release's "in Ekurhuleni"): the event
            // knows its site, and a plan of that size elsewhere is not it
            var members = WithEventSites(e.Members);
            var leadMembers = members.Where(m => m.Lead is not null).ToList();
            var leads = leadMembers.Select(m => m.Lead!).ToList();
            // members stored before leads were kept: their commitments stand for the leads
            if (leads.Count == 0 && e.Members.All(m => m.Subject is null)) leads = theirCommit.Select(f => f.Capex!).ToList();
            var subjects = e.Members.Where(m => m.Subject is not null).Select(m => m.Subject!).ToList();
            if (subjects.Count == 0) subjects = e.Companies.ToList();

            // the same company, or one name the other cut short (a weak match), building where the other builds: two lead
            // sentences that both name sites, in no common country, are two plans (one company's Swedish and Norwegian
            // pledges of the same size on one day)
            // (two different companies the knowledge base knows — a unit and its parent — are one only when the amounts are
            // close: another unit of the group may announce a similar figure the same week)
            // (or a unit and its owner as the stories state them — "Telmex's Triara", "its subsidiary NeutraDC" — with close amounts)
            IReadOnlyList<CompanyLink>? theirLinks = null;
            // a yearly rate and a budget for a named year are two kinds of figure ("$10 billion a year through 2030" against a
            // "2027 capital budget" of $10 billion): no match between them
            var kinds = leadMembers.Where(m => (profile.LeadRate && m.YearBudget) || (m.YearlyRate && profile.LeadYear)).Select(m => m.Lead!).ToList();
            var leadMatch = lead is not null && leads.Any(l => !kinds.Any(k => ReferenceEquals(k, l)) && (((SameCompany(lead.CompanyId, l.CompanyId) ||
                ShortenedName(lead.CompanyName, l.CompanyName)) && PlacesMeet(profile.LeadCountries, CountriesOf(leadMembers, l)) &&
                (!DistinctKnown(lead.CompanyId, l.CompanyId)
                    ? MatchFigure(lead, l) != AmountMatch.None
                    : MatchFigure(lead, l) == AmountMatch.Close)) ||
                (MatchFigure(lead, l) == AmountMatch.Close && SamePeriod(lead, l) &&
                 PlacesMeet(profile.LeadCountries, CountriesOf(leadMembers, l)) &&
                 ((!DistinctKnown(lead.CompanyId, l.CompanyId) && (CompanyNames.SpelledAlike(lead.CompanyName, l.CompanyName) ||
                   AcronymOf(lead.CompanyName, leadMembers.FirstOrDefault(m => ReferenceEquals(m.Lead, l))?.Acronyms) ||
                   AcronymOf(l.CompanyName, profile.Acronyms))) ||
                  Linked(lead, l, profile.Links, theirLinks ??= [.. e.Members.SelectMany(m => m.Links ?? [])]))) ||
                (SameCompany(lead.CompanyId, l.CompanyId) && SamePeriod(lead, l) && HostCurrencyClose(lead, profile.LeadCountries, l, CountriesOf(leadMembers, l))) ||
                // a yearly rate and the total it makes over the other's years ("$10 billion a year" and "$40 billion over four years")
                (SameCompany(lead.CompanyId, l.CompanyId) && PlacesMeet(profile.LeadCountries, CountriesOf(leadMembers, l)) &&
                 ((profile.LeadRate && RateOf(lead, l)) || (RateMember(leadMembers, l) && RateOf(l, lead))))));
            // a full match: the same company, amounts close, periods agree, places meet; anything less is a weak match
            // (a name spelled two ways — "Mercado Livre" / "MercadoLibre" — is the same company when the knowledge base does
            // not tell them apart)
            var strongLead = lead is not null && leadMembers.Any(m => !kinds.Any(k => ReferenceEquals(k, m.Lead)) && (SameCompany(lead.CompanyId, m.Lead!.CompanyId) ||
                (!DistinctKnown(lead.CompanyId, m.Lead.CompanyId) && CompanyNames.SpelledAlike(lead.CompanyName, m.Lead.CompanyName)) ||
                Partnered(lead, profile.Partners, m.Lead, m.Partners)) &&
                MatchFigure(lead, m.Lead) == AmountMatch.Close && SamePeriod(lead, m.Lead) &&
                PlacesMeet(profile.LeadCountries, m.LeadCountries));
            // another company, but one story's headline does not name its own lead's company and does name the other's
            // (the figure went to a partner or the dateline's city): the same figure, period and place, with enough text in
            // common with that member
            var uncertainLead = lead is not null && !leadMatch && members.Where((m, i) => m.Lead is not null &&
                memberSimilarity[i] >= Options.MinSimilarityUncertainCompany &&
                MatchFigure(lead, m.Lead) == AmountMatch.Close && SamePeriod(lead, m.Lead) &&
                PlacesMeet(profile.LeadCountries, m.LeadCountries) &&
                (CrossNamed(profile, lead, m) || UnnamedUnit(profile.Links, lead, m.Lead) || UnnamedUnit(m.Links, m.Lead, lead))).Any();
            // both leads are stated in their headlines, which name the company: each story is certainly about its figure
            var headlinedLeads = strongLead && profile.LeadHeadlined && leadMembers.Any(m => m.Headline is { } h &&
                SameCompany(lead!.CompanyId, m.Lead!.CompanyId) && MatchFigure(lead, m.Lead) == AmountMatch.Close &&
                SamePeriod(lead, m.Lead) && PlacesMeet(profile.LeadCountries, m.LeadCountries) && Headlined(m.Lead, h, m.At.Year));
            // a story's headline states a figure its extracted lead is not (the lead is a past or partial figure, or it has
            // none): the story is about the headline's figure, and it matches the other story's lead when that headline
            // names the lead's company, the story is about that company, and the places meet
            var headline = StoryLead.Headline(input.Text);
            var headlineMatch = (profile.HeadlineOnly.Count > 0 && subject is not null && leadMembers.Any(m =>
                    SameCompany(subject, m.Lead!.CompanyId) && PlacesMeet(profile.LeadCountries, m.LeadCountries) &&
                    profile.HeadlineOnly.Any(f => States(f, m.Lead)) && NamedIn(headline, m.Lead.CompanyName, m.Lead.CompanyId))) ||
                (lead is not null && members.Any(m => m.Headline is { } h && m.Subject is not null && SameCompany(m.Subject, lead.CompanyId) &&
                    PlacesMeet(profile.LeadCountries, m.LeadCountries) && HeadlineOnly(m).Any(f => States(f, lead)) &&
                    NamedIn(h, lead.CompanyName, lead.CompanyId)));
            // a joint venture told from a partner's side: one lead is the share of the other that its own opening states
            // ("SAP… €2.4 billion for a 40% stake" against the venture's €6 billion), of the same company, or of a company one
            // story names (the venture in the partner's opening, the partner in the venture's headline)
            var shareMatch = lead is not null && !leadMatch && leadMembers.Any(m =>
                (SameCompany(lead.CompanyId, m.Lead!.CompanyId) || NamedIn(profile.Opening, m.Lead.CompanyName, m.Lead.CompanyId) ||
                 (m.Headline is { } h && NamedIn(h, lead.CompanyName, lead.CompanyId))) &&
                SamePeriod(lead, m.Lead) && PlacesMeet(profile.LeadCountries, m.LeadCountries) &&
                (ShareOf(lead, m.Lead, profile.Shares) || ShareOf(m.Lead, lead, m.Shares)));
            // a story about the event's revision: its opening says a figure changed, names the company and states both the
            // event's lead (the new level) and the prior target the event names (the old one) — whatever its extracted lead
            var restated = profile.RevisionAmounts.Count >= 2 && e.Members.Any(m => m.Lead is { } l &&
                NamedIn(profile.Opening, l.CompanyName, l.CompanyId) &&
                profile.RevisionAmounts.Any(a => MatchAmount(a.Amount, a.Usd, l.Amount, l.AmountUsd) == AmountMatch.Close) &&
                e.Facts.Any(f => f.Capex is { Kind: CapexKind.PriorTarget } p && SameCompany(Canonical(p.CompanyId, p.CompanyName), l.CompanyId) &&
                    MatchAmount(p.Amount, p.AmountUsd, l.Amount, l.AmountUsd) == AmountMatch.None &&
                    profile.RevisionAmounts.Any(a => MatchAmount(a.Amount, a.Usd, p.Amount, p.AmountUsd) == AmountMatch.Close)));
            var leadConflict = lead is not null && leads.Count > 0 && !leadMatch && !uncertainLead && !headlineMatch && !shareMatch && !restated;
            // without a lead, a headline that states figures in the currency of the event's leads but none of them: the story
            // is about another figure ("30 billion pesos" against the event's 40 billion pesos; "$593 billion" wiped off a
            // market value against a $65 billion budget)
            var inLeadCurrency = lead is null && !headlineMatch
                ? profile.HeadlineOnly.Where(f => leads.Any(l => l.Amount.CurrencyCode == f.Amount.CurrencyCode)).ToList()
                : [];
            // likewise the amounts its opening paragraphs state: in the leads' currency, none of them ("will cost 900 million
            // euros" against the event's 2.4 billion euros)
            var openingInLeadCurrency = lead is null && !headlineMatch
                ? profile.Stated.Where(s => leads.Any(l => l.Amount.CurrencyCode == s.Amount.CurrencyCode)).ToList()
                : [];
            var headlineConflict = (inLeadCurrency.Count > 0 && !inLeadCurrency.Any(f => leads.Any(l => States(f, l)))) ||
                (openingInLeadCurrency.Count > 0 && !openingInLeadCurrency.Any(a => leads.Any(l => MatchAmount(a.Amount, a.Usd, l.Amount, l.AmountUsd) != AmountMatch.None)));
            var aboutSameCompany = subject is not null && subjects.Any(s => SameCompany(subject, s));
            var subjectConflict = subject is not null && subjects.Count > 0 && !aboutSameCompany;
            // without a lead of its own: the opening names the company of the event's lead, and states its amount
            // (or a partner the event's lead sentence lists with its company: "A consortium of A, B and C")
            var namesCompany = lead is null && (leads.Any(l => l.CompanyName is { } n && StoryLead.Mentions(profile.Opening, n)) ||
                leadMembers.Any(m => m.Partners is { } ps && ps.Any(p => StoryLead.Mentions(profile.Opening, p))));
            // leniently (a distinctive word of the name, or a name the knowledge base resolves to it: "Telkom" for
            // "PT Telkom Indonesia (Persero) Tbk"): only together with the event's amount
            var namesLenient = namesCompany || (lead is null && leads.Any(l => NamedIn(profile.Opening, l.CompanyName, l.CompanyId)));
            var statesAmount = lead is null && (profile.Stated.Any(s => leads.Any(l => SameAmount(s.Amount, s.Usd, l.Amount, l.AmountUsd))) ||
                profile.Figures.Any(f => leads.Any(l => Close(f, l.Amount.Value, Options.SameCurrencyTolerance))));
            var sameCompany = aboutSameCompany || (subject is null && namesCompany);
            var forecastOverlap = mine.Any(a => a.Capex is { Kind: CapexKind.Forecast } && e.Facts.Any(b =>
                b.Capex is { Kind: CapexKind.Forecast } && a.Capex.Scope == b.Capex.Scope && SameFigure(a.Capex, b.Capex)));
            var facilityConflict = FacilityConflict(mine, e.Facts);
            var moveConflict = MoveConflict(mine, e.Facts);

            // my headline names another region of a country as the site than a member's headline does ("in Texas" against "in
            // Ohio"): another plan of the same size
            var regionConflict = lead is not null && leadMembers.Any(m => PlanSite.RegionsConflict(profile.LeadRegions, m.LeadRegions));
            if (inJoinWindow && !facilityConflict && !leadConflict && !headlineConflict && !regionConflict)
            {
                double score = double.MinValue;
                string reason = "";
                if (restated && similarity >= Options.MinSimilarityCertainLead)
                    (score, reason) = (3 + similarity, "opening says the figure changed and states the event's new and old figures");
                else if (strongLead && similarity >= Options.MinSimilarityWithSharedFact)
                    (score, reason) = (2 + similarity, "same lead: company, kind and amount");
                else if (headlinedLeads && similarity >= Options.MinSimilarityCertainLead)
                    (score, reason) = (2 + similarity, "same lead, stated in both headlines");
                else if (strongLead && similarity >= Options.MinSimilarityCertainLead && Reaction(input, profile, e, members))
                    (score, reason) = (2 + similarity, "same lead, and a story reports the company's share move (the market's reaction)");
                else if (leadMatch && similarity >= Options.MinSimilarityWeakLead)
                    (score, reason) = (1.9 + similarity, "same lead company and amount (loosely: rounding, period or place), similar text");
                else if (uncertainLead)
                    (score, reason) = (1.85 + similarity, "same amount, period and place; a headline does not name its lead's company");
                // an unknown subject (a unit or brand the knowledge base lacks) is no conflict when the opening names the event's company
                else if (lead is null && statesAmount && (namesLenient || aboutSameCompany) &&
                         (!subjectConflict || (namesCompany && subject!.StartsWith("x-", StringComparison.Ordinal))) &&
                         similarity >= Options.MinSimilarityWithSharedFact)
                    (score, reason) = (1.8 + similarity, "opening states the event's amount and names its company");
                else if (shareMatch && similarity >= Options.MinSimilarityWithSharedFact)
                    (score, reason) = (1.77 + similarity, "one lead is the stated share of the other (a partner's part of a venture)");
                else if (headlineMatch && similarity >= Options.MinSimilarityWithSharedFact)
                    (score, reason) = (1.78 + similarity, "a headline states the other story's lead figure");
                else if (!leadMatch && !subjectConflict && forecastOverlap && similarity >= Options.MinSimilaritySameCompany * 0.6)
                    (score, reason) = (1.5 + similarity, "same forecast figure");
                else if (!leadMatch && sameCompany && !moveConflict && similarity >= Options.MinSimilaritySameCompany)
                    (score, reason) = (1 + similarity, "same company, similar text");
                else if (!leadMatch && !subjectConflict && !moveConflict && similarity >= Options.MinSimilarityUnrelated)
                    (score, reason) = (similarity, "near-identical text");
                if (score > bestJoinScore && reason.Length > 0)
                {
                    bestJoinScore = score;
                    bestJoin = new Assignment(Decision.Join, e.Id, reason, similarity);
                }
            }

            // a budget for another fiscal year is the next year's plan, not a revision of this one ("SEK 15 billion in 2029,
            // compared with a budget of 14 billion crowns for 2028")
            var otherYear = lead is { FiscalYear: { } fy } && leads.Count > 0 && leads.All(b => b.FiscalYear is { } by && by != fy);
            if (inRevisionWindow && !leadMatch && lead is not null && input.At >= e.FirstSeen && !otherYear)
            {
                // a new figure for the same plan: the announcement names the event's lead figure as the earlier one, or
                // reports a different figure of the same company in a text much like the event's and says it changed.
                // (or, when the headline says the figure changed, names it as another of its commitments: the extractor
                // may read "against the R$10 billion announced in July" as a commitment)
                var priorMatches = mine.Any(a => a.Capex is { Kind: CapexKind.PriorTarget } && a.CompanyId is not null &&
                    leads.Any(b => SameCompany(a.Capex.CompanyId, b.CompanyId) && SameFigure(a.Capex, b))) ||
                    (!mine.Any(f => ReferenceEquals(f.Capex, lead)) && mine.Any(a => a.Capex is { Kind: CapexKind.Commitment } && a.CompanyId is not null &&
                         leads.Any(b => SameCompany(a.Capex.CompanyId, b.CompanyId) && SameFigure(a.Capex, b))));
                double score = double.MinValue;
                string reason = "";
                if (priorMatches)
                    (score, reason) = (2 + similarity, "earlier figure of the event named as the prior target");
                // the opening says the figure changed and restates the event's lead figure in my lead's currency, whatever its
                // currency word ("will invest 120 billion Swedish crowns…, extending the 95 billion crown plan"): the extractor
                // kept no prior target, a reader sees one
                else if (similarity >= Options.MinSimilarityWithSharedFact && leads.Any(b => SameCompany(lead.CompanyId, b.CompanyId) &&
                             b.Amount.CurrencyCode == lead.Amount.CurrencyCode && !Close(b.Amount.Value, lead.Amount.Value, Options.LooseSameCurrencyTolerance) &&
                             profile.RevisionFigures.Any(f => Close(f, b.Amount.Value, Options.SameCurrencyTolerance))))
                    (score, reason) = (1.5 + similarity, "opening says the figure changed and restates the event's lead figure");
                else if (aboutSameCompany && similarity >= Options.MinSimilarityRevision && RevisionCue.In(input.Text))
                    (score, reason) = (1 + similarity, "different figure of the same company, similar text, revision wording");
                // a later revision of a revision: prefer the newest event
                if (reason.Length > 0) score += e.LastSeen.UtcTicks / 1e18;
                if (score > bestRevisionScore && reason.Length > 0)
                {
                    bestRevisionScore = score;
                    bestRevision = new Assignment(Decision.Revision, e.Id, reason, similarity);
                }
            }
        }
        return bestJoin ?? bestRevision ?? new Assignment(Decision.NewEvent, null, "no matching event", 0);
    }

    /// <summary>
    /// One lead's company is one of the partners the other's sentence lists with its own ("A consortium of Harrow, Pacifica and
    /// Orchard will invest…" credited to Pacifica; "… built by Harrow, Pacifica and Orchard" credited to Harrow): the same
    /// spender, a consortium, whichever partner each extractor run credited. A name matches a partner written the same way or
    /// cut short ("Harrow" for "Harrow Infrastructure Partners").
    /// </summary>
    private static bool Partnered(CapexFact a, IReadOnlyList<string> aPartners, CapexFact b, IReadOnlyList<string>? bPartners) =>
        (aPartners.Count > 0 && b.CompanyName is { } bn && aPartners.Any(p => ShortenedName(p, bn))) ||
        (bPartners is { Count: > 0 } && a.CompanyName is { } an && bPartners.Any(p => ShortenedName(p, an)));

    /// <summary>The name is one of the short forms another story's opening defines ("… Company (KPLC)" and "KPLC").</summary>
    private static bool AcronymOf(string? name, IReadOnlyList<string>? acronyms) =>
        name is not null && acronyms is { Count: > 0 } && CompanyNames.Core(name) is [var only] && acronyms.Contains(only, StringComparer.Ordinal);

    /// <summary>At most this many sited members lend their sites to one member without a site (bounded per event).</summary>
    private const int MaxSiteDonors = 32;

    /// <summary>
    /// The event's members, each lead without a country (or without a region) given the countries (regions) that the
    /// event's other members name for the same figure of the same company: rewrites of one plan share its site, and one that
    /// names none ("Teraco will invest 54 billion rand") is where the others say ("in Ekurhuleni", "outside Cape Town").
    /// The members' own lists are left as they are; the same list when no member lacks a site.
    /// </summary>
    private IReadOnlyList<EventMember> WithEventSites(IReadOnlyList<EventMember> members)
    {
        List<EventMember>? result = null;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (m.Lead is not { } l) continue;
            var noCountry = m.LeadCountries is null || !m.LeadCountries.Any(PlanSite.IsCountry);
            var noRegion = m.LeadRegions is not { Count: > 0 };
            if (!noCountry && !noRegion) continue;
            List<string>? countries = null, regions = null;
            var donors = 0;
            foreach (var o in members)
            {
                if (ReferenceEquals(o, m) || o.Lead is not { } ol) continue;
                var hasCountry = o.LeadCountries is { } oc && oc.Any(PlanSite.IsCountry);
                var hasRegion = o.LeadRegions is { Count: > 0 };
                if (!(noCountry && hasCountry) && !(noRegion && hasRegion)) continue;
                if (!SameCompany(l.CompanyId, ol.CompanyId) || MatchFigure(l, ol) != AmountMatch.Close) continue;
                if (noCountry && hasCountry)
                    foreach (var c in o.LeadCountries!.Where(PlanSite.IsCountry))
                        if (!(countries ??= []).Contains(c, StringComparer.Ordinal)) countries.Add(c);
                if (noRegion && hasRegion)
                    foreach (var r in o.LeadRegions!)
                        if (!(regions ??= []).Contains(r, StringComparer.Ordinal)) regions.Add(r);
                if (++donors >= MaxSiteDonors) break;
            }
            if (countries is null && regions is null) continue;
            result ??= [.. members];
            result[i] = m with
            {
                LeadCountries = countries is null ? m.LeadCountries : [.. m.LeadCountries ?? [], .. countries],
                LeadRegions = regions ?? m.LeadRegions,
            };
        }
        return result ?? members;
    }

    private static IReadOnlyList<string>? CountriesOf(List<EventMember> members, CapexFact lead) =>
        members.FirstOrDefault(m => ReferenceEquals(m.Lead, lead))?.LeadCountries;

    /// <summary>
    /// Two figures in two currencies, neither the US dollar, whose dollar values are close, where both leads name places,
    /// share a country, and one figure is in that country's currency: the host country's press converts a foreign
    /// company's plan into its own currency (a Singapore group's plan for Batam, S$1.5 billion at home, Rp18.8 trillion in
    /// Jakarta), and the other figure's lead names no place of its own currency. Two countries' plans of one group (yen
    /// in Osaka, dong in Da Nang) share no country, or the yen story names Japan.
    /// </summary>
    private bool HostCurrencyClose(CapexFact a, IReadOnlyList<string> aCountries, CapexFact b, IReadOnlyList<string>? bCountries)
    {
        var (x, y) = (a.Amount.CurrencyCode, b.Amount.CurrencyCode);
        if (x == y || x == "USD" || y == "USD" || aCountries.Count == 0 || bCountries is null || bCountries.Count == 0) return false;
        var shared = aCountries.Intersect(bCountries, StringComparer.Ordinal).Select(CountryCurrency.Of).ToList();
        var host = shared.Contains(x) ? x : shared.Contains(y) ? y : null;
        if (host is null) return false;
        // a figure in the currency of a place its own lead names is a plan for that place: "FPT Japan… ¥30 billion… in
        // Osaka" beside the parent's dong plan in Ho Chi Minh City is a plan in Japan, even when its sentence names Vietnam as
        // the owner's home (the host-currency story may name the company's home: "Nxera, based in Singapore, … Rp18.8 trillion")
        var (other, otherCountries) = host == x ? (y, bCountries) : (x, aCountries);
        if (otherCountries.Any(c => CountryCurrency.Of(c) == other)) return false;
        return a.AmountUsd is { } ua && b.AmountUsd is { } ub && Close(ua.Value, ub.Value, Options.ConvertedTolerance);
    }

    /// <summary>Whether two capex figures are the same within rounding (converted to USD when the currencies differ) and
    /// their periods agree when both are given.</summary>
    public bool SameFigure(CapexFact a, CapexFact b) =>
        SamePeriod(a, b) && MatchAmount(a.Amount, a.AmountUsd, b.Amount, b.AmountUsd) == AmountMatch.Close;

    /// <summary>A narrower range than this (high over low) is one guidance figure ("$54 billion to $58 billion"); a wider one
    /// ("between $1 billion and $5 billion") is matched only by its ends.</summary>
    public const decimal MaxGuidanceRange = 1.25m;

    /// <summary>
    /// How well two capex figures agree (see <see cref="MatchAmount"/>), reading ranges as outlets rewrite them: a guidance
    /// range and one figure of it — its low end, its high end ("as much as $58 billion"), its midpoint or a figure
    /// converted from either end — are the same figure; two ranges are the same when both ends are (ranges whose high ends
    /// differ match at most loosely: a range widened or raised at the top is another figure). A figure inside a range
    /// matches only when their periods agree (or one is not given).
    /// </summary>
    public AmountMatch MatchFigure(CapexFact a, CapexFact b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var plain = MatchAmount(a.Amount, a.AmountUsd, b.Amount, b.AmountUsd);
        if (a.AmountHigh is { } ah && b.AmountHigh is { } bh)
        {
            if (plain == AmountMatch.None) return plain;
            var high = MatchAmount(ah, HighUsd(a, ah.Value), bh, HighUsd(b, bh.Value));
            return high == AmountMatch.None ? AmountMatch.None : high == AmountMatch.Close && plain == AmountMatch.Close ? AmountMatch.Close : AmountMatch.Loose;
        }
        if (plain == AmountMatch.Close || (a.AmountHigh is null && b.AmountHigh is null)) return plain;
        var (range, single) = a.AmountHigh is null ? (b, a) : (a, b);
        // a range is guidance for a period: a figure of another period ("A$2.4 billion over four years" against FY26 guidance
        // of A$2.2–2.4 billion) is another plan
        return SamePeriod(range, single) && InRange(range, single) ? AmountMatch.Close : plain;
    }

    /// <summary>The USD value of a range's high end, scaled from its low end's.</summary>
    private static MoneyAmount? HighUsd(CapexFact f, decimal high) =>
        f.AmountUsd is { } usd && f.Amount.Value != 0 ? new MoneyAmount("USD", usd.Value * high / f.Amount.Value) : null;

    /// <summary>The single figure lies within the narrow range (within rounding), in one currency or in USD.</summary>
    private bool InRange(CapexFact range, CapexFact single)
    {
        var (low, high) = (range.Amount.Value, range.AmountHigh!.Value.Value);
        if (low <= 0 || high < low || high / low > MaxGuidanceRange) return false;
        var (x, y) = (range.Amount.CurrencyCode, single.Amount.CurrencyCode);
        if (x == y) return Within(single.Amount.Value, low, high, Options.SameCurrencyTolerance);
        if (x != "USD" && y != "USD") return false;
        return range.AmountUsd is { } lowUsd && HighUsd(range, high) is { } highUsd && single.AmountUsd is { } v &&
               Within(v.Value, lowUsd.Value, highUsd.Value, Options.ConvertedTolerance);
    }

    private static bool Within(decimal v, decimal low, decimal high, double tolerance) =>
        (double)v >= (double)low * (1 - tolerance) && (double)v <= (double)high * (1 + tolerance);

    /// <summary>
    /// <paramref name="part"/> is one of <paramref name="shares"/> of <paramref name="whole"/> within rounding (in one currency,
    /// else in USD): a partner's stake in a venture's figure.
    /// </summary>
    private bool ShareOf(CapexFact part, CapexFact whole, IReadOnlyList<decimal>? shares)
    {
        if (shares is not { Count: > 0 } || part.AmountHigh is not null || whole.AmountHigh is not null) return false;
        var (p, w, tolerance) = part.Amount.CurrencyCode == whole.Amount.CurrencyCode
            ? (part.Amount.Value, whole.Amount.Value, Options.SameCurrencyTolerance)
            : part.AmountUsd is { } pu && whole.AmountUsd is { } wu ? (pu.Value, wu.Value, Options.ConvertedTolerance) : (0m, 0m, 0);
        return p > 0 && w > p && shares.Any(s => Close(p, s * w, tolerance));
    }

    /// <summary>
    /// One story is the market's reaction to the other's announcement: it reports the lead company's share move, both
    /// leads are the same figure (company, amount, period and place), the two stories are at most
    /// <see cref="EventOptions.MarketReactionWindow"/> apart (shares react the same day or the next, not to a plan days
    /// old), and my lead is the figure my story is about — stated in its headline or its opening paragraphs, not restated
    /// deep in a story about another plan. A later plan of the same size, reported with its own share move days later, is
    /// held to the usual text similarity.
    /// </summary>
    private bool Reaction(EventInput input, Profile profile, NewsEvent e, IReadOnlyList<EventMember> members)
    {
        var lead = profile.Lead!;
        if (!profile.LeadHeadlined && lead.Evidence.Start >= StoryLead.OpeningEnd(input.Text)) return false;
        var mineMoves = MovesOf(profile.Facts, lead);
        var movers = e.Facts.Where(f => f.Move is { } m && (m.CompanyId is not null || m.CompanyName is not null) &&
                                        SameCompany(Canonical(m.CompanyId, m.CompanyName), lead.CompanyId))
            .SelectMany(f => f.Supporting).ToHashSet(StringComparer.Ordinal);
        return members.Any(m => m.Lead is { } theirs && (mineMoves || movers.Contains(m.AnnouncementId)) &&
            (input.At - m.At).Duration() <= Options.MarketReactionWindow &&
            SameCompany(lead.CompanyId, theirs.CompanyId) && MatchFigure(lead, theirs) == AmountMatch.Close && SamePeriod(lead, theirs) &&
            PlacesMeet(profile.LeadCountries, m.LeadCountries));
    }

    /// <summary>The facts report a share move of the lead's company (its id made canonical from its name when unknown).</summary>
    private bool MovesOf(IEnumerable<EventFact> facts, CapexFact lead) =>
        facts.Any(f => f.Move is { } m && (m.CompanyId is not null || m.CompanyName is not null) &&
                       SameCompany(Canonical(m.CompanyId, m.CompanyName), lead.CompanyId));

    private static bool RateMember(List<EventMember> members, CapexFact lead) =>
        members.FirstOrDefault(m => ReferenceEquals(m.Lead, lead))?.YearlyRate == true;

    /// <summary>The text of a body span (offsets into the body after the headline's line; empty when out of range).</summary>
    private static string Sentence(string text, TextSpan span)
    {
        var start = StoryLead.Headline(text).Length + 1 + span.Start;
        var end = Math.Min(text.Length, StoryLead.Headline(text).Length + 1 + span.End);
        return start < 0 || start >= end ? "" : text[start..end];
    }

    /// <summary>The longest period over which a yearly rate is compared with a total (<see cref="RateOf"/>).</summary>
    public const int MaxRateYears = 10;

    /// <summary>
    /// <paramref name="rate"/> is a yearly rate (a one-year figure of no stated fiscal year: "$10 billion a year") whose sum over
    /// <paramref name="total"/>'s years (2 to <see cref="MaxRateYears"/>) is that total within rounding: outlets report a
    /// multi-year plan as its total or as its yearly rate. The caller checks that the rate's story says it is one ("a
    /// year", <see cref="StoryLead.StatesRate"/>): a one-year budget ("$10 billion in 2027") is not. A weak match: the
    /// texts must have more in common.
    /// </summary>
    public bool RateOf(CapexFact rate, CapexFact total)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(total);
        if (rate is not { PeriodYears: 1, FiscalYear: null, AmountHigh: null } || total is not { PeriodYears: >= 2 and <= MaxRateYears, AmountHigh: null })
            return false;
        var n = total.PeriodYears!.Value;
        return MatchAmount(rate.Amount with { Value = rate.Amount.Value * n }, rate.AmountUsd is { } u ? u with { Value = u.Value * n } : null,
            total.Amount, total.AmountUsd) == AmountMatch.Close;
    }

    /// <summary>The headline states the figure (<see cref="MatchFigure"/>, close).</summary>
    private bool States(HeadlineFigure f, CapexFact c) =>
        MatchFigure(c with { Amount = f.Amount, AmountHigh = f.High is { } h ? new MoneyAmount(f.Amount.CurrencyCode, h) : null, AmountUsd = f.Usd }, c) == AmountMatch.Close;

    /// <summary>The member's headline states its lead and names its company.</summary>
    private bool Headlined(CapexFact lead, string headline, int year) =>
        NamedIn(headline, lead.CompanyName, lead.CompanyId) && StoryLead.HeadlineFigures(headline, _fx, year).Any(f => States(f, lead));

    /// <summary>The figures the member's headline states when its lead is none of them (<see cref="Profile.HeadlineOnly"/>).</summary>
    private List<HeadlineFigure> HeadlineOnly(EventMember m)
    {
        if (m.Headline is not { } headline) return [];
        var figures = StoryLead.HeadlineFigures(headline, _fx, m.At.Year);
        return m.Lead is { } lead && figures.Any(f => States(f, lead)) ? [] : figures;
    }

    /// <summary>Two different ids, both known to the knowledge base (not "x-…").</summary>
    private static bool DistinctKnown(string? a, string? b) =>
        a is not null && b is not null && a != b && !a.StartsWith("x-", StringComparison.Ordinal) && !b.StartsWith("x-", StringComparison.Ordinal);

    /// <summary>Unless both stories name sites in known countries (<see cref="PlanSite.Sites"/>) and no country and no
    /// unknown site's name is in both.</summary>
    private static bool PlacesMeet(IReadOnlyList<string> a, IReadOnlyList<string>? b) =>
        !a.Any(PlanSite.IsCountry) || b is null || !b.Any(PlanSite.IsCountry) || a.Intersect(b, StringComparer.Ordinal).Any();

    /// <summary>
    /// The lead company's own country when it is a unit of an owner in another country (the knowledge base's countries) and the
    /// lead's figure is in that country's currency, not the dollar; else null.
    /// </summary>
    private string? UnitAbroadHome(CapexFact lead)
    {
        if (lead.CompanyId is not { } id || lead.Amount.CurrencyCode == "USD" || Root(id) is not { } root || root == id) return null;
        var (own, owner) = (_countryOf(id), _countryOf(root));
        return own is not null && owner is not null && own != owner && CountryCurrency.Of(own) == lead.Amount.CurrencyCode ? own : null;
    }

    /// <summary>The currency of the company's (or its top parent's) home country, if known.</summary>
    private string? HomeCurrency(string? companyId) =>
        companyId is null ? null : (_countryOf(companyId) ?? (Root(companyId) is { } root ? _countryOf(root) : null)) is { } country
            ? CountryCurrency.Of(country) : null;

    /// <summary>Periods equal, or not given on one side.</summary>
    private static bool SamePeriod(CapexFact a, CapexFact b) => a.PeriodYears is not { } pa || b.PeriodYears is not { } pb || pa == pb;

    /// <summary>Whether two capex amounts are the same, at least loosely, whatever their periods.</summary>
    public bool SameAmount(CapexFact a, CapexFact b) => SameAmount(a.Amount, a.AmountUsd, b.Amount, b.AmountUsd);

    /// <summary>Whether two amounts are the same, at least loosely (<see cref="MatchAmount"/>).</summary>
    public bool SameAmount(MoneyAmount a, MoneyAmount? aUsd, MoneyAmount b, MoneyAmount? bUsd) =>
        MatchAmount(a, aUsd, b, bUsd) != AmountMatch.None;

    /// <summary>
    /// How well two amounts agree: in one currency within <see cref="EventOptions.SameCurrencyTolerance"/> (close) or
    /// <see cref="EventOptions.LooseSameCurrencyTolerance"/> (loose); a USD figure and a figure in another dollar with
    /// the same number ("$20 billion" in a Sydney paper is AUD) likewise; two different currencies that are neither the
    /// dollar never (two countries' plans); else the USD values (stated or converted) within
    /// <see cref="EventOptions.ConvertedTolerance"/> or <see cref="EventOptions.LooseConvertedTolerance"/>.
    /// </summary>
    public AmountMatch MatchAmount(MoneyAmount a, MoneyAmount? aUsd, MoneyAmount b, MoneyAmount? bUsd)
    {
        var localDollar = a.CurrencyCode == "USD" && DollarCurrencies.Contains(b.CurrencyCode) ||
                          b.CurrencyCode == "USD" && DollarCurrencies.Contains(a.CurrencyCode);
        if (a.CurrencyCode == b.CurrencyCode || localDollar)
        {
            var same = Grade(a.Value, b.Value, Options.SameCurrencyTolerance, Options.LooseSameCurrencyTolerance);
            if (same != AmountMatch.None || a.CurrencyCode == b.CurrencyCode) return same;
        }
        // two different currencies, neither the dollar: each is the home currency of a different country, so two plans
        // (a plan is reported in its own currency or converted to USD, not into a third country's currency)
        if (a.CurrencyCode != b.CurrencyCode && a.CurrencyCode != "USD" && b.CurrencyCode != "USD" && !localDollar)
            return AmountMatch.None;
        return aUsd is { } ua && bUsd is { } ub
            ? Grade(ua.Value, ub.Value, Options.ConvertedTolerance, Options.LooseConvertedTolerance)
            : AmountMatch.None;
    }

    private static AmountMatch Grade(decimal x, decimal y, double close, double loose) =>
        Close(x, y, close) ? AmountMatch.Close : Close(x, y, loose) ? AmountMatch.Loose : AmountMatch.None;

    private static bool Close(decimal x, decimal y, double tolerance)
    {
        var max = Math.Max(Math.Abs(x), Math.Abs(y));
        return max == 0 || (double)(Math.Abs(x - y) / max) <= tolerance;
    }

    private bool FacilityConflict(List<EventFact> mine, IReadOnlyList<EventFact> theirs)
    {
        foreach (var a in mine.Where(f => f.Facility is not null && f.CompanyId is not null))
        {
            var same = theirs.Where(b => b.Facility is not null && SameCompany(b.Facility.CompanyId, a.Facility!.CompanyId) &&
                                         b.Facility.FacilityType == a.Facility.FacilityType).ToList();
            if (same.Count > 0 && a.Facility!.CountryCodes.Count > 0 &&
                !same.Any(b => b.Facility!.CountryCodes.Count == 0 || b.Facility.CountryCodes.Intersect(a.Facility.CountryCodes).Any()))
                return true;
        }
        return false;
    }

    /// <summary>Both report a move of the same mover, and no move of the one matches a move of the other.</summary>
    private bool MoveConflict(List<EventFact> mine, IReadOnlyList<EventFact> theirs)
    {
        var a = mine.Where(f => f.Move is not null).ToList();
        var b = theirs.Where(f => f.Move is not null).ToList();
        var shared = a.Select(f => MoverOf(f.Move!)).Intersect(b.Select(f => MoverOf(f.Move!)), StringComparer.OrdinalIgnoreCase).ToList();
        return shared.Count > 0 && !a.Any(x => b.Any(y => SameFact(x, y)));
    }

    private static string MoverOf(MarketMove m) => m.CompanyId ?? m.CompanyName ?? m.IndexName ?? "";

    /// <summary>
    /// The announcement's facts with companies made canonical (<see cref="Canonical"/>; the fact's own company id) and
    /// rolled up (<see cref="EventFact.CompanyId"/>), and USD amounts filled in from the FX table.
    /// </summary>
    public List<EventFact> FactsOf(EventInput input)
    {
        var year = input.At.Year;
        var facts = new List<EventFact>();
        foreach (var c in input.Capex)
        {
            var fact = Spender(c with { CompanyId = Canonical(c.CompanyId, c.CompanyName) }, input);
            if (fact.AmountUsd is null && _fx.ToUsd(c.Amount.Value, c.Amount.CurrencyCode, year) is { } usd)
                fact = fact with { AmountUsd = new MoneyAmount("USD", usd) };
            var root = Root(fact.CompanyId);
            facts.Add(new EventFact(CapexKey(fact, root), FactType.Capex, root, fact, null, null, []));
        }
        foreach (var f in input.Facilities)
        {
            var plan = f with { CompanyId = Canonical(f.CompanyId, f.CompanyName) };
            var root = Root(plan.CompanyId);
            facts.Add(new EventFact($"facility|{root}|{plan.FacilityType}|{string.Join(',', plan.CountryCodes.Order(StringComparer.Ordinal))}",
                FactType.Facility, root, null, plan, null, []));
        }
        foreach (var m in input.Market)
        {
            var who = m.CompanyId ?? m.CompanyName ?? (m.IndexName is null ? "" : "index:" + m.IndexName);
            facts.Add(new EventFact(FormattableString.Invariant($"market|{who.ToLowerInvariant()}|{m.Direction}|{m.ChangePct:0.##}"),
                FactType.Market, m.CompanyId, null, null, m, []));
        }
        return facts;
    }

    /// <summary>
    /// The company that spends a commitment, per the language of its sentence, when the extractor credited it otherwise:
    /// <list type="bullet">
    /// <item>a brand written after a short name ("SK hynix" read as "SK"): the name and the word or two after it in the
    /// sentence resolve to another company of the knowledge base;</item>
    /// <item>no company at all ("Brokerages were positive on X's plan to spend…", "Analysts expect…"; see
    /// <see cref="NotACompany"/>): the owner of the plan the sentence names ("X's plan"), else the one company whose share
    /// move the story reports (the market's reaction to that company's plan); else none (the fact is nobody's lead).</item>
    /// </list>
    /// </summary>
    private CapexFact Spender(CapexFact c, EventInput input)
    {
        if (c.Kind == CapexKind.Forecast || c.CompanyName is not { Length: > 0 } name || _resolveName is null) return c;
        var sentence = Sentence(input.Text, c.Evidence);
        if (NotACompany(c, input.Text))
        {
            if (StoryLead.PlanOwner(sentence, n => _resolveName(n)) is { } owner)
                return c with { CompanyId = owner.Id, CompanyName = owner.Name };
            var movers = input.Market.Select(m => Canonical(m.CompanyId, m.CompanyName)).OfType<string>()
                .Where(id => !id.StartsWith("x-", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            if (movers.Count == 1)
                return c with { CompanyId = movers[0], CompanyName = input.Market.First(m => Canonical(m.CompanyId, m.CompanyName) == movers[0]).CompanyName };
            return c with { CompanyId = null };
        }
        // the dateline's city taken for the subject ("Guwahati, Sep 8 (PTW) Tata Electronics will invest…"): the spender is
        // the company the sentence names after it, before the amount
        if (StoryLead.IsDateline(input.Text, name) && AmountAt(sentence, c.Amount) is var at and > 0 &&
            StoryLead.LastNamed(sentence[..at], n => _resolveName(n)) is { } after && after.Id != c.CompanyId &&
            !CompanyNames.Comparer.Equals(after.Name, name))
            return c with { CompanyId = after.Id, CompanyName = after.Name };
        // "The YTL Group's power arm will pour…": the spender is the unit, which the story names elsewhere ("YTL Power
        // International said…") with the owner's word and the arm's word in its name
        if (StoryLead.ArmWords(sentence, name) is { Count: > 0 } arm && CompanyNames.Core(name) is [var ownerWord, ..] &&
            StoryLead.ArmNamed(input.Text, ownerWord, arm, c.CompanyId, n => _resolveName(n)) is { } unit)
            return c with { CompanyId = unit.Id, CompanyName = unit.Name };
        if (StoryLead.LongerName(sentence, name, n => _resolveName(n)) is { } longer && longer.Id != c.CompanyId)
            return c with { CompanyId = longer.Id, CompanyName = longer.Name };
        // the sentence does not write the name ("The company said…"): the opening's longer name, if it always writes one
        if (!StoryLead.Mentions(sentence, name) &&
            StoryLead.LongerNameThroughout(StoryLead.HeadlineAndLead(input.Text), name, n => _resolveName(n)) is { } throughout &&
            throughout.Id != c.CompanyId)
            return c with { CompanyId = throughout.Id, CompanyName = throughout.Name };
        return c;
    }

    /// <summary>Where <paramref name="sentence"/> states <paramref name="amount"/> (its first money quantity of that value and
    /// currency), or -1.</summary>
    private static int AmountAt(string sentence, MoneyAmount amount)
    {
        foreach (var q in QuantityRecognizer.Recognize(sentence))
            if (q is { Kind: QuantityKind.Money, Value: { } v, Currency: { } cur } && v == amount.Value && cur == amount.CurrencyCode)
                return q.Span.Start;
        return -1;
    }

    /// <summary>
    /// The new level a headline with revision wording states (<see cref="StoryLead.NewLevel"/>), as a commitment of the company
    /// the headline names before it (else the announcer), with the body's first sentence as evidence; the old level after
    /// "from" in the headline or that sentence is added to <paramref name="facts"/> as the prior target. Null when the
    /// headline states no new level or names no company.
    /// </summary>
    private CapexFact? ChangedLevel(EventInput input, List<EventFact> facts)
    {
        var title = StoryLead.Headline(input.Text);
        if (!RevisionCue.In(title) || StoryLead.NewLevel(title, _fx, input.At.Year) is not var (amount, usd)) return null;
        var owner = _resolveName is null ? null : StoryLead.LastNamed(title, n => _resolveName(n));
        var company = owner?.Id ?? Canonical(input.AnnouncerId, null);
        if (company is null) return null;
        var body = input.Text[(title.Length + Math.Min(1, input.Text.Length - title.Length))..];
        var stop = body.IndexOf(". ", StringComparison.Ordinal);
        var evidence = new TextSpan(0, stop < 0 ? Math.Min(body.Length, StoryLead.MaxLeadChars) : stop + 1);
        var lead = new CapexFact(CapexKind.Commitment, company, owner?.Name ?? company, amount, null, usd, false, null, null,
            AmountQualifier.Exact, "", [], null, evidence);
        var first = body[evidence.Start..evidence.End];
        if ((StoryLead.Level(title, _fx, input.At.Year, "from") ?? StoryLead.Level(first, _fx, input.At.Year, "from")) is var (old, oldUsd) &&
            old.Value != amount.Value)
        {
            var prior = lead with { Kind = CapexKind.PriorTarget, Amount = old, AmountUsd = oldUsd };
            var root = Root(company);
            facts.Add(new EventFact(CapexKey(prior, root), FactType.Capex, root, prior, null, null, []));
        }
        return lead;
    }

    /// <summary>
    /// A commitment credited to no company: an unknown one-word name that is a word of people or the market
    /// (<c>NonCompanySubject</c>: "Brokerages", "Analysts") or that the text also writes in lower case ("what brokerages are
    /// saying"): a common noun, not a name.
    /// </summary>
    private static bool NotACompany(CapexFact c, string text)
    {
        if (c.CompanyId is { } id && !id.StartsWith("x-", StringComparison.Ordinal)) return false;
        if (c.CompanyName is not { } name || CompanyNames.Core(name) is not [var word]) return false;
        if (EventWords.NonCompanySubject.Contains(word)) return true;
        var lower = word.ToLowerInvariant();
        return word != lower && StoryLead.Mentions(text.Length > StoryLead.MaxHeadlineChars + 4 * StoryLead.MaxLeadChars
            ? text[..(StoryLead.MaxHeadlineChars + 4 * StoryLead.MaxLeadChars)] : text, lower);
    }

    /// <summary>
    /// The company a lead-less story is about when its headline states a figure: the company named nearest before the
    /// headline's first amount ("Samsung Electronics (005930 KS): P5 go-ahead at W60tn — positive read-across to equipment
    /// names"), not the research house or a supplier the extractor took for the announcer.
    /// </summary>
    private string? HeadlineOwner(string headline)
    {
        if (_resolveName is null) return null;
        var money = QuantityRecognizer.Recognize(headline).FirstOrDefault(q => q.Kind == QuantityKind.Money);
        return money is null ? null : StoryLead.LastNamed(headline[..Math.Min(headline.Length, money.Span.Start)], n => _resolveName(n))?.Id;
    }

    private static string CapexKey(CapexFact f, string? root) =>
        FormattableString.Invariant($"capex|{f.Kind}|{root ?? f.Scope}|{f.Amount.CurrencyCode}|{f.Amount.Value:0.###E+0}|{f.PeriodYears}");

    private void MergeInto(List<EventFact> merged, List<EventFact> added, EventFact fact, string announcementId)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            if (!SameFact(merged[i], fact)) continue;
            if (!merged[i].Supporting.Contains(announcementId))
                merged[i] = merged[i] with { Supporting = [.. merged[i].Supporting, announcementId] };
            return;
        }
        var key = fact.Key;
        for (var n = 2; merged.Any(f => f.Key == key); n++) key = $"{fact.Key}#{n}";
        var item = fact with { Key = key, Supporting = [announcementId] };
        merged.Add(item);
        added.Add(item);
    }

    private bool SameFact(EventFact a, EventFact b)
    {
        if (a.Type != b.Type || a.CompanyId != b.CompanyId) return false;
        switch (a.Type)
        {
            case FactType.Capex:
                return a.Capex!.Kind == b.Capex!.Kind && (a.Capex.Kind != CapexKind.Forecast || a.Capex.Scope == b.Capex.Scope) &&
                       SameFigure(a.Capex, b.Capex);
            case FactType.Facility:
                return a.Facility!.FacilityType == b.Facility!.FacilityType &&
                       (a.Facility.CountryCodes.Count == 0 || b.Facility.CountryCodes.Count == 0 ||
                        a.Facility.CountryCodes.Intersect(b.Facility.CountryCodes).Any());
            default:
                var (x, y) = (a.Move!, b.Move!);
                return string.Equals(x.CompanyId ?? x.CompanyName ?? x.IndexName, y.CompanyId ?? y.CompanyName ?? y.IndexName, StringComparison.OrdinalIgnoreCase) &&
                       x.Direction == y.Direction && Math.Abs(x.ChangePct - y.ChangePct) <= 0.15;
        }
    }
}

/// <summary>
/// Words that say a figure changed ("raised its plan", "lifts", "cut", "revised", "scales back"): a word of the RevisionCue
/// class in any of its inflected forms ("shrink" → "shrinks", "shrinking"; "trim" → "trimmed"; "pare" → "pared", "paring"),
/// or a verb followed by its particle (RevisionPhrase: "scales back", "pared down", "tops up") — those verbs alone say
/// nothing ("at scale", "top executives"). One linear pass over the words.
/// </summary>
internal static class RevisionCue
{
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words => EventWords.RevisionCue;

    /// <summary>The phrases' verbs by their particle ("back" → scale, pare, dial, cut).</summary>
    private static readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>>.AlternateLookup<ReadOnlySpan<char>> Phrases =
        EventWords.RevisionPhrase.Select(p => p.Split(' ', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(p => p[0]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
                StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        var previous = (Start: 0, Length: 0);
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (Inflected(word, Words)) return true;
                if (previous.Length > 0 && Phrases.TryGetValue(word, out var verbs) &&
                    Inflected(text.AsSpan(previous.Start, previous.Length), verbs)) return true;
                previous = (start, i - start);
                start = -1;
            }
        }
        return false;
    }

    /// <summary>Longest word read for its base form.</summary>
    private const int MaxWord = 24;

    /// <summary>
    /// The word, or a base form it inflects, is in <paramref name="set"/>: "-s", "-es", "-ed", "-d", "-ing" removed, with a
    /// doubled final consonant undone ("trimmed", "cutting") or a silent "e" restored ("paring" → "pare").
    /// </summary>
    public static bool Inflected(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        if (word.Length < 2 || word.Length > MaxWord) return false;
        if (set.Contains(word)) return true;
        Span<char> buffer = stackalloc char[MaxWord + 1];
        if (word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && set.Contains(word[..^1])) return true;
        if (word.Length > 4 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && set.Contains(word[..^2])) return true;
        ReadOnlySpan<char> stem;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) stem = word[..^2];
        else if (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) stem = word[..^3];
        else return false;
        if (set.Contains(stem)) return true;
        // "trimmed", "cutting": the doubled consonant undone
        if (stem.Length > 2 && char.ToLowerInvariant(stem[^1]) == char.ToLowerInvariant(stem[^2]) && set.Contains(stem[..^1])) return true;
        // "raised", "paring": the silent "e" restored
        stem.CopyTo(buffer);
        buffer[stem.Length] = 'e';
        return set.Contains(buffer[..(stem.Length + 1)]);
    }
}
