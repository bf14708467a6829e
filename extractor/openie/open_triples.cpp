#include "extractor/openie/open_triples.h"

#include <algorithm>
#include <string_view>

#include "extractor/core/dependency_tree.h"

namespace kg {

const char* to_string(OpenArgRole role) {
  switch (role) {
    case OpenArgRole::Subject:
      return "subject";
    case OpenArgRole::Object:
      return "object";
    case OpenArgRole::Context:
      return "context";
    case OpenArgRole::Time:
      return "time";
    case OpenArgRole::Location:
      return "location";
  }
  return "object";
}

namespace {

// Children cut from an argument phrase.
enum Cut : unsigned {
  kCutRelcl = 1,    // relative clauses ("a footballer [who plays ...]")
  kCutAppos = 2,    // appositions
  kCutConj = 4,     // conjuncts and their coordinators (the phrase of one conjunct)
  kCutCase = 8,     // the nominal's own preposition
  kCutClause = 16,  // adverbial clauses, parataxis and loose dependents of a predicate
};

bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_negation(const DependencyTree& tree, uint32_t t) {
  return tree.base(t) == "advmod" && in_list(tree.lemma(t), {"not", "n't", "never"});
}

bool is_relative_pronoun(const Token& t) {
  if (t.xpos == "WDT" || t.xpos == "WP" || t.xpos == "WP$") return true;
  std::string_view f = t.form;
  return f == "that" || f == "which" || f == "who" || f == "whom" || f == "That" || f == "Which" ||
         f == "Who";
}

bool is_month(std::string_view w) {
  return in_list(
      w, {"january",   "february", "march",    "april",    "may",   "june", "july", "august",
          "september", "october",  "november", "december", "jan.",  "feb.", "mar.", "apr.",
          "jun.",      "jul.",     "aug.",     "sep.",     "sept.", "oct.", "nov.", "dec."});
}

class SentenceExtractor {
 public:
  SentenceExtractor(const DependencyTree& tree, uint32_t index, std::vector<OpenTriple>& out)
      : tree_(tree), doc_(tree.doc()), sentence_(doc_.sentences[index]), index_(index), out_(out) {}

  void run() {
    first_out_ = out_.size();
    for (uint32_t p = sentence_.first_token; p < sentence_.end_token; ++p) {
      if (!tree_.children(p, "cop").empty())
        copular(p);
      else if (is_predicate(p))
        verbal(p);
      for (uint32_t a : tree_.children(p, "appos")) apposition(p, a);
    }
  }

 private:
  const Token& tok(uint32_t t) const { return doc_.tokens[t]; }
  bool prel_is(uint32_t t, std::string_view rel) const { return tree_.base(t) == rel; }
  bool is_noun(uint32_t t) const {
    const std::string& u = tok(t).upos;
    return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM";
  }

  bool is_predicate(uint32_t p) const {
    const Token& t = tok(p);
    std::string_view rel = tree_.base(p);
    if (t.upos == "VERB") {
      // Adjectival participles and verbs inside names are not clauses; a controlled verb is
      // folded into its governor's relation ("wants to buy").
      if (rel == "amod" || rel == "compound" || rel == "aux" || rel == "cop" || rel == "case" ||
          rel == "mark" || rel == "fixed" || rel == "flat" || rel == "det")
        return false;
      return !folded_xcomp(p);
    }
    // "have" and "be" as main verbs are tagged AUX.
    return t.upos == "AUX" &&
           (rel == "root" || rel == "conj" || rel == "ccomp" || rel == "advcl" || rel == "acl");
  }

  // An xcomp verb without a subject of its own, governed by a verb: part of that verb's relation.
  bool folded_xcomp(uint32_t p) const {
    if (tree_.rel(p) != "xcomp" || tree_.head(p) < 0 || tok(p).upos != "VERB") return false;
    uint32_t h = static_cast<uint32_t>(tree_.head(p));
    if (tok(h).upos != "VERB" && tok(h).upos != "AUX") return false;
    if (!tree_.children(h, "cop").empty()) return false;
    for (uint32_t c : tree_.children(p))
      if (tree_.base(c) == "nsubj") return false;
    return is_predicate(h);
  }

  // ------------------------------------------------------------------ phrases

