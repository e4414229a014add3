#!/usr/bin/env python3
"""Validate src/CapexRadar.Entities.Extraction/Data/{companies,places}.json against the dev gold labels.

usage: tools/validate-kb.py [GOLD.jsonl]   (default /work/shared/corpus/dev/gold.jsonl)
Checks JSON validity, schema, unique ids, parents, tags, MICs; every gold organisation is found by name/alias
(scorer normalisation: ascii lowercase, legal suffixes dropped, token-subset match) and carries the gold
ticker through a listing; every gold location name resolves to its country.
"""
import json, os, re, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "CapexRadar.Entities.Extraction", "Data")
GOLD = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/dev/gold.jsonl"
LEGAL = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "holding", "holdings",
         "group", "sa", "ag", "nv", "se", "llc", "lp", "the", "kk", "spa", "ab", "asa", "bhd", "tbk", "pte", "oyj"}
SUFFIX = {"XHKG": ".HK", "XSHG": ".SS", "XSHE": ".SZ", "XTKS": ".T", "XKRX": ".KS", "XKOS": ".KQ", "XNSE": ".NS",
          "XBOM": ".BO", "XAMS": ".AS", "XPAR": ".PA", "XETR": ".DE", "XFRA": ".F", "XLON": ".L", "XTAI": ".TW",
          "ROCO": ".TWO", "XSWX": ".SW", "XSTO": ".ST", "XASX": ".AX", "XTSE": ".TO", "XSES": ".SI", "XSAU": ".SR",
          "XADS": ".AD", "XDFM": ".DU", "XMIL": ".MI", "XMAD": ".MC", "XHEL": ".HE", "XCSE": ".CO", "XOSL": ".OL",
          "XBRU": ".BR", "XTAE": ".TA", "XNYS": "", "XNAS": "", "OTCM": ""}
TAGS = set("hyperscaler cloud internet software ai_lab chipmaker chip_designer foundry memory equipment materials server "
           "optical networking power utility cooling datacenter telecom investor sovereign_fund bank broker "
           "conglomerate automaker electronics index_provider".split())
KINDS = {"country", "city", "region", "venue"}


def norm(name):
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return " ".join(t for t in re.sub(r"[^a-z0-9]+", " ", s).split() if t not in LEGAL)


def same(a, b):
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    ta, tb = set(na.split()), set(nb.split())
    return na == nb or ta <= tb or tb <= ta


def main():
    errors = []
    companies = json.load(open(os.path.join(ROOT, "companies.json"), encoding="utf-8"))
    places = json.load(open(os.path.join(ROOT, "places.json"), encoding="utf-8"))
    ids = [c["id"] for c in companies]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        errors.append(f"duplicate ids: {sorted(dup)}")
    for c in companies:
        for key in ("id", "name", "aliases", "country", "listings", "tags"):
            if key not in c:
                errors.append(f"{c.get('id')}: missing {key}")
        if c.get("parent") and c["parent"] not in ids:
            errors.append(f"{c['id']}: unknown parent {c['parent']}")
        for t in c.get("tags", []):
            if t not in TAGS:
                errors.append(f"{c['id']}: unknown tag {t}")
        for l in c.get("listings", []):
            if l.get("mic") not in SUFFIX:
                errors.append(f"{c['id']}: unknown mic {l.get('mic')}")
        if not re.fullmatch(r"[A-Z]{2}", c.get("country", "")):
            errors.append(f"{c['id']}: bad country")
    for p in places:
        if p.get("kind") not in KINDS or not re.fullmatch(r"[A-Z]{2}", p.get("country", "")):
            errors.append(f"place {p.get('name')}: bad kind/country")

    def names(c):
        return [c["name"]] + c.get("aliases", []) + c.get("case_sensitive_aliases", [])

    def tickers(c):
        out = set()
        for l in c["listings"]:
            out.add(l["symbol"].upper()); out.add(l["symbol"].upper() + SUFFIX.get(l["mic"], "?"))
        return out

    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    orgs, locs = {}, {}
    for g in gold:
        for o in g["organizations"]:
            orgs.setdefault(o["name"], o)
        for l in g["locations"]:
            locs[l["name"]] = l["country"]
    ok_org = 0
    for gname, o in orgs.items():
        gnames = [gname] + list(o.get("aliases") or [])
        # exact alias hit first, then normalised, then token-subset
        hit = [c for c in companies if any(n.lower() == g.lower() for n in names(c) for g in gnames)]
        if not hit:
            hit = [c for c in companies if any(norm(n) == norm(g) for n in names(c) for g in gnames)]
        if not hit:
            hit = [c for c in companies if any(same(n, g) for n in names(c) for g in gnames)]
        if not hit:
            errors.append(f"gold org not found: {gname}"); continue
        c = hit[0]
        if not any(same(c["name"], g) for g in gnames):
            errors.append(f"gold org {gname}: canonical name '{c['name']}' would not match the scorer")
            continue
        wanted = {t.upper() for t in [o.get("ticker")] + list(o.get("alt_tickers") or []) if t}
        if wanted and not (wanted & tickers(c)):
            errors.append(f"gold org {gname}: ticker {sorted(wanted)} not among {sorted(tickers(c))}"); continue
        if not wanted and c["listings"]:
            errors.append(f"gold org {gname}: unlisted in gold but KB has {c['listings']}"); continue
        ok_org += 1
    ok_loc = 0
    index = {}
    for p in places:
        for n in [p["name"]] + p.get("aliases", []) + p.get("case_sensitive_aliases", []):
            index.setdefault(n.lower(), set()).add(p["country"])
    for name, cc in locs.items():
        got = index.get(name.lower())
        if not got:
            errors.append(f"gold location not found: {name}")
        elif got != {cc}:
            errors.append(f"gold location {name}: {sorted(got)} != {cc}")
        else:
            ok_loc += 1
    kinds = {k: sum(1 for p in places if p["kind"] == k) for k in sorted(KINDS)}
    print(f"companies: {len(companies)} ({sum(1 for c in companies if c['listings'])} listed, "
          f"{sum(len(c['listings']) for c in companies)} listings)")
    print(f"places: {len(places)} {kinds}")
    print(f"gold organisations ok: {ok_org}/{len(orgs)}; gold locations ok: {ok_loc}/{len(locs)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
