#!/usr/bin/env python3
"""Score Open IE extractions on the CaRB benchmark (Python 3 standard library only).

Usage:
  carb_score.py --gold GOLD.tsv SYSTEM [--format tab|openie4|clausie] [--out CURVE.dat]
                [--binary] [--ignore-case] [--ignore-stopwords] [--json]

Implements the matching and metrics of CaRB (Bhardwaj, Aggarwal and Mausam, 2019, "CaRB: A
Crowdsourced Benchmark for Open IE", EMNLP-IJCNLP; reference scorer carb.py / matcher.py in
dair-iitd/CaRB), written anew from its published rules:

* Sentences are keyed by their text with spaces and punctuation removed (PTB bracket escapes
  undone first), for gold and system alike.
* Each (gold tuple, system tuple) pair gets a token-level score [precision, recall] from CaRB's
  default matcher ("binary lenient tuple match"): arguments after the first are joined into one
  (n-ary tuples are kept, not split, unless --binary); relation words are matched as a multiset
  (a predicted "be" also matches any form of "be" in the gold relation); a pair whose relations
  share no word, or where the system lacks a first or second argument the gold has, scores 0;
  precision = matched words / system words, recall = matched words / gold words, summed over
  relation and arguments.  When the gold relation contains a "said"-type verb (said, told, added,
  adds, says) the system tuple is also tried with its arguments swapped and the better score is
  kept.
* Recall of a sentence at a confidence threshold: each gold tuple takes its best recall over all
  system tuples at or above the threshold (many-to-one).  Precision: system and gold tuples are
  paired one-to-one greedily, highest precision first, and the precisions of the pairs are summed
  over the number of system tuples above the threshold.
* Every distinct system confidence is a threshold.  P and R are micro-averaged over the gold
  sentences (a sentence with no system tuple counts its gold tuples in R's denominator; system
  tuples of sentences absent from the gold are ignored); P is 1 where no tuple passes.  F1 is
  reported at the threshold with the best F1, and AUC is the trapezoidal area under the PR curve
  with the point (R=0, P=1) added, as CaRB does.
* CaRB passes ignoreCase/ignoreStopwords to its matchers, but the default matcher does not use
  them: words are compared as they are, case and stop words included.  --ignore-case and
  --ignore-stopwords (NLTK's English list plus punctuation) turn them on; the published figures
  are obtained without them.

Input formats:
  tab      sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...   (CaRB's "tabbed" format)
  openie4  OpenIE-4 native output: confidence, context, Arg(text,List(..)), Relation(..), Arg(..),
           sentence
  clausie  ClausIE native output: a sentence line, then id<TAB>"arg1"<TAB>"rel"<TAB>"arg2"<TAB>score
           lines; scores are rescaled to (0, 1) as CaRB does (order-preserving)
Gold: sentence<TAB>relation<TAB>arg1<TAB>arg2... (CaRB's gold/dev.tsv and gold/test.tsv).
  Gold arguments that start with "C:" (context: "C: analysts said") are dropped, as the CaRB
  revision that wrote the published curves (carb/curves/*.dat) does; with that rule this scorer
  reproduces the stored OpenIE-4 and ClausIE curves point for point.  "T:" and "L:" arguments are
  kept with their prefix.  --keep-context keeps the "C:" arguments too (the master GoldReader).
"""
import argparse
import json
import string
import sys

PTB_ESCAPES = [("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"),
               ("{", "-LCB-"), ("}", "-RCB-")]
PUNCT = set(string.punctuation)
FORMS_OF_BE = ["be", "is", "am", "are", "was", "were", "been", "being"]
SAID_VERBS = ["said", "told", "added", "adds", "says"]
PREPS = ["above", "across", "against", "along", "among", "around", "at", "before", "behind",
         "below", "beneath", "beside", "between", "by", "for", "from", "in", "into", "near", "of",
         "off", "on", "to", "toward", "under", "upon", "with", "within"]
# NLTK's English stop-word list (used only with --ignore-stopwords).
STOPWORDS = set("""i me my myself we our ours ourselves you you're you've you'll you'd your yours
yourself yourselves he him his himself she she's her hers herself it it's its itself they them their
theirs themselves what which who whom this that that'll these those am is are was were be been being
have has had having do does did doing a an the and but if or because as until while of at by for
with about against between into through during before after above below to from up down in out on
off over under again further then once here there when where why how all any both each few more
most other some such no nor not only own same so than too very s t can will just don don't should
should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't
hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn needn't shan shan't
shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't""".split()) | PUNCT


class Tuple:
    """One extraction: relation phrase, argument phrases and a confidence."""
    __slots__ = ("rel", "args", "conf")

    def __init__(self, rel, args, conf=1.0):
        self.rel, self.args, self.conf = rel, list(args), conf


def sentence_key(text):
    text = text.replace(" ", "")
    for raw, escaped in PTB_ESCAPES:
        text = text.replace(escaped, raw)
    return "".join(ch for ch in text if ch not in PUNCT)