  void collect(uint32_t t, unsigned cut, std::vector<uint32_t>& toks, bool top,
               int skip = -1) const {
    toks.push_back(t);
    for (uint32_t c : tree_.children(t)) {
      if (static_cast<int>(c) == skip) continue;
      std::string_view rel = tree_.rel(c);
      std::string_view b = tree_.base(c);
      if ((cut & kCutRelcl) && rel == "acl:relcl") continue;
      if ((cut & kCutAppos) && b == "appos") continue;
      if ((cut & kCutConj) && top && (b == "conj" || b == "cc")) continue;
      if ((cut & kCutCase) && top && b == "case") continue;
      if ((cut & kCutClause) && top && (b == "advcl" || b == "parataxis")) continue;
      if (b == "parataxis" || b == "discourse" || b == "vocative" || b == "reparandum") continue;
      collect(c, cut, toks, false, skip);
    }
  }

  OpenPhrase make_phrase(std::vector<uint32_t> toks, bool sort = true) const {
    if (sort) std::sort(toks.begin(), toks.end());
    // Trim punctuation and coordinators at the edges.
    auto loose = [&](uint32_t t) { return tok(t).upos == "PUNCT" || tree_.base(t) == "cc"; };
    while (!toks.empty() && loose(toks.front())) toks.erase(toks.begin());
    while (!toks.empty() && loose(toks.back())) toks.pop_back();
    OpenPhrase ph;
    for (uint32_t t : toks) {
      if (!ph.text.empty()) ph.text += ' ';
      ph.text += doc_.span_text(tok(t).begin, tok(t).end);
    }
    if (!toks.empty()) {
      ph.begin = tok(*std::min_element(toks.begin(), toks.end())).begin;
      ph.end = tok(*std::max_element(toks.begin(), toks.end())).end;
    }
    ph.tokens = std::move(toks);
    return ph;
  }

  // The phrase of nominal t without the subtree of `skip` (the clause that t is an argument of).
  OpenPhrase nominal(uint32_t t, unsigned cut, int skip = -1) const {
    std::vector<uint32_t> toks;
    collect(t, cut, toks, true, skip);
    return make_phrase(std::move(toks));
  }

  // The phrase of a clause used as an argument ("organic compounds could carry current").
  OpenPhrase clause(uint32_t t, bool drop_mark) const {
    std::vector<uint32_t> toks;
    toks.push_back(t);
    for (uint32_t c : tree_.children(t)) {
      if (drop_mark && tree_.base(c) == "mark") continue;
      if (tree_.base(c) == "parataxis") continue;
      collect(c, 0, toks, false);
    }
    return make_phrase(std::move(toks));
  }

  OpenArgRole role_of(uint32_t t) const {
    std::string rel(tree_.rel(t));
    std::string prep = tree_.case_of(t);
    std::string lemma = tree_.lemma(t);
    if (rel == "obl:tmod" || is_month(lemma) ||
        in_list(prep, {"during", "since", "until", "after", "before", "throughout"}))
      return OpenArgRole::Time;
    if (tok(t).upos == "NUM" && tok(t).form.size() == 4 &&
        in_list(prep, {"in", "by", "from", "to", ""}))
      return OpenArgRole::Time;
    for (uint32_t c : tree_.children(t))
      if (tree_.base(c) == "nummod" && tok(c).form.size() == 4 && is_month(tree_.lemma(t)))
        return OpenArgRole::Time;
    if (tok(t).upos == "PROPN" &&
        in_list(prep, {"in", "at", "near", "across", "outside", "inside"}))
      return OpenArgRole::Location;
    return OpenArgRole::Object;
  }

  // ------------------------------------------------------------------ relation words

  // Auxiliaries, negation, particles of predicate p (and the predicate itself when `self`).
  void relation_core(uint32_t p, std::vector<uint32_t>& rel, bool self) const {
    bool has_aux = false;
    for (uint32_t c : tree_.children(p)) {
      std::string_view r = tree_.rel(c);
      std::string_view b = tree_.base(c);
      if (b == "aux" || b == "cop") {
        rel.push_back(c);
        has_aux = true;
      } else if (is_negation(tree_, c) || r == "compound:prt") {
        rel.push_back(c);
      }
    }
    // "was loved by God and exalted by God": the second conjunct shares the auxiliaries.
    if (!has_aux && tree_.rel(p) == "conj" && tree_.head(p) >= 0) {
      uint32_t h = static_cast<uint32_t>(tree_.head(p));
      if (tok(h).upos == "VERB" && h < p)
        for (uint32_t c : tree_.children(h))
          if (tree_.base(c) == "aux") rel.push_back(c);
    }
    if (self) rel.push_back(p);
  }

