// Parties named by a common noun phrase: "rebel forces", "Ostland police", "the appeals court",
// "protesters". A phrase is a party when its head is a noun of people or of a body
// (models/lexicon/group_heads.tsv) and it takes part in a clause: subject, object or agent.
// Its name is the head with its classifying modifiers, without determiners, numbers or
// quantifying adjectives ("the three main rail unions" -> "rail unions").
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "extractor/facts/mentions.h"

namespace kg {
namespace {

// Adjectives that rank, count or date a group rather than say what it is: left out of its name.
constexpr std::array<std::string_view, 34> kNonClassifying = {
    "main",      "major",   "many",   "several",  "other",      "various",    "numerous",
    "few",       "certain", "new",    "own",      "same",       "top",        "key",
    "leading",   "such",    "most",   "more",     "further",    "additional", "all",
    "both",      "latter",  "former", "current",  "respective", "unnamed",    "unidentified",
    "anonymous", "some",    "senior", "possible", "potential",  "little"};

// Nouns that already stand for the party of their modifier ("Ostland's government", "Norwegian
// officials" are Ostland and Norway: arguments.cpp): with a country or organisation among the
// modifiers they are no party of their own.
bool stands_for_modifier(const Lexicon& lex, const std::string& lemma) {
  static constexpr std::array<std::string_view, 13> kCollective = {
      "front",      "coalition",      "group",      "bloc",        "alliance",
      "government", "force",          "leadership", "authorities", "authority",
      "delegation", "administration", "regime"};
  return std::find(kCollective.begin(), kCollective.end(), lemma) != kCollective.end() ||
         lex.has_role_kind(lemma, "role");
}

bool agent_suffix_word(const std::string& lemma) {
  return lemma == "lead" || lemma == "back" || lemma == "sponsor" || lemma == "fund" ||
         lemma == "support" || lemma == "control";
}

// "X-linked militants", "X-inspired groups": the named group itself, or a part of it; no party of
// their own.
bool tie_suffix_word(const std::string& lemma) {
  return lemma == "link" || lemma == "affiliate" || lemma == "inspire" || lemma == "align" ||
         lemma == "ally" || lemma == "allied" || lemma == "linked" || lemma == "affiliated" ||
         lemma == "loyal";
}

struct Candidate {
  Mention m;
  std::string lemma;     // of the head (or of the word it is the same as)
  bool bare = false;     // no modifier kept that makes it a party of its own
  bool people = false;   // a kind of person ("owners")
  bool acts = false;     // subject, object or agent of a clause
  bool subject = false;  // subject of a clause
  bool agent = false;    // agent of a passive ("overthrown by rebel forces")
  bool named = false;    // a capitalised modifier ("European governments", "Ostland police")
  std::string owner;     // "Ostland's police commissioner": the key of the role's owner
};

struct GroupFinder {
  const DependencyTree& tree;
  const Lexicon& lex;
  const Document& doc;
  const std::vector<Mention>& mentions;
  std::vector<int> covered;  // the first mention covering each token, or -1

  void index() {
    covered.assign(doc.tokens.size(), -1);
    for (size_t i = 0; i < mentions.size(); ++i)
      for (uint32_t t = mentions[i].first; t < mentions[i].last; ++t)
        if (covered[t] < 0) covered[t] = static_cast<int>(i);
  }

  // Subject, object or agent of a clause, itself or as a conjunct of one.
  bool acts(uint32_t t) const {
    for (int hops = 0; hops < 4; ++hops) {
      std::string_view r = tree.rel(t);
      if (r == "nsubj" || r == "nsubj:pass" || r == "obj" || r == "iobj" || r == "obl:agent")
        return true;
      std::string_view b = tree.base(t);
      if (b == "obl" || b == "nmod") {
        std::string c = tree.case_of(t);
        if (c == "by" || c == "against" || c == "from" || c == "with" || c == "between")
          return true;
      }
      if (b != "conj" || tree.head(t) < 0) return false;
      t = static_cast<uint32_t>(tree.head(t));
    }
    return false;
  }

