#!/usr/bin/env python3
"""Scores `kg read --format json` on Mozilla Readability's test pages (Apache 2.0, see
../shared/data/README.md): word-level precision, recall and F1 of the body against the tag-stripped
expected.html (bag of lower-cased words, multiset overlap), per page and mean; pages keeping under
10% of the expected words; title/author/date agreement with expected-metadata.json where given.
Usage: bench/html_score.py [KG_BINARY] [DATA_DIR] [--floor F]
DATA_DIR defaults to $KG_DATA_DIR/html/readability, else ../shared/data/html/readability beside the
tree. With --floor it exits 1 when the mean F1 is below F, and 77 (skipped, for ctest) when the
pages are absent."""
import collections, html, json, os, re, subprocess, sys, time
from html.parser import HTMLParser

args = sys.argv[1:]
floor = None
if "--floor" in args:
    i = args.index("--floor"); floor = float(args[i + 1]); del args[i:i + 2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data_root = os.environ.get("KG_DATA_DIR") or os.path.join(root, "..", "shared", "data")
kg = args[0] if len(args) > 0 else os.path.join(root, "build", "kg")
data = args[1] if len(args) > 1 else os.path.join(data_root, "html", "readability")
if not os.path.isdir(data):
    print(f"KG-SKIP: needs Mozilla Readability's test pages in {data} (set KG_DATA_DIR)")
    sys.exit(1 if os.environ.get("CI") == "true" else 77)  # in CI nothing is skipped silently

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip: self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def words(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))

def norm(s):
    return " ".join(re.findall(r"\w+", html.unescape(s or "").lower()))

def norm_byline(s):  # kg strips "By"/"Written by"/"Par" from bylines; Readability keeps it
    return re.sub(r"^(written by|posted by|by|par|von|por) ", "", norm(s))

pages = sorted(d for d in os.listdir(data) if os.path.isfile(os.path.join(data, d, "source.html")))
start = time.time()
out = subprocess.run([kg, "read", "--format", "json", data], capture_output=True, text=True).stdout
elapsed = time.time() - start
got = {}
for line in out.splitlines():
    try: rec = json.loads(line)
    except ValueError: continue
    got[os.path.basename(os.path.dirname(rec["source"]))] = rec
f1s, low, agree = [], 0, {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
for page in pages:
    p = Text(); p.feed(open(os.path.join(data, page, "expected.html"), encoding="utf-8").read())
    exp = words(" ".join(p.parts)); rec = got.get(page, {})
    sys_words = words(rec.get("text", ""))
    common = sum((exp & sys_words).values())
    prec = common / max(1, sum(sys_words.values())); rec_ = common / max(1, sum(exp.values()))
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    f1s.append(f1); low += rec_ < 0.10
    meta = json.load(open(os.path.join(data, page, "expected-metadata.json"), encoding="utf-8"))
    for key, mkey in (("title", "title"), ("author", "byline")):
        if meta.get(mkey):
            n = norm_byline if key == "author" else norm
            agree[key][1] += 1; agree[key][0] += n(meta[mkey]) == n(rec.get(key, ""))
    if meta.get("publishedTime"):
        agree["date"][1] += 1
        agree["date"][0] += (rec.get("published", "") or "x")[:10] == meta["publishedTime"][:10]
    print(f"{page:40s} P {prec:.3f} R {rec_:.3f} F1 {f1:.3f}")
n = len(pages)
print(f"pages {n}  mean F1 {sum(f1s)/n:.3f}  pages under 10% recall {low}  "
      f"{n/elapsed:.1f} pages/s")
for key, (ok, total) in agree.items():
    print(f"{key} agreement {ok}/{total} = {ok/max(1,total):.3f}")
if floor is not None and sum(f1s) / n < floor:
    print(f"mean F1 {sum(f1s)/n:.3f} is below the floor {floor}")
    sys.exit(1)