  // ------------------------------------------------------------------ subjects

  struct Subject {
    uint32_t head;
    OpenPhrase phrase;
    bool own;  // the predicate's own nsubj (not inherited / not a relative clause's noun)
  };

  // Subjects of predicate p; for a relative clause the modified noun, and `object_noun` is set
  // when that noun is the clause's object ("the match which Keibler lost").
  std::vector<Subject> subjects_of(uint32_t p, bool* passive, int* object_noun) const {
    std::vector<Subject> out;
    *object_noun = -1;
    *passive = false;
    std::string_view rel = tree_.rel(p);
    if ((rel == "acl:relcl" || rel == "acl") && tree_.head(p) >= 0) {
      uint32_t h = static_cast<uint32_t>(tree_.head(p));
      int own = -1;
      for (uint32_t c : tree_.children(p))
        if (tree_.base(c) == "nsubj") own = static_cast<int>(c);
      if (own >= 0 && !is_relative_pronoun(tok(static_cast<uint32_t>(own)))) {
        *object_noun = static_cast<int>(h);
        for (uint32_t s : tree_.with_conjuncts(static_cast<uint32_t>(own)))
          out.push_back({s, nominal(s, kCutRelcl | kCutAppos | kCutConj), true});
        return out;
      }
      if (own >= 0)
        *passive = tree_.rel(static_cast<uint32_t>(own)) == "nsubj:pass";
      else
        *passive = tok(p).xpos == "VBN";
      if (!is_noun(h)) return out;
      out.push_back({h, nominal(h, kCutRelcl | kCutAppos | kCutConj, static_cast<int>(p)), false});
      return out;
    }
    bool pass = false;
    std::vector<uint32_t> subs = tree_.subjects(p, &pass);
    bool own = false;
    for (uint32_t c : tree_.children(p))
      if (tree_.base(c) == "nsubj" || tree_.base(c) == "csubj") own = true;
    if (own) {
      for (uint32_t c : tree_.children(p))
        if (tree_.rel(c) == "nsubj:pass") pass = true;
    }
    *passive = pass;
    for (uint32_t s : subs) {
      if (tok(s).upos == "PRON" && is_relative_pronoun(tok(s))) {
        // A subject inherited from a relative clause: the noun it modifies.
        int relcl = tree_.head(s);
        if (relcl >= 0 && tree_.rel(static_cast<uint32_t>(relcl)) == "acl:relcl") {
          uint32_t h = static_cast<uint32_t>(tree_.head(static_cast<uint32_t>(relcl)));
          out.push_back({h, nominal(h, kCutRelcl | kCutAppos | kCutConj), false});
        }
        continue;
      }
      bool csubj = tree_.base(s) == "csubj";
      out.push_back({s,
                     csubj ? clause(s, false)
                           : nominal(s, kCutRelcl | kCutAppos | kCutConj, static_cast<int>(p)),
                     own});
    }
    return out;
  }

  // ------------------------------------------------------------------ clauses

  struct Complement {
    uint32_t head;
    OpenArg arg;
    std::string prep;   // the nominal's preposition ("in"), empty for objects
    uint32_t case_tok;  // the preposition's token when prep is not empty
    bool object;        // obj, iobj, ccomp, xcomp: not an adjunct
  };

  void add_obliques(uint32_t p, std::vector<Complement>& comps) const {
    for (uint32_t c : tree_.children(p)) {
      std::string_view b = tree_.base(c);
      if (b != "obl") continue;
      Complement k{c, {nominal(c, kCutRelcl | kCutAppos), role_of(c)}, tree_.case_of(c), 0, false};
      for (uint32_t x : tree_.children(c))
        if (tree_.base(x) == "case" && x < c) {
          k.case_tok = x;
          break;
        }
      comps.push_back(std::move(k));
    }
  }