def by_key(sentences):
    """Re-key {sentence: tuples} by normalised sentence; a later sentence with the same key
    replaces an earlier one (as CaRB's dict rebuild does)."""
    return {sentence_key(s): tuples for s, tuples in sentences.items()}


# ---------------------------------------------------------------------------------- readers

def read_gold(path, keep_context=False):
    gold = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.strip().split("\t")
            if len(fields) < 2:
                continue
            text, rel = fields[0].strip(), fields[1].strip()
            args = [a.strip() for a in fields[2:]]
            if not keep_context:
                args = [a for a in args if not a.startswith("C:")]
            gold.setdefault(text, []).append(Tuple(rel, args))
    return gold


def read_tab(path):
    system = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            fields = line.strip().split("\t")
            text, conf, rel = fields[:3]
            system.setdefault(text, []).append(Tuple(rel, fields[3:], float(conf)))
    return system


def _openie4_text(field):
    return field[field.index("(") + 1:field.index(",List(")]


def read_openie4(path):
    system = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.strip().split("\t")
            if len(fields) < 6 or not all(fields[2:5]):
                continue
            arg1, rel, arg2 = (_openie4_text(x) for x in fields[2:5])
            system.setdefault(fields[5], []).append(Tuple(rel, [arg1, arg2], float(fields[0])))
    return system


def read_clausie(path):
    system = {}
    text = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.strip().split("\t")
            if len(fields) == 1:
                text = fields[0]
            elif len(fields) == 5:
                arg1, rel, arg2 = (x[1:-1] for x in fields[1:4])
                system.setdefault(text, []).append(Tuple(rel, [arg1, arg2], float(fields[4])))
    confs = [t.conf for tuples in system.values() for t in tuples]
    if confs:
        eps = 1e-3
        low, denom = min(confs), max(confs) - min(confs) + 2 * eps
        for tuples in system.values():
            for t in tuples:
                t.conf = ((t.conf - low) + eps) / denom
    return system


READERS = {"tab": read_tab, "openie4": read_openie4, "clausie": read_clausie}


def binarize(sentences):
    """--binary: (a1, r, a2, a3...) -> (a1, r, a2) plus (a1, r a2 [prep], a3...) per extra arg."""
    out = {}
    for s, tuples in sentences.items():
        res = out.setdefault(s, [])
        for t in tuples:
            res.append(Tuple(t.rel, t.args[:2], t.conf))
            for arg in t.args[2:]:
                rel = t.rel + " " + t.args[1]
                words = arg.split()
                if words and words[0].lower() in PREPS:
                    rel += " " + words[0]
                    words = words[1:]
                res.append(Tuple(rel, [t.args[0], " ".join(words)], t.conf))
    return out


# ---------------------------------------------------------------------------------- matching

class Matcher:
    def __init__(self, ignore_case=False, ignore_stopwords=False):
        self.ignore_case = ignore_case
        self.ignore_stopwords = ignore_stopwords

    def words(self, text):
        if self.ignore_case:
            text = text.lower()
        ws = text.split()
        if self.ignore_stopwords:
            ws = [w for w in ws if w.lower() not in STOPWORDS]
        return ws

    @staticmethod
    def _count(gold_words, pred_words):
        """Multiset overlap; consumes matched words from pred_words."""
        n = 0
        for w in gold_words:
            if w in pred_words:
                n += 1
                pred_words.remove(w)
        return n

    def lenient(self, gold_rel, gold_args, rel, args):
        pred_words = self.words(rel)
        gold_words = self.words(gold_rel)
        p_num, p_den = 0, len(pred_words)
        r_num, r_den = 0, len(gold_words)
        n = self._count(gold_words, pred_words)
        if "be" in pred_words:
            for form in FORMS_OF_BE:
                if form in gold_words:
                    n += 1
                    pred_words.remove("be")
                    break
        if n == 0:
            return (0.0, 0.0)
        p_num += n
        r_num += n
        for i, garg in enumerate(gold_args):
            gold_words = self.words(garg)
            r_den += len(gold_words)
            if len(args) <= i:
                if i < 2:
                    return (0.0, 0.0)
                continue
            pred_words = self.words(args[i])
            p_den += len(pred_words)
            n = self._count(gold_words, pred_words)
            p_num += n
            r_num += n
        return (p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)

    def score(self, gold, pred):
        """CaRB's default pair score: arguments 2..n joined into one on both sides."""
        gargs = [gold.args[0], " ".join(gold.args[1:])] if len(gold.args) >= 2 else gold.args
        pargs = [pred.args[0], " ".join(pred.args[1:])] if len(pred.args) >= 2 else pred.args
        straight = self.lenient(gold.rel, gargs, pred.rel, pargs)
        if not any(v in gold.rel for v in SAID_VERBS):
            return straight
        swapped = [" ".join(pred.args[1:]), pred.args[0]] if len(pred.args) >= 2 else pred.args
        return max(straight, self.lenient(gold.rel, gargs, pred.rel, swapped))


# ---------------------------------------------------------------------------------- scoring

