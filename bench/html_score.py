#!/usr/bin/env python3
"""Scores `kg read --format json` on Mozilla Readability's test pages (Apache 2.0, see
../shared/data/README.md): word-level precision, recall and F1 of the body against the tag-stripped
expected.html (bag of lower-cased words, multiset overlap), per page and mean; pages keeping under
10% of the expected words; title/author/date agreement with expected-metadata.json where given.
Readability's byline is the raw text of the byline element it found ("By NAME\n  March 25, 2015"),
so authors are compared twice: as written (only "By" stripped) and by names (byline_names: the
first line, cut before a date or an "Updated"/"Edited by" tail; a byline that is only a date
stamp names nobody and is not counted). --verbose prints each disagreement.
Usage: bench/html_score.py [KG_BINARY] [DATA_DIR] [--floor F] [--title-floor T]
       [--author-floor A] [--verbose]
DATA_DIR defaults to $KG_DATA_DIR/html/readability, else ../shared/data/html/readability beside the
tree. With --floor it exits 1 when the mean F1 is below F (the title and author floors likewise
for their agreement; the author floor is on names), and 77 (skipped, for ctest) when the
pages are absent."""
import collections, html, json, os, re, subprocess, sys, time
from html.parser import HTMLParser

args = sys.argv[1:]
floor = None
verbose = "--verbose" in args
if verbose: args.remove("--verbose")
meta_floors = {}
for flag, key in (("--title-floor", "title"), ("--author-floor", "author names")):
    if flag in args:
        i = args.index(flag); meta_floors[key] = float(args[i + 1]); del args[i:i + 2]
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

MONTH = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
         r"june|july|august|september|october|november|december)")

def byline_names(s):
    """The names of Readability's byline, which is the raw text of the byline element: its first
    line without "By", cut before a date, an "Updated"/"Edited by" tail; empty when it names
    nobody (a bare date stamp)."""
    text = re.sub(r"^\s*(written by|posted by|by|par|von|por)\b", "", html.unescape(s or ""),
                  flags=re.I).strip()
    text = text.split("\n")[0]
    text = re.split(r"\d|\b(?:last )?updated\b|\bedited by\b|\b" + MONTH + r"\.? +\d", text,
                    flags=re.I)[0]
    return norm_byline(text)

pages = sorted(d for d in os.listdir(data) if os.path.isfile(os.path.join(data, d, "source.html")))
start = time.time()
out = subprocess.run([kg, "read", "--format", "json", data], capture_output=True, text=True).stdout
elapsed = time.time() - start
got = {}
for line in out.splitlines():
    try: rec = json.loads(line)
    except ValueError: continue
    got[os.path.basename(os.path.dirname(rec["source"]))] = rec
f1s, low = [], 0
agree = {"title": [0, 0], "author": [0, 0], "author names": [0, 0], "date": [0, 0]}
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
            same = n(meta[mkey]) == n(rec.get(key, ""))
            agree[key][1] += 1; agree[key][0] += same
            if verbose and not same:
                print(f"  {page}: {key} expected {meta[mkey]!r}, got {rec.get(key, '')!r}")
    if byline_names(meta.get("byline")):
        same = byline_names(meta["byline"]) == norm_byline(rec.get("author", ""))
        agree["author names"][1] += 1; agree["author names"][0] += same
        if verbose and not same:
            print(f"  {page}: author names expected {byline_names(meta['byline'])!r}, "
                  f"got {norm_byline(rec.get('author', ''))!r}")
    if meta.get("publishedTime"):
        agree["date"][1] += 1
        same = (rec.get("published", "") or "x")[:10] == meta["publishedTime"][:10]
        agree["date"][0] += same
        if verbose and not same:
            print(f"  {page}: date expected {meta['publishedTime']!r}, got {rec.get('published')!r}")
    print(f"{page:40s} P {prec:.3f} R {rec_:.3f} F1 {f1:.3f}")
n = len(pages)
print(f"pages {n}  mean F1 {sum(f1s)/n:.3f}  pages under 10% recall {low}  "
      f"{n/elapsed:.1f} pages/s")
for key, (ok, total) in agree.items():
    print(f"{key} agreement {ok}/{total} = {ok/max(1,total):.3f}")
failed = False
if floor is not None and sum(f1s) / n < floor:
    print(f"mean F1 {sum(f1s)/n:.3f} is below the floor {floor}")
    failed = True
for key, bar in meta_floors.items():
    ok, total = agree[key]
    if ok / max(1, total) < bar:
        print(f"{key} agreement {ok/max(1,total):.3f} is below the floor {bar}")
        failed = True
sys.exit(1 if failed else 0)