  void verbal(uint32_t p) {
    bool passive = false;
    int object_noun = -1;
    std::vector<Subject> subjects = subjects_of(p, &passive, &object_noun);
    if (subjects.empty()) return;

    // Relation words: p's auxiliaries, then controlled verbs folded in ("wants to buy").
    std::vector<uint32_t> rel;
    std::vector<uint32_t> preds{p};
    relation_core(p, rel, true);
    for (uint32_t cur = p; preds.size() < 4;) {
      int next = -1;
      for (uint32_t c : tree_.children(cur, "xcomp"))
        if (folded_xcomp(c)) next = static_cast<int>(c);
      if (next < 0) break;
      cur = static_cast<uint32_t>(next);
      for (uint32_t m : tree_.children(cur, "mark")) rel.push_back(m);
      relation_core(cur, rel, true);
      preds.push_back(cur);
    }

    std::vector<Complement> objects, adjuncts;
    int clause_comp = -1;
    for (uint32_t q : preds) {
      for (uint32_t c : tree_.children(q)) {
        std::string_view b = tree_.base(c);
        std::string_view r = tree_.rel(c);
        if (b == "obj" || b == "iobj") {
          if (is_relative_pronoun(tok(c))) continue;
          for (uint32_t o : tree_.with_conjuncts(c))
            objects.push_back({o,
                               {nominal(o, kCutRelcl | kCutAppos | kCutConj), OpenArgRole::Object},
                               "",
                               0,
                               true});
        } else if (b == "ccomp" || (b == "xcomp" && !folded_xcomp(c))) {
          if (clause_comp < 0 && b == "ccomp") clause_comp = static_cast<int>(c);
          bool drop_mark = b == "ccomp";
          objects.push_back({c, {clause(c, drop_mark), OpenArgRole::Object}, "", 0, true});
        } else if (r == "obl:agent") {
          continue;  // handled below
        }
      }
      add_obliques(q, adjuncts);
    }
    if (object_noun >= 0)
      objects.insert(
          objects.begin(),
          {static_cast<uint32_t>(object_noun),
           {nominal(static_cast<uint32_t>(object_noun), kCutRelcl | kCutAppos | kCutConj),
            OpenArgRole::Object},
           "",
           0,
           true});
    // "that" of a reported clause joins the relation ("indicated that").
    if (clause_comp >= 0)
      for (uint32_t m : tree_.children(static_cast<uint32_t>(clause_comp), "mark"))
        if (tree_.lemma(m) == "that" || tree_.lemma(m) == "whether" || tree_.lemma(m) == "if")
          rel.push_back(m);

    std::sort(rel.begin(), rel.end());
    rel.erase(std::unique(rel.begin(), rel.end()), rel.end());

    // A passive's agent, else the first prepositional complement after the verb when there is
    // no object, is folded: "was born in" + Hawaii, "was VERB by" + agent.
    int folded = -1;
    uint32_t last_pred = preds.back();
    for (size_t i = 0; i < adjuncts.size(); ++i)
      if (tree_.rel(adjuncts[i].head) == "obl:agent") folded = static_cast<int>(i);
    if (folded < 0 && objects.empty()) {
      for (size_t i = 0; i < adjuncts.size(); ++i) {
        const Complement& a = adjuncts[i];
        if (a.head > last_pred && !a.prep.empty() && a.case_tok > 0 &&
            (folded < 0 || a.head < adjuncts[static_cast<size_t>(folded)].head))
          folded = static_cast<int>(i);
      }
    }

    std::vector<OpenArg> args;
    std::vector<uint32_t> rel_tokens = rel;
    if (folded >= 0) {
      const Complement& f = adjuncts[static_cast<size_t>(folded)];
      rel_tokens.push_back(f.case_tok);
      for (uint32_t x : tree_.children(f.case_tok, "fixed")) rel_tokens.push_back(x);
      args.push_back({nominal(f.head, kCutRelcl | kCutAppos | kCutCase), OpenArgRole::Object});
    }
    OpenPhrase relation = make_phrase(rel_tokens, false);
    if (relation.text.empty()) return;

    // Objects in text order first, then the other prepositional phrases, in text order.
    std::vector<std::vector<OpenArg>> object_choices;
    if (folded < 0 && !objects.empty()) {
      // Conjoined objects each give a triple; distinct objects (iobj + obj) stay together.
      std::vector<std::vector<OpenArg>> groups;
      for (const Complement& o : objects) {
        bool conj_member = tree_.rel(o.head) == "conj";
        if (conj_member && !groups.empty())
          groups.back().push_back(o.arg);
        else
          groups.push_back({o.arg});
      }
      object_choices.push_back({});
      for (const auto& g : groups) {
        std::vector<std::vector<OpenArg>> next;
        for (const auto& base : object_choices)
          for (const OpenArg& a : g) {
            if (next.size() >= 8) break;
            auto v = base;
            v.push_back(a);
            next.push_back(std::move(v));
          }
        object_choices = std::move(next);
      }
    } else {
      object_choices.push_back({});
    }

    std::vector<OpenArg> extra;
    for (size_t i = 0; i < adjuncts.size(); ++i) {
      if (static_cast<int>(i) == folded) continue;
      extra.push_back(adjuncts[i].arg);
    }
    // "..., he adds": a reporting verb in parataxis takes the clause it comments as its object.
    if (objects.empty() && folded < 0 && prel_is(p, "parataxis") && tree_.head(p) >= 0) {
      uint32_t h = static_cast<uint32_t>(tree_.head(p));
      std::vector<uint32_t> toks{h};
      for (uint32_t c : tree_.children(h))
        if (c != p) collect(c, 0, toks, false);
      objects.push_back({h, {make_phrase(std::move(toks)), OpenArgRole::Object}, "", 0, true});
      object_choices.assign(1, {objects.back().arg});
    }
    // Without a second argument a triple cannot match a CaRB tuple: rank it last.
    bool bare = objects.empty() && folded < 0 && extra.empty();
    std::stable_sort(extra.begin(), extra.end(), [](const OpenArg& a, const OpenArg& b) {
      return a.phrase.begin < b.phrase.begin;
    });

    double conf = 0.9;
    std::string_view prel = tree_.rel(p);
    if (prel == "acl:relcl") conf -= 0.08;
    if (prel == "acl") conf -= 0.15;
    if (prel == "advcl" || prel == "xcomp") conf -= 0.08;
    if (prel == "ccomp") conf -= 0.05;
    if (prel == "conj") conf -= 0.04;
    if (bare)
      conf = 0.05;
    else if (objects.empty() && folded < 0)
      conf -= 0.2;
    conf -= 0.02 * static_cast<double>(extra.size());
    if (passive && folded < 0) conf -= 0.02;

    for (const Subject& s : subjects) {
      for (const auto& choice : object_choices) {
        OpenTriple t;
        t.sentence = index_;
        t.relation = relation;
        t.arg1 = {s.phrase, OpenArgRole::Subject};
        t.args = args;
        t.args.insert(t.args.end(), choice.begin(), choice.end());
        t.args.insert(t.args.end(), extra.begin(), extra.end());
        double c = conf;
        if (!s.own) c -= 0.05;
        if (subjects.size() > 1 || object_choices.size() > 1) c -= 0.03;
        c -= length_penalty(t);
        t.confidence = c;
        push(std::move(t));
      }
    }
  }