  // "European", "Ostlandian", "Chinese", "Western": the endings of adjectives made from names.
  static bool proper_adjective(const Token& k) {
    if (k.upos != "ADJ") return false;
    std::string f = to_lower(k.form);
    for (std::string_view e : {"an", "ese", "ish", "ern", "ian", "ic", "i"})
      if (f.size() > e.size() + 3 && f.ends_with(e)) return true;
    return false;
  }

  bool passive_agent(uint32_t t) const {
    if (tree.rel(t) == "obl:agent") return true;
    int h = tree.head(t);
    return tree.base(t) == "obl" && tree.case_of(t) == "by" && h >= 0 &&
           doc.tokens[static_cast<uint32_t>(h)].xpos == "VBN";
  }

  bool subject(uint32_t t) const {
    for (int hops = 0; hops < 4; ++hops) {
      if (tree.base(t) == "nsubj") return true;
      if (tree.base(t) != "conj" || tree.head(t) < 0) return false;
      t = static_cast<uint32_t>(tree.head(t));
    }
    return false;
  }

  bool definite(uint32_t t) const {
    for (uint32_t c : tree.children(t)) {
      std::string l = to_lower(doc.tokens[c].form);
      if (tree.rel(c) == "nmod:poss") return true;  // "its committee", "Acme's board"
      if (tree.base(c) == "det" && (l == "the" || l == "this" || l == "that")) return true;
    }
    return false;
  }

  bool plural(uint32_t t, const std::string& lemma) const {
    const Token& k = doc.tokens[t];
    return to_lower(k.form) != lemma || k.xpos == "NNS";
  }

  // The left modifiers of head `t` that belong to the name: a contiguous run of its dependents.
  uint32_t modifiers_start(uint32_t t) const {
    const Sentence& s = doc.sentences[doc.sentence_of(t)];
    uint32_t first = t;
    while (first > s.first_token) {
      uint32_t u = first - 1;
      if (!tree.dominates(t, u)) break;
      std::string_view b = tree.base(u);
      // Only the words of the noun phrase: no copula, auxiliary or clause ("had been allies").
      bool glued = u + 1 < t && doc.tokens[u + 1].form == "-";  // "U.S.-led"
      if (b == "cop" || b == "aux" || b == "nsubj" || b == "mark" || b == "advcl" ||
          (b == "obl" && !glued) || b == "obj" || b == "ccomp" || b == "xcomp" || b == "parataxis")
        break;
      if (b == "compound" && doc.tokens[u].upos == "VERB") break;
      const std::string& f = doc.tokens[u].form;
      bool hyphen = f == "-" && u > s.first_token && doc.tokens[u - 1].space_after == false &&
                    !doc.tokens[u].space_after;
      if (b == "nmod" && tree.rel(u) == "nmod:poss") break;
      if (b == "case" || b == "punct" || b == "cc" || b == "conj" || b == "appos" || b == "acl")
        if (!hyphen) break;
      if (f == "'s" || f == "’s" || f == "," || f == "(") break;
      first = u;
    }
    return first;
  }

  // The name of the place in an "in" phrase of `t` ("in Ostland", "in the state of Ostland"), or
  // "" when there is none; a known place's key goes to `*key`.
  std::string place_in(uint32_t t, std::string* key) const {
    for (uint32_t c : tree.children(t)) {
      if (tree.base(c) != "nmod" || tree.case_of(c) != "in") continue;
      uint32_t p = c;
      std::string noun = to_lower(tree.lemma(c));
      if (covered[c] < 0 && (noun == "state" || noun == "province" || noun == "region" ||
                             noun == "district" || lex.has_role_kind(noun, "place")))
        for (uint32_t o : tree.children(c))
          if (tree.base(o) == "nmod" && tree.case_of(o) == "of") p = o;
      int m = covered[p];
      if (m < 0) continue;
      const Mention& o = mentions[m];
      // (A country's judge is no one court: "a judge in Ostland" names none.)
      if (o.type == EntityType::Organization || o.type == EntityType::Country ||
          o.kind == MentionKind::Nominal || o.kind == MentionKind::Demonym)
        continue;
      if (o.type == EntityType::Country || o.type == EntityType::Location) *key = o.key;
      return o.name.empty() ? o.surface : o.name;
    }
    return "";
  }

