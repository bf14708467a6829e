#include "extractor/facts/arguments.h"

#include <algorithm>

#include "extractor/facts/name_words.h"

namespace kg {
namespace {

// "Mr", "Dr.", "President": a capitalised honorific or title that stands before a name.
bool is_title_word(const Lexicon& lex, const std::string& f) {
  if (!is_capitalised(f)) return false;
  if (lex.has_role_kind(f, "honorific") ||
      (!f.ends_with(".") && lex.has_role_kind(f + ".", "honorific")))
    return true;
  return lex.has_role_kind(f, "role") && !lex.has_role_kind(f, "modifier");
}

// Nouns that stand for the party they belong to ("ministers of X", "a front of 48 countries").
bool is_proxy_noun(const Lexicon& lex, const std::string& lemma) {
  static const char* const kCollective[] = {
      "front",       "coalition", "group",      "bloc",        "alliance",  "government",
      "governments", "force",     "forces",     "one",         "some",      "all",
      "each",        "both",      "leadership", "authorities", "authority", "delegation"};
  for (const char* c : kCollective)
    if (lemma == c) return true;
  // A role that acts for a body ("the U.S. envoy"), not an occupation ("the U.S. billionaire").
  if (const std::vector<Role>* roles = lex.roles(lemma))
    for (const Role& r : *roles)
      if (r.kind == "role" && !r.relation.empty()) return true;
  return false;
}

}  // namespace

bool ArgumentResolver::in_dateline(uint32_t t) const {
  // "ACCRA, Ghana - The World Bank ...": the place line is no party.
  const Document& doc = tree_.doc();
  const Sentence& s = doc.sentences[doc.sentence_of(t)];
  const std::string& first = doc.tokens[s.first_token].form;
  bool caps = first.size() >= 3;
  for (char c : first) caps &= (c >= 'A' && c <= 'Z') || c == '/' || c == '-' || c == '.';
  if (!caps) return false;
  for (uint32_t u = s.first_token + 1; u < s.end_token && u < s.first_token + 10; ++u) {
    const std::string& f = doc.tokens[u].form;
    if (f == "-" || f == "\u2013" || f == "\u2014" || f == "--") return t < u;
  }
  return false;
}

int ArgumentResolver::entity(uint32_t t) const {
  if (in_dateline(t)) return -1;
  int e = index_.entity_at(t);
  if (e >= 0) {
    // "North Korean ballistic missiles": a bare demonym modifies the noun after it; a parser that
    // attaches it elsewhere must not make the country a party.
    const Mention* m = index_.mention_at(t);
    if (m && m->kind == MentionKind::Demonym && m->last < tree_.doc().tokens.size() &&
        m->last == m->head + 1) {
      const std::string& next = tree_.tok(m->last).upos;
      if (next == "ADJ" || next == "NOUN" || next == "PROPN") return -1;
    }
    return e;
  }
  const Token& k = tree_.tok(t);
  // "Mr Varga visited": a parser that heads the phrase with the title means the person named.
  if (is_title_word(lexicon_, k.form)) {
    auto person = [&](uint32_t u) {
      int p = index_.entity_at(u);
      return p >= 0 && entities_[p].type == EntityType::Person ? p : -1;
    };
    const Document& doc = tree_.doc();
    const Mention* next = t + 1 < doc.tokens.size() && doc.sentence_of(t + 1) == doc.sentence_of(t)
                              ? index_.mention_at(t + 1)
                              : nullptr;
    if (next && next->first == t + 1)
      if (int p = person(t + 1); p >= 0) return p;
    for (uint32_t c : tree_.children(t)) {
      std::string_view b = tree_.base(c);
      if (c > t && (b == "flat" || b == "compound" || b == "appos"))
        if (int p = person(c); p >= 0) return p;
    }
  }
  if (k.upos == "PRON" || k.upos == "DET") {
    std::string p = to_lower(k.form);
    if (p == "we" || p == "our" || p == "us")
      return t < first_person_.size() ? first_person_[t] : -1;
    return index_.pronoun_antecedent(t, entities_);
  }
  if (k.upos != "NOUN" && k.upos != "PROPN" && k.upos != "NUM" && k.upos != "PRON") return -1;
  if (!is_proxy_noun(lexicon_, tree_.lemma(t))) return -1;
  // "trade ministers of Chile", "Peru's interim government", "Russian officials".
  for (uint32_t c : tree_.children(t)) {
    std::string_view b = tree_.base(c);
    if (b == "nmod" || b == "compound" || b == "amod") {
      std::string cs = tree_.case_of(c);
      if (b == "nmod" && !(cs == "of" || cs == "from" || cs.empty() || tree_.rel(c) == "nmod:poss"))
        continue;
      int ce = entity(c);
      // "S. Ostlandian leader tours plants", "Zambian leader visits Malawi": one leader, whom the
      // article names. (A bare demonym before the role noun stands for no party by itself.)
      const Mention* m = index_.mention_at(c);
      int party =
          ce >= 0 ? ce : (m && m->kind == MentionKind::Demonym && m->last == t ? m->entity : -1);
      if (party >= 0 && (k.xpos == "NN" || k.xpos == "NNP"))
        if (int p = role_holder(t, party); p >= 0) return p;
      if (ce >= 0) return ce;
    }
  }
  // "The president said": a bare definite role noun is the one person the article has named
  // before with that title ("President Ana Pell"); none when it names two.
  if (k.xpos == "NN" && is_bare_definite(t)) return role_holder(t, kAnyParty);
  return -1;
}

bool ArgumentResolver::is_bare_definite(uint32_t t) const {
  bool the = false;
  for (uint32_t c : tree_.children(t)) {
    std::string_view b = tree_.base(c);
    if (b == "det" && to_lower(tree_.tok(c).form) == "the")
      the = true;
    else if (b == "nmod" || b == "amod" || b == "compound" || b == "det" || b == "acl" ||
             b == "nummod" || b == "appos" || b == "conj")
      return false;
  }
  return the;
}

int ArgumentResolver::role_holder(uint32_t t, int party) const {
  const Document& doc = tree_.doc();
  std::string role = to_lower(tree_.lemma(t));
  int found = -1;
  for (const Mention& m : index_.mentions()) {
    if (m.entity < 0 || m.first < (party == kAnyParty ? 1u : 2u) || m.entity == party ||
        entities_[m.entity].type != EntityType::Person)
      continue;
    uint32_t title = m.first - 1;
    if (title == t || to_lower(doc.tokens[title].form) != role) continue;
    if (party == kAnyParty ? m.first > t || !is_capitalised(doc.tokens[title].form)
                           : doc.sentence_of(title - 1) != doc.sentence_of(m.first) ||
                                 index_.entity_at(title - 1) != party)
      continue;
    if (found >= 0 && found != m.entity) return -1;
    found = m.entity;
  }
  return found;
}

std::vector<int> ArgumentResolver::list_after(uint32_t t) const {
  std::vector<int> out;
  const Mention* m = index_.mention_at(t);
  if (!m || m->entity < 0) return out;
  const Document& doc = tree_.doc();
  EntityType type = entities_[m->entity].type;
  int sentence = doc.sentence_of(t);
  uint32_t end = doc.sentences[sentence].end_token;
  uint32_t u = m->last;
  while (u < end) {
    bool comma_or_and = false;
    uint32_t v = u;
    for (; v < end; ++v) {
      std::string f = to_lower(doc.tokens[v].form);
      if (f == "," || f == "and" || f == "or")
        comma_or_and = true;
      else if (f != "the")
        break;
    }
    const Mention* next = v < end ? index_.mention_at(v) : nullptr;
    if (!comma_or_and || !next || next->entity < 0 || next->first != v ||
        entities_[next->entity].type != type)
      break;
    // "..., and North Korea said": a new clause's subject is no list item.
    if (next->last < end &&
        (tree_.tok(next->last).upos == "VERB" || tree_.tok(next->last).upos == "AUX"))
      break;
    out.push_back(next->entity);
    u = next->last;
  }
  return out;
}

std::vector<int> ArgumentResolver::entities(uint32_t t) const {
  std::vector<int> out;
  auto add = [&](int e) {
    if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  for (uint32_t c : tree_.with_conjuncts(t)) {
    int e = entity(c);
    add(e);
    // "the two firms - Acme and Zenith - signed": a common noun stands for the names in
    // apposition to it (names only: "the minister, an ally of X" is no X).
    if (e < 0 && tree_.tok(c).upos == "NOUN")
      for (uint32_t a : tree_.children(c, "appos"))
        for (uint32_t d : tree_.with_conjuncts(a))
          if (index_.entity_at(d) >= 0) add(entity(d));
    // "ministers of Chile, Peru, Ecuador": the conjuncts of the nmod too.
    if (e >= 0 && index_.entity_at(c) < 0)
      for (uint32_t n : tree_.children(c))
        if ((tree_.base(n) == "nmod") && entity(n) == e) {
          for (uint32_t d : tree_.with_conjuncts(n)) add(entity(d));
          // A parser may break a long list apart; the words still list the parties.
          for (int x : list_after(n)) add(x);
        }
  }
  return out;
}

}  // namespace kg