  double length_penalty(const OpenTriple& t) const {
    size_t words = t.arg1.phrase.tokens.size() + t.relation.tokens.size();
    for (const OpenArg& a : t.args) words += a.phrase.tokens.size();
    double pen = words > 12 ? 0.005 * static_cast<double>(words - 12) : 0.0;
    pen += sentence_.size() > 30 ? 0.002 * static_cast<double>(sentence_.size() - 30) : 0.0;
    return std::min(pen, 0.3);
  }

  void copular(uint32_t p) {
    bool passive = false;
    int object_noun = -1;
    std::vector<Subject> subjects = subjects_of(p, &passive, &object_noun);
    if (subjects.empty() || object_noun >= 0) return;

    std::vector<uint32_t> rel;
    relation_core(p, rel, false);
    std::sort(rel.begin(), rel.end());
    std::vector<OpenArg> args;
    std::vector<Complement> adjuncts;
    add_obliques(p, adjuncts);
    int case_tok = -1;
    for (uint32_t c : tree_.children(p))
      if (tree_.base(c) == "case" && c < p) case_tok = static_cast<int>(c);

    std::vector<OpenArg> extra;
    if (case_tok >= 0) {
      // "is in Paris": the predicate's preposition joins the relation.
      rel.push_back(static_cast<uint32_t>(case_tok));
      args.push_back(
          {nominal(p, kCutRelcl | kCutAppos | kCutConj | kCutCase | kCutClause), role_of(p)});
    } else if (tok(p).upos == "ADJ" && !adjuncts.empty() && adjuncts.front().head > p &&
               !adjuncts.front().prep.empty()) {
      // "is famous for X", "were lower than expected".
      rel.push_back(p);
      for (uint32_t c : tree_.children(p))
        if (tree_.base(c) == "advmod" && !is_negation(tree_, c) && c < p) rel.push_back(c);
      std::sort(rel.begin(), rel.end());
      rel.push_back(adjuncts.front().case_tok);
      args.push_back(
          {nominal(adjuncts.front().head, kCutRelcl | kCutAppos | kCutCase), OpenArgRole::Object});
      adjuncts.erase(adjuncts.begin());
    } else {
      std::vector<uint32_t> toks;
      toks.push_back(p);
      for (uint32_t c : tree_.children(p)) {
        std::string_view b = tree_.base(c);
        std::string_view r = tree_.rel(c);
        if (b == "nsubj" || b == "csubj" || b == "cop" || b == "aux" || b == "punct" ||
            b == "obl" || b == "advcl" || b == "parataxis" || b == "mark" || b == "conj" ||
            b == "cc" || b == "appos" || r == "acl:relcl" || b == "expl" || is_negation(tree_, c))
          continue;
        collect(c, kCutRelcl | kCutAppos, toks, false);
      }
      args.push_back({make_phrase(std::move(toks)), OpenArgRole::Object});
    }
    for (const Complement& a : adjuncts) extra.push_back(a.arg);
    OpenPhrase relation = make_phrase(rel, false);
    if (relation.text.empty() || args.front().phrase.text.empty()) return;

    double conf = 0.88 - 0.02 * static_cast<double>(extra.size());
    std::string_view prel = tree_.rel(p);
    if (prel == "acl:relcl") conf -= 0.08;
    if (prel == "ccomp" || prel == "advcl" || prel == "conj") conf -= 0.05;
    for (const Subject& s : subjects) {
      OpenTriple t;
      t.sentence = index_;
      t.relation = relation;
      t.arg1 = {s.phrase, OpenArgRole::Subject};
      t.args = args;
      t.args.insert(t.args.end(), extra.begin(), extra.end());
      double c = conf - (s.own ? 0.0 : 0.05) - (subjects.size() > 1 ? 0.03 : 0.0);
      t.confidence = c - length_penalty(t);
      push(std::move(t));
    }
  }

