#include "extractor/facts/name_cues.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kg {
namespace {

// Whether the words around token `t` are no capitalised words (no title-case heading), the
// capitalised adjectives of the name it ends aside.
bool in_lower_case_context(const Document& doc, uint32_t t) {
  const Sentence& s = doc.sentences[doc.sentence_of(t)];
  uint32_t first = t;
  while (first > s.first_token && is_capitalised(doc.tokens[first - 1].form) &&
         doc.tokens[first - 1].upos == "ADJ")
    --first;
  auto lower_word = [&](int64_t u) {
    if (u < s.first_token || u >= s.end_token) return true;
    const Token& k = doc.tokens[static_cast<size_t>(u)];
    const std::string& up = k.upos;
    return !is_capitalised(k.form) ||
           (u == s.first_token && (up == "DET" || up == "ADP" || up == "SCONJ" || up == "CCONJ" ||
                                   up == "ADV" || up == "PRON"));
  };
  // "Commonwealth of Xs": the last part of a longer name, cut at its connector.
  bool cut = first >= s.first_token + 2 &&
             (doc.tokens[first - 1].form == "of" || doc.tokens[first - 1].form == "for") &&
             is_capitalised(doc.tokens[first - 2].form);
  return !cut && lower_word(static_cast<int64_t>(first) - 1) &&
         lower_word(static_cast<int64_t>(t) + 1);
}

bool plural_people(const Document& doc, const Lexicon& lex, uint32_t t) {
  const Token& k = doc.tokens[t];
  if (k.upos != "PROPN" || k.xpos != "NNPS" || k.form.size() < 4 || !k.form.ends_with("s") ||
      k.form.ends_with("ss") || k.form.ends_with("ics") || k.form.ends_with("days") ||
      lex.is_org_head(k.form) || !in_lower_case_context(doc, t))
    return false;
  for (size_t c = 1; c < k.form.size(); ++c)  // "APIs", "ETags": a term's plural
    if (k.form[c] >= 'A' && k.form[c] <= 'Z') return false;
  if (k.form.ends_with("ans") || k.form.ends_with("ists") || k.form.ends_with("ites")) return true;
  const std::string singular = k.form.substr(0, k.form.size() - 1);
  const auto& toks = doc.tokens;
  for (uint32_t u = 0; u < toks.size(); ++u) {
    if (toks[u].form != singular || doc.sentences[doc.sentence_of(u)].first_token == u) continue;
    if (toks[u].upos == "ADJ" || (toks[u].upos == "NOUN" && in_lower_case_context(doc, u)))
      return true;
    if (u + 1 < toks.size() && toks[u + 1].upos == "NOUN" && !is_capitalised(toks[u + 1].form))
      return true;
  }
  return false;
}

}  // namespace

bool is_compass_word(const std::string& w) {
  static constexpr std::array<std::string_view, 12> kCompass = {
      "north",     "south",     "east",       "west",       "northeast",  "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"};
  return std::find(kCompass.begin(), kCompass.end(), w) != kCompass.end();
}

bool names_event(const Document& doc, const Mention& m) {
  static constexpr std::array<std::string_view, 29> kEventWords = {
      "War",       "Wars",        "Emergency", "Crisis",       "Revolution",    "Uprising",
      "Rebellion", "Insurgency",  "Intifada",  "Massacre",     "Genocide",      "Holocaust",
      "Olympics",  "Paralympics", "Cup",       "Championship", "Championships", "Tournament",
      "Awards",    "Festival",    "Summit",    "Election",     "Elections",     "Referendum",
      "Expo",      "Marathon",    "Riots",     "Protests",     "Offensive"};
  // "World War Two", "World War II", "Gulf War 2": the event word before its ordinal.
  static constexpr std::array<std::string_view, 9> kOrdinals = {"One", "Two", "Three", "I", "II",
                                                                "III", "IV",  "1",     "2"};
  uint32_t last = m.last - 1;
  if (last > m.first &&
      std::find(kOrdinals.begin(), kOrdinals.end(), doc.tokens[last].form) != kOrdinals.end())
    --last;
  if (last == m.first) return false;
  return std::find(kEventWords.begin(), kEventWords.end(), doc.tokens[last].form) !=
         kEventWords.end();
}

bool names_language(const DependencyTree& tree, const Lexicon& lex, const Mention& m) {
  if (m.last != m.first + 1 || !lex.is_language(tree.doc().tokens[m.first].form)) return false;
  std::string c = tree.case_of(m.head);
  return c == "in" || c == "into";
}

bool city_by_its_noun(const DependencyTree& tree, const Mention& m) {
  const Document& doc = tree.doc();
  int h = tree.head(m.head);
  if (h < 0 || is_capitalised(doc.tokens[h].form) || doc.tokens[h].upos != "NOUN") return false;
  return (tree.base(m.head) == "nmod" && tree.case_of(m.head) == "of") ||
         (tree.base(m.head) == "compound" && h > static_cast<int>(m.head));
}

bool names_plural_people(const DependencyTree& tree, const Lexicon& lex, const Mention& m) {
  const Document& doc = tree.doc();
  return m.last == m.first + 1 && doc.sentences[doc.sentence_of(m.first)].first_token != m.first &&
         plural_people(doc, lex, m.first);
}

bool names_plural_group(const DependencyTree& tree, const Gazetteer& gaz, const Lexicon& lex,
                        const Mention& m) {
  const Document& doc = tree.doc();
  if (m.last - m.first < 2) return false;
  // "House Republicans", "Target Shareholders": a name ending in a plural that names people.
  const Token& last = doc.tokens[m.last - 1];
  if (last.form.ends_with("s") && (last.xpos == "NNS" || last.xpos == "NNPS"))
    if (const GroupHead* g = lex.group_head(to_lower(tree.lemma(m.last - 1))); g && g->people)
      return true;
  if (!plural_people(doc, lex, m.last - 1)) return false;
  for (uint32_t t = m.first; t + 1 < m.last; ++t) {
    const KnownName* k = gaz.find(doc.tokens[t].form);
    if (doc.tokens[t].upos != "ADJ" && !(k && k->kind == NameKind::Demonym)) return false;
  }
  return true;
}

}  // namespace kg
