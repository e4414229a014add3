#!/usr/bin/env python3
"""Self cost per method (and per class) of a callgrind file whose JIT-compiled code callgrind could only name by
address: the addresses are looked up in the runtime's perf map (/tmp/perf-PID.map, written when the process ran with
DOTNET_PerfMapEnabled=1; run.sh sets it).   usage: symbolize.py CALLGRIND_FILE PERF_MAP [TOP]"""
import bisect, collections, re, sys

cg, perfmap = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
ranges = []
for line in open(perfmap, errors="replace"):
    parts = line.rstrip("\n").split(" ", 2)
    if len(parts) == 3:
        ranges.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
ranges.sort()
starts = [r[0] for r in ranges]

def name_of(addr):
    i = bisect.bisect_right(starts, addr) - 1
    if i >= 0 and addr < ranges[i][0] + ranges[i][1]:
        return ranges[i][2]
    return None

names, objs = {}, {}
self_cost = collections.Counter()
fn = None; ob = None; fn_ob = {}
skip_next = False
for line in open(cg, errors="replace"):
    if line.startswith(("fn=", "ob=", "cfn=", "cob=", "calls=")):
        key, _, rest = line.rstrip("\n").partition("=")
        m = re.match(r"\((\d+)\)(?: (.*))?", rest)
        table = names if key in ("fn", "cfn") else objs if key in ("ob", "cob") else None
        if key == "calls":
            skip_next = True; continue
        if m:
            ident, label = m.group(1), m.group(2)
            if label is not None: table[ident] = label
            label = table.get(ident, ident)
        else:
            label = rest
        if key == "fn": fn = label; fn_ob[fn] = ob
        elif key == "ob": ob = label
        continue
    if line[:1].isdigit() or line[:1] in "+-*":
        if skip_next: skip_next = False; continue
        parts = line.split()
        if len(parts) >= 2 and fn is not None:
            self_cost[fn] += int(parts[1])

total = sum(self_cost.values())
by_method = collections.Counter(); by_class = collections.Counter()
for f, c in self_cost.items():
    label = None
    if re.fullmatch(r"0x[0-9a-fA-F]+", f):
        label = name_of(int(f, 16))
    if label is None:
        label = f"{f} [{fn_ob.get(f) or '?'}]" if not re.fullmatch(r"0x[0-9a-fA-F]+", f) else f"(unmapped) [{fn_ob.get(f) or '?'}]"
    label = re.sub(r"\[(Optimized|OptimizedTier1|Tier0|Instrumented|PreJIT)[^\]]*\]$", "", label).strip()
    by_method[label] += c
    m = re.search(r"\] ([\w.`+]+(?:\[[^\]]*\])?)::", label) or re.search(r"([\w.`+]+)::", label)
    by_class[m.group(1) if m else label.split("(")[0][:80]] += c
print(f"total {total:,} instructions")
print("-- by method (self)")
for k, v in by_method.most_common(top): print(f"{v / total * 100:6.2f}% {v:>13,}  {k[:170]}")
print("-- by class (self)")
for k, v in by_class.most_common(top): print(f"{v / total * 100:6.2f}% {v:>13,}  {k[:150]}")
