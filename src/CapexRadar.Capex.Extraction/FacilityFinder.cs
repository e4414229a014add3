using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Facility plans: a build verb ("establish", "build", "open", "set up", "under construction") governing a facility noun
/// ("data centres", "cloud region", "campus", "fab"), with the countries named after the verb and a timeframe.
/// Places named before the verb ("already offers services in the US") are existing footprint, not the plan.
/// </summary>
internal sealed class FacilityFinder(DocumentIndex doc, CapexRun run)
{
    private static readonly HashSet<string> PlanVerbs =
    [
        "establish", "establishing", "build", "builds", "building", "built", "open", "opens", "opening", "launch", "launches", "launching",
        "construct", "constructing", "constructed", "develop", "developing", "add", "adds", "adding", "create", "creating", "preparing",
        "prepare", "deploy", "deploying", "expand", "expanding", "convert", "set", "setting", "planned", "planning",
    ];

    private static readonly HashSet<string> ExistingCues = ["already", "operates", "operating", "runs", "offers", "existing", "currently"];

    private string W(int t) => doc.W(t);

    public IReadOnlyList<FacilityPlan> Find()
    {
        var plans = new List<FacilityPlan>();
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var range = doc.Sentences[s];
            var firstOfSentence = plans.Count;
            for (var k = range.Start; k < range.End; k++)
            {
                var (type, end) = FacilityAt(k);
                if (type is null) continue;
                var verb = PlanVerbFor(k, end, range);
                if (verb < 0) { k = end - 1; continue; }
                var from = Math.Min(verb, k);
                var clauseEnd = ClauseEnd(end, range.End);
                var countries = new List<string>();
                for (var p = from; p < clauseEnd; p++)
                {
                    var loc = doc.LocationAt(p);
                    if (loc is null) continue;
                    p = loc.Tokens.End - 1;
                    if (W(loc.Tokens.End) == "-" && W(loc.Tokens.End + 1) == "based") continue;
                    if (W(loc.Tokens.Start - 1) is "from") continue;
                    var cc = loc.Location.CountryCode;
                    if (!string.IsNullOrEmpty(cc) && !countries.Contains(cc)) countries.Add(cc);
                }
                if (countries.Count == 0) { k = end - 1; continue; }
                var company = CompanyFor(Math.Min(verb, k), range.Start, s);
                var timeframe = TimeframeFor(from, clauseEnd);
                var existing = SamePlan(plans, firstOfSentence, type, company?.CompanyId);
                if (existing >= 0)
                {
                    var merged = plans[existing].CountryCodes.Concat(countries).Distinct().ToList();
                    plans[existing] = plans[existing] with { CountryCodes = merged, Timeframe = plans[existing].Timeframe ?? timeframe };
                }
                else
                {
                    plans.Add(new FacilityPlan(company?.CompanyId, company?.Name, type, countries, timeframe, doc.SentenceSpans[s]));
                }
                k = clauseEnd - 1;
            }
        }
        return plans;
    }

    /// <summary>The plan of this sentence (from <paramref name="first"/>) with the same facility type and company, or -1.
    /// A loop, not <c>FindIndex</c> with a lambda: a lambda capturing the loop's locals made the compiler allocate its
    /// closure once per token of the text.</summary>
    private static int SamePlan(List<FacilityPlan> plans, int first, string type, string? companyId)
    {
        for (var p = first; p < plans.Count; p++)
            if (plans[p].FacilityType == type && plans[p].CompanyId == companyId) return p;
        return -1;
    }

    private (string? Type, int End) FacilityAt(int k)
    {
        var w = W(k);
        if (w == "data")
        {
            var j = k + 1;
            if (W(j) == "-") j++;
            if (W(j) is "centre" or "centres" or "center" or "centers")
            {
                if (W(j + 1) is "region" or "regions") return ("cloud region", j + 2);
                if (W(j + 1) is "campus" or "campuses") return ("data centre campus", j + 2);
                return ("data centre", j + 1);
            }
            return (null, k + 1);
        }
        return w switch
        {
            "datacenter" or "datacenters" or "datacentre" or "datacentres" => ("data centre", k + 1),
            "region" or "regions" when W(k - 1) == "cloud" => ("cloud region", k + 1),
            "campus" or "campuses" => ("campus", k + 1),
            "fab" or "fabs" => ("fab", k + 1),
            "plant" or "plants" when W(k - 1) is not ("power" or "nuclear" or "coal") => ("plant", k + 1),
            "factory" or "factories" or "gigafactory" => ("factory", k + 1),
            "supercomputer" or "supercomputers" => ("supercomputer", k + 1),
            "hub" or "hubs" when W(k - 1) is "ai" or "data" or "compute" or "computing" => ("AI hub", k + 1),
            "facility" or "facilities" => ("facility", k + 1),
            "cluster" or "clusters" when W(k - 1) is "ai" or "computing" or "gpu" or "compute" => ("cluster", k + 1),
            _ => (null, k + 1),
        };
    }

    /// <summary>A plan verb governing the facility: before it in the clause ("set to establish its first data centers"), or after it
    /// ("will be built", "are under construction", "would come online").</summary>
    private int PlanVerbFor(int noun, int end, TokenRange sentence)
    {
        for (var p = noun - 1; p >= Math.Max(sentence.Start, noun - 10); p--)
        {
            var w = W(p);
            if (w is ";" || doc.QuantityAtToken(p) is { Quantity.Kind: QuantityKind.Money }) break;
            if (ExistingCues.Contains(w)) return -1;
            if (w == "up" && W(p - 1) is "set" or "setting") return p - 1;
            if (w == "set" && W(p + 1) == "to") continue; // "is set to establish"
            if (PlanVerbs.Contains(w) && w is not ("set" or "setting")) return p;
            if (w is "for" or "of" or "to" or "with" or "from" or "near" or "beside") return -1; // "equipment for AI data centres"
        }
        for (var p = end; p < Math.Min(sentence.End, end + 8); p++)
        {
            var w = W(p);
            if (w is ";") break;
            if (w == "construction" && W(p - 1) == "under") return p;
            if (w == "online" && W(p - 1) is "come" or "comes" or "coming") return p;
            if (w is "built" or "constructed" or "developed" or "opened" or "planned" && W(p - 1) is "be" or "been" or "is" or "are") return p;
        }
        return -1;
    }

    private int ClauseEnd(int t, int sentenceEnd)
    {
        for (var p = t; p < Math.Min(sentenceEnd, t + 40); p++)
            if (W(p) is ";" or "while" or "whereas" || (W(p) == "but" && W(p - 1) == ",")) return p;
        return Math.Min(sentenceEnd, t + 40);
    }

    private OrganizationEntity? CompanyFor(int at, int sentenceStart, int sentence)
    {
        for (var p = at - 1; p >= Math.Max(sentenceStart, at - 45); p--)
        {
            var org = doc.OrgAt(p);
            if (org is not null)
            {
                if (!IsPrepositional(org)) return org.Org;
                p = org.Tokens.Start;
                continue;
            }
            var w = W(p);
            if (w is "it" or "its" or "they" or "their" && !doc.T[p].AllCaps || (CapexLexicon.CompanyNouns.Contains(w) && W(p - 1) is "the" or "a" or "its"))
                return run.ResolvePronoun(p, sentenceStart, sentence);
        }
        return run.ResolvePronoun(at, sentenceStart, sentence);
    }

    private bool IsPrepositional(OrgMention m)
    {
        var p = m.Tokens.Start - 1;
        if (W(p) == "the") p--;
        return p >= 0 && W(p) is "with" or "by" or "of" or "from" or "for" or "to" or "at" or "as" or "like" or "including";
    }

    private string? TimeframeFor(int from, int clauseEnd)
    {
        foreach (var q in doc.QuantitiesIn(from, clauseEnd))
        {
            if (q.Quantity.Kind is not (QuantityKind.Duration or QuantityKind.Period) || q.Quantity.Period is { Annual: true }) continue;
            if (q.Tokens.Start >= from && q.Tokens.End <= clauseEnd) return q.Quantity.Text;
        }
        // "next year" without a preposition is read as a period too; plain "immediately"/"soon" are left out
        return null;
    }
}