  // "X, a Y, ..." -> (X; is; a Y).
  void apposition(uint32_t n, uint32_t a) {
    if (!is_noun(n) || !is_noun(a)) return;
    OpenTriple t;
    t.sentence = index_;
    t.arg1 = {nominal(n, kCutRelcl | kCutAppos | kCutConj | kCutCase), OpenArgRole::Subject};
    t.args.push_back({nominal(a, kCutRelcl | kCutAppos | kCutConj), OpenArgRole::Object});
    if (t.arg1.phrase.text.empty() || t.args[0].phrase.text.empty()) return;
    t.relation.text = "is";
    t.relation.begin = t.relation.end = t.arg1.phrase.end;
    t.confidence = 0.7 - length_penalty(t);
    push(std::move(t));
  }

  void push(OpenTriple t) {
    t.confidence = std::clamp(t.confidence, 0.01, 0.99);
    for (size_t i = first_out_; i < out_.size(); ++i) {
      const OpenTriple& o = out_[i];
      if (o.relation.text != t.relation.text || o.arg1.phrase.text != t.arg1.phrase.text ||
          o.args.size() != t.args.size())
        continue;
      bool same = true;
      for (size_t k = 0; k < t.args.size() && same; ++k)
        same = o.args[k].phrase.text == t.args[k].phrase.text;
      if (same) {
        out_[i].confidence = std::max(out_[i].confidence, t.confidence);
        return;
      }
    }
    out_.push_back(std::move(t));
  }

  const DependencyTree& tree_;
  const Document& doc_;
  const Sentence& sentence_;
  uint32_t index_;
  std::vector<OpenTriple>& out_;
  size_t first_out_ = 0;
};

}  // namespace

std::vector<OpenTriple> extract_open_triples(const Document& doc) {
  std::vector<OpenTriple> out;
  DependencyTree tree(doc);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceExtractor(tree, s, out).run();
  }
  return out;
}

}  // namespace kg