  bool kept_modifier(uint32_t u) const {
    const Token& k = doc.tokens[u];
    if (k.upos == "DET" || k.upos == "NUM" || k.upos == "PRON" || k.upos == "ADV" ||
        k.upos == "CCONJ" || k.upos == "ADP")
      return false;
    std::string l = to_lower(k.form);
    return std::find(kNonClassifying.begin(), kNonClassifying.end(), l) == kNonClassifying.end();
  }

  std::optional<Candidate> at(uint32_t t) const {
    const Token& k = doc.tokens[t];
    if (k.upos != "NOUN" || covered[t] >= 0) return std::nullopt;
    const Sentence& s = doc.sentences[doc.sentence_of(t)];
    if (is_capitalised(k.form) && t != s.first_token) return std::nullopt;
    std::string lemma = to_lower(tree.lemma(t));
    const GroupHead* g = lex.group_head(lemma);
    if (!g) return std::nullopt;
    std::string_view b = tree.base(t);
    // "police chief": no party, but "Ostland's police commissioner" holds a role in the
    // article's one "Ostland police" (a bare head, kept only when it merges into that one).
    bool unit =
        b == "compound" && !g->people && tree.head(t) > static_cast<int>(t) &&
        lex.has_role_kind(to_lower(tree.lemma(static_cast<uint32_t>(tree.head(t)))), "role");
    if ((b == "compound" && !unit) || b == "flat" || b == "amod") return std::nullopt;
    // "drivers are employees": a predicate names no party.
    if (!tree.children(t, "cop").empty()) return std::nullopt;
    if ((g->people || g->office) && plural(t, lemma) == g->office) return std::nullopt;
    uint32_t first = modifiers_start(t);
    // Drop determiners, numbers and quantifiers from the left edge ("at least 14 soldiers"); keep
    // the rest of the run.
    for (uint32_t u = first; u < t; ++u)
      if (doc.tokens[u].upos == "NUM" || tree.base(u) == "nummod") first = u + 1;
    while (first < t && !kept_modifier(first)) ++first;
    std::vector<uint32_t> kept;
    bool proxy = stands_for_modifier(lex, lemma);
    std::string container;
    bool named = false;  // a capitalised modifier that is no agent ("European", "Ostland")
    bool led = false;    // a name that leads or backs it ("Ostland-led coalition")
    for (uint32_t u = first; u < t; ++u) {
      const Token& mt = doc.tokens[u];
      bool agent = u + 2 < t && doc.tokens[u + 1].form == "-" &&
                   agent_suffix_word(to_lower(tree.lemma(u + 2)));
      if (u + 1 < t && (doc.tokens[u + 1].form == "-" || !mt.space_after) &&
          tie_suffix_word(to_lower(tree.lemma(u + 1 + (doc.tokens[u + 1].form == "-")))))
        return std::nullopt;
      // "State-linked" as one token.
      if (size_t dash = mt.form.rfind('-'); dash != std::string::npos && dash > 0) {
        std::string suffix = to_lower(mt.form.substr(dash + 1));
        if (tie_suffix_word(suffix)) return std::nullopt;
        agent = agent || suffix == "led" || suffix == "backed" || suffix == "sponsored" ||
                suffix == "funded" || suffix == "supported" || suffix == "controlled";
      }
      if (is_capitalised(mt.form) && !agent && u != s.first_token) named = true;
      if (is_capitalised(mt.form) && agent) led = true;
      // At the start of a sentence only a name or a proper adjective ("European", "Western").
      if (is_capitalised(mt.form) && u == s.first_token &&
          (mt.upos == "PROPN" || covered[u] >= 0 || proper_adjective(mt)))
        named = true;
      if (int c = covered[u]; c >= 0) {
        const Mention& o = mentions[c];
        bool party = o.type == EntityType::Country || o.type == EntityType::Organization ||
                     (g->people && o.kind != MentionKind::Nominal);  // "Acme shareholders"
        // "Norwegian officials", "NATO forces", "Acme shareholders", "Chinese police": the
        // modifier's party stands for the phrase (arguments.cpp) or holds it.
        if ((proxy || g->people || o.kind == MentionKind::Demonym) && party && !agent &&
            o.kind != MentionKind::Nominal)
          return std::nullopt;
        if ((o.type == EntityType::Country || o.type == EntityType::Location) && !o.key.empty() &&
            !agent)
          container = o.key;
      }
      if (mt.form == "-" || kept_modifier(u)) kept.push_back(u);
    }
    if (g->state && !named) return std::nullopt;  // "rival governments", "the central government"
    // "armed groups": the cover word "group" needs a noun or a name to say which ("aid groups").
    if (lemma == "group" && !named && std::none_of(kept.begin(), kept.end(), [&](uint32_t u) {
          return doc.tokens[u].upos == "NOUN" || doc.tokens[u].upos == "PROPN";
        }))
      return std::nullopt;
    // "a judge in the northern state of Ostland": the place named after the office holder.
    std::string place_after;
    if (g->office) {
      place_after = place_in(t, &container);
      bool country = false;  // "a U.S. judge": no one court either
      for (uint32_t u : kept)
        country |= covered[u] >= 0 && mentions[covered[u]].type == EntityType::Country;
      if (place_after.empty() && (!named || country)) return std::nullopt;
    }
    Candidate c;
    c.lemma = g->same_as.empty() ? lemma : g->same_as;
    c.people = g->people;
    // "the court", "the militant group": a singular body with no name of its own is an anaphor of
    // a party named before (kept only when it is one modified party of that head).
    c.bare = (kept.empty() && place_after.empty()) || unit ||
             (!g->people && !plural(t, lemma) && !named && place_after.empty() && definite(t));
    c.acts = acts(t);
    c.subject = subject(t);
    c.agent = passive_agent(t);
    c.named = named || led || !place_after.empty();
    if (unit) {
      for (uint32_t o : tree.children(static_cast<uint32_t>(tree.head(t)), "nmod:poss"))
        if (covered[o] >= 0) c.owner = mentions[covered[o]].key;
      if (c.owner.empty()) return std::nullopt;
    }
    Mention& m = c.m;
    m.first = kept.empty() ? t : kept.front();
    m.last = t + 1;
    m.head = t;
    m.begin = doc.tokens[m.first].begin;
    m.end = k.end;
    m.type = g->type;
    m.kind = MentionKind::Party;
    std::string name;
    kept.push_back(t);
    for (size_t i = 0; i < kept.size(); ++i) {
      const Token& w = doc.tokens[kept[i]];
      std::string f = w.form;
      // "Protesters gathered": a common noun capitalised only because it opens the sentence.
      if (kept[i] == s.first_token && w.upos != "PROPN" && covered[kept[i]] < 0 &&
          !proper_adjective(w))
        f = to_lower(f);
      name += f;
      if (i + 1 < kept.size() && (w.space_after || kept[i + 1] != kept[i] + 1)) name += ' ';
    }
    if (!place_after.empty()) name += " in " + place_after;
    m.surface = name;
    m.name = name;
    m.key = entity_key(m.type, to_lower(name));
    // (An office holder's place is in its name, "a Texas state judge": no part of it.)
    if (m.type == EntityType::Organization && !g->office) m.container = container;
    return c;
  }
};

}  // namespace

void add_group_mentions(const DependencyTree& tree, const Lexicon& lexicon,
                        std::vector<Mention>& mentions) {
  GroupFinder f{tree, lexicon, tree.doc(), mentions, {}};
  f.index();
  std::vector<Candidate> found;
  for (uint32_t t = 0; t < tree.doc().tokens.size(); ++t)
    if (auto c = f.at(t)) found.push_back(std::move(*c));
  // A bare head ("police") is the one modified party of that head in the article; "demonstrators"
  // are the "protesters" of the article.
  std::map<std::string, std::set<std::string>> modified;  // head lemma -> keys
  for (const auto& c : found)
    if (!c.bare) modified[c.lemma].insert(c.m.key);
  for (auto& c : found) {
    if (c.bare && !modified.count(c.lemma))
      for (const auto& o : found)
        if (o.bare && o.lemma == c.lemma && o.people) {
          c.m.key = o.m.key, c.m.name = o.m.name;  // the first word used for them
          break;
        }
    auto it = modified.find(c.lemma);
    if (!c.bare || it == modified.end() || it->second.size() != 1) continue;
    for (const auto& o : found)
      if (o.m.key == *it->second.begin() && (c.owner.empty() || c.owner == o.m.container)) {
        c.m.key = o.m.key;
        c.m.name = o.m.name;
        c.m.type = o.m.type;
        c.m.container = o.m.container;
        break;
      }
  }
  // A party every mention of which only stands by (no subject, object or agent) is left out; a
  // bare kind of people ("owners", not "Ostland police") is a party only as the subject of two
  // clauses or more (a protagonist of the article, not a passing "officials said"); a bare
  // singular body merged into no named one ("the court") is an anaphor left to others.
  std::set<std::string> acting;
  std::map<std::string, int> subjects;
  std::set<std::string> modified_keys, named_keys, agent_keys;
  for (const auto& c : found) {
    if (c.agent && !c.bare) agent_keys.insert(c.m.key);
    if (c.acts) acting.insert(c.m.key);
    if (c.named) named_keys.insert(c.m.key);
    if (c.subject) ++subjects[c.m.key];
    if (!c.bare) modified_keys.insert(c.m.key);
  }
  for (const auto& c : found)
    if (!modified_keys.count(c.m.key) && (!c.people || subjects[c.m.key] < 2))
      acting.erase(c.m.key);
  size_t before = mentions.size();
  // "the automaker", "the firm": a definite organisation noun that introduced a name before
  // ("German automaker Acme Motors") names that organisation (coreference decides).
  const Document& doc = tree.doc();
  for (uint32_t t = 1; t < doc.tokens.size(); ++t) {
    const Token& k = doc.tokens[t];
    if (k.upos != "NOUN" || f.covered[t] >= 0 || is_capitalised(k.form) ||
        tree.base(t) == "compound" || to_lower(doc.tokens[t - 1].form) != "the")
      continue;
    std::string lemma = to_lower(tree.lemma(t));
    if (!lexicon.has_role_kind(lemma, "org")) continue;
    Mention m;
    m.first = m.last = t;
    m.last = t + 1;
    m.head = t;
    m.begin = k.begin;
    m.end = k.end;
    m.type = EntityType::Organization;
    m.kind = MentionKind::Description;
    m.surface = to_lower(k.form);
    m.key = lemma;  // the cue noun to look for before a name
    mentions.push_back(std::move(m));
  }
  for (auto& c : found) {
    if (!acting.count(c.m.key)) continue;
    // A party with no name in it that is never the subject or the agent of a clause ("cable
    // operators" only as an object) is generic: an entity only with a fact or a quote
    // (fact_extractor.cpp).
    c.m.generic = !named_keys.count(c.m.key) && !subjects[c.m.key] && !agent_keys.count(c.m.key);
    mentions.push_back(std::move(c.m));
  }
  if (mentions.size() == before) return;
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace kg