def greedy_precision(scores, cols):
    """One-to-one pairing of gold rows and system columns, best precision first; sum of the
    precisions of the pairs.  Ties go to the first pair in (gold, system) order."""
    rows_left = list(range(len(scores)))
    cols_left = list(cols)
    total = 0.0
    for _ in range(min(len(rows_left), len(cols_left))):
        best, bi, bj = -1.0, -1, -1
        for i in rows_left:
            row = scores[i]
            for j in cols_left:
                if row[j][0] > best:
                    best, bi, bj = row[j][0], i, j
        total += best
        rows_left.remove(bi)
        cols_left.remove(bj)
    return total


def evaluate(gold, system, matcher):
    thresholds = sorted({t.conf for tuples in system.values() for t in tuples})
    index = {c: k for k, c in enumerate(thresholds)}
    n = len(thresholds)
    p = [0.0] * n
    pl = [0] * n
    r = [0.0] * n
    rl = [0] * n
    for key, gtuples in gold.items():
        ptuples = system.get(key, [])
        scores = [[matcher.score(g, e) for e in ptuples] for g in gtuples]
        prev = 0
        for conf in sorted(t.conf for t in ptuples):
            c = index[conf]
            if c + 1 <= prev:
                continue  # same confidence as the previous tuple: already counted
            cols = [j for j, e in enumerate(ptuples) if e.conf >= conf]
            rec = sum(max((row[j][1] for j in cols), default=0) for row in scores)
            prec = greedy_precision(scores, cols)
            for k in range(prev, c + 1):
                p[k] += prec
                pl[k] += len(cols)
                r[k] += rec
                rl[k] += len(scores)
            prev = c + 1
        for k in range(prev, n):
            rl[k] += len(scores)
    precision = [a / b if b > 0 else 1.0 for a, b in zip(p, pl)]
    recall = [a / b if b > 0 else 0.0 for a, b in zip(r, rl)]
    f1s = [2 * a * b / (a + b) if a + b > 0 else 0.0 for a, b in zip(precision, recall)]
    if f1s:
        best = max(range(n), key=lambda k: (f1s[k], -k))
        optimal = (precision[best], recall[best], f1s[best], thresholds[best])
    else:
        optimal = (0.0, 0.0, 0.0, None)
    return {"thresholds": thresholds, "precision": precision, "recall": recall,
            "optimal": optimal, "auc": pr_auc(recall + [0.0], precision + [1.0]) if f1s else 0.0}


def pr_auc(x, y):
    """Trapezoidal area under y(x) for a monotonic x (as sklearn.metrics.auc)."""
    dx = [b - a for a, b in zip(x, x[1:])]
    if any(d < 0 for d in dx):
        if not all(d <= 0 for d in dx):
            raise ValueError("recall is not monotonic over the thresholds")
        sign = -1.0
    else:
        sign = 1.0
    return sign * sum(d * (y[k] + y[k + 1]) / 2 for k, d in enumerate(dx))


def write_curve(path, result):
    rows = sorted(zip(result["precision"], result["recall"], result["thresholds"]),
                  key=lambda row: row[1])
    with open(path, "w", encoding="utf-8") as f:
        f.write("Precision\tRecall\tConfidence\n")
        for prec, rec, conf in rows:
            f.write(f"{prec}\t{rec}\t{conf}\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description="CaRB scorer for Open IE output (standard library only).")
    ap.add_argument("system", help="system output file")
    ap.add_argument("--gold", required=True, help="CaRB gold tsv (gold/dev.tsv or gold/test.tsv)")
    ap.add_argument("--format", choices=sorted(READERS), default="tab", help="system output format")
    ap.add_argument("--out", help="write the precision-recall curve here (CaRB's .dat layout)")
    ap.add_argument("--binary", action="store_true", help="binarize gold and system tuples first")
    ap.add_argument("--ignore-case", action="store_true", help="lowercase words before matching")
    ap.add_argument("--ignore-stopwords", action="store_true", help="drop stop words before matching")
    ap.add_argument("--keep-context", action="store_true",
                    help='keep gold "C:" context arguments (changes the figures)')
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    try:
        gold = read_gold(args.gold, args.keep_context)
        system = READERS[args.format](args.system)
    except (OSError, ValueError, IndexError) as err:
        print(f"carb_score: cannot read input: {err}", file=sys.stderr)
        return 1
    gold, system = by_key(gold), by_key(system)
    if args.binary:
        gold, system = binarize(gold), binarize(system)
    result = evaluate(gold, system, Matcher(args.ignore_case, args.ignore_stopwords))
    if args.out:
        write_curve(args.out, result)
    prec, rec, f1, conf = result["optimal"]
    n_sys = sum(len(v) for k, v in system.items() if k in gold)
    figures = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
               "auc": round(result["auc"], 3), "threshold": conf,
               "gold_sentences": len(gold), "gold_tuples": sum(len(v) for v in gold.values()),
               "system_tuples_scored": n_sys}
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"P={prec:.3f} R={rec:.3f} F1={f1:.3f} AUC={result['auc']:.3f} "
              f"(best-F1 threshold {conf}; {figures['gold_sentences']} sentences, "
              f"{figures['gold_tuples']} gold tuples, {n_sys} system tuples scored)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
