#include "extractor/facts/coreference.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "extractor/facts/entity_merges.h"
#include "extractor/facts/name_cues.h"
#include "extractor/facts/name_variants.h"
#include "extractor/facts/name_words.h"
#include "extractor/facts/ner_typing.h"

namespace kg {
namespace {

// Assigns each mention its entity, the entities found as it goes.
struct Resolver {
  const DependencyTree& tree;
  std::vector<Mention>& mentions;
  const Gazetteer& gaz;
  const Lexicon& lex;
  const Document& doc;
  std::vector<Entity> entities;
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, int> defined_acronyms;  // "(PSC)" after its name
  std::vector<int> parties;  // entities named by a common noun phrase ("Ostland police")

  int get(const std::string& key, EntityType type, const std::string& name) {
    auto it = by_key.find(key);
    if (it != by_key.end()) return it->second;
    if (type == EntityType::Person) {  // "Kim Jong Un" is "Kim Jong-un"
      for (size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == type && hyphen_folded(entities[e].key) == hyphen_folded(key))
          return by_key[key] = static_cast<int>(e);
    }
    Entity e;
    e.key = key;
    e.name = name;
    e.type = type;
    entities.push_back(std::move(e));
    return by_key[key] = static_cast<int>(entities.size() - 1);
  }

  void assign(Mention& m, int e) { m.entity = e; }

  // A capital acts (and so stands for its government) as a subject, agent, possessor or party
  // "between" others; after "in", "at", "to" it is a place.
  bool acts(uint32_t t) const {
    for (int hops = 0; hops < 4; ++hops) {
      std::string_view r = tree.rel(t);
      std::string c = tree.case_of(t);
      if (r == "nsubj" || r == "nsubj:pass" || r == "obl:agent" || r == "nmod:poss" || r == "obj" ||
          r == "iobj" || c == "between" || c == "by" || c == "with")
        return true;
      if (tree.base(t) != "conj" || tree.head(t) < 0) return false;
      t = static_cast<uint32_t>(tree.head(t));
    }
    return false;
  }

  bool is_place_position(uint32_t t) const {
    std::string c = tree.case_of(t);
    return c == "in" || c == "at" || c == "near" || c == "to" || c == "from" || c == "outside" ||
           c == "inside" || c == "into" || c == "across" || c == "around" ||
           (c == "of" && governed_by_place_noun(t));
  }

  // "the Ruritanian city of X", "the US state of X": the place noun governs the name.
  bool governed_by_place_noun(uint32_t t) const {
    if (tree.head(t) < 0) return false;
    std::string noun = tree.lemma(static_cast<uint32_t>(tree.head(t)));
    return noun == "state" || lex.has_role_kind(noun, "place");
  }

  bool in_place_position(const Mention& m) const {
    std::string c = tree.case_of(m.head);
    bool possessed = m.last < doc.tokens.size() &&
                     (doc.tokens[m.last].form == "'s" || doc.tokens[m.last].form == "’s");
    return !possessed && (c == "in" || c == "near" || c == "outside" || c == "across");
  }

  // "the city of Marnak", "Marnak, a town near ...", "the state of Ostland": a place noun
  // names the unknown word as a place.
  bool named_as_place(const Mention& m) const {
    auto place_noun = [&](uint32_t t) {
      std::string l = to_lower(tree.lemma(t));
      return lex.has_role_kind(l, "place") || l == "state" || l == "island" || l == "county" ||
             l == "district" || l == "municipality";
    };
    int h = tree.head(m.head);
    if (tree.case_of(m.head) == "of" && h >= 0 && tree.base(m.head) == "nmod" &&
        place_noun(static_cast<uint32_t>(h)) && !is_capitalised(doc.tokens[h].form))
      return true;
    for (uint32_t c : tree.children(m.head))
      if (c > m.head && tree.base(c) == "appos" && place_noun(c) &&
          !is_capitalised(doc.tokens[c].form))
        return true;
    // "Brinton, a village southwest of ...", whatever the parse made of the apposition.
    const size_t n = doc.tokens.size();
    if (m.last + 2 < n && doc.tokens[m.last].form == ",") {
      uint32_t t = m.last + 1;
      std::string det = to_lower(doc.tokens[t].form);
      if (det == "a" || det == "an") {
        ++t;
        if (t + 1 < n && doc.tokens[t].upos == "ADJ") ++t;
        if (t < n && !is_capitalised(doc.tokens[t].form) && place_noun(t)) return true;
      }
    }
    // "southwest of Marlow", "20 km north of Marlow".
    return m.first >= 2 && doc.tokens[m.first - 1].form == "of" &&
           is_compass_word(to_lower(doc.tokens[m.first - 2].form));
  }

  // "Corvex, Talmor and Vexa Aerospace": an unknown word listed among organisations, and
  // among more of them than persons, is one too. The list is read on the surface (names apart by
  // ",", "and", "or" or ", and"), as parses of long lists vary.
  bool listed_with_orgs(size_t i) const {
    auto separated = [&](const Mention& a, const Mention& b) {
      if (b.first <= a.last || b.first - a.last > 2) return false;
      const std::string& s1 = doc.tokens[a.last].form;
      if (b.first - a.last == 1) return s1 == "," || s1 == "and" || s1 == "or";
      const std::string& s2 = doc.tokens[a.last + 1].form;
      return s1 == "," && (s2 == "and" || s2 == "or");
    };
    int orgs = 0, persons = 0;
    auto count = [&](const Mention& o) {
      if (o.entity < 0) return;
      orgs += entities[o.entity].type == EntityType::Organization;
      persons += entities[o.entity].type == EntityType::Person;
    };
    for (size_t k = i; k > 0 && separated(mentions[k - 1], mentions[k]); --k)
      count(mentions[k - 1]);
    for (size_t k = i; k + 1 < mentions.size() && separated(mentions[k], mentions[k + 1]); ++k)
      count(mentions[k + 1]);
    return orgs >= 2 && orgs > persons;
  }

  // "PC sales", "TV rights": two capitals that only ever modify a common noun and name
  // nothing the article spells out are a term, not an organisation.
  bool short_term(const Mention& m) const {
    if (m.surface.size() != 2 || in_parentheses(m)) return false;
    for (const auto& o : mentions) {
      if (o.surface != m.surface) continue;
      int h = tree.head(o.head);
      if (tree.base(o.head) != "compound" || h <= static_cast<int>(o.head) ||
          doc.tokens[h].upos != "NOUN" || is_capitalised(doc.tokens[h].form))
        return false;
    }
    return true;
  }

  bool in_parentheses(const Mention& m) const {
    return m.first > 0 && m.last < doc.tokens.size() && doc.tokens[m.first - 1].form == "(" &&
           doc.tokens[m.last].form == ")";
  }

  // The armed forces of `country` named in the article ("Ghanaian Armed Forces"), or of any country
  // when `country` is empty and the article names exactly one; else -1.
  int armed_forces(const std::string& country) {
    std::string found;
    for (const auto& m : mentions) {
      if (m.kind != MentionKind::Name || m.type != EntityType::Organization ||
          !is_armed_forces_name(m.surface) || (!country.empty() && m.container != country))
        continue;
      if (!found.empty() && found != m.surface) return -1;
      found = m.surface;
    }
    if (found.empty()) return -1;
    return get(entity_key(EntityType::Organization, found), EntityType::Organization, found);
  }

  // The nouns of "Ghanaian army": the country's armed forces (not relations.h's wider
  // is_state_body_word).
  static bool is_armed_forces_word(const std::string& w) {
    return w == "army" || w == "military" || w == "forces" || w == "troops";
  }

  void first_pass() {
    for (auto& m : mentions) {
      if (names_language(tree, lex, m)) continue;
      switch (m.kind) {
        case MentionKind::Name:
        case MentionKind::Demonym:
          // "Ghanaian army" is the "Ghanaian Armed Forces" the article names.
          if (m.kind == MentionKind::Demonym && m.last - m.first >= 2 &&
              is_armed_forces_word(doc.tokens[m.last - 1].form)) {
            if (int a = armed_forces(m.key); a >= 0) {
              m.type = EntityType::Organization;
              assign(m, a);
              break;
            }
          }
          if (int full = m.type == EntityType::Person ? person_ending_with(m.surface) : -1;
              full >= 0) {
            assign(m, full);
          } else if (!m.key.empty()) {
            assign(m, get(m.key, m.type, m.name));
          } else if (m.type == EntityType::Person && !m.person_cue) {
            break;  // second pass: it may be the start of an organisation's name
          } else {
            std::string name = m.surface;
            if (m.type == EntityType::Person && name.size() > 2 &&
                (name.ends_with("'s") || name.ends_with("’s")))
              name.erase(name.size() - (name.ends_with("'s") ? 2 : 4));
            assign(m, get(entity_key(m.type, name), m.type, name));
          }
          break;
        case MentionKind::Nominal:
          assign(m, get(m.key, m.type, m.name));
          break;
        case MentionKind::Party:  // "Ostland police": no name of its own to share with "Ostland"
          assign(m, get(m.key, m.type, m.name));
          parties.push_back(m.entity);
          break;
        case MentionKind::Capital:
          if (acts(m.head)) {
            std::string country = m.key;
            m.type = EntityType::Country;
            assign(m, get(country, EntityType::Country, gaz.country_name(country)));
          } else if (is_place_position(m.head) || city_by_its_noun(tree, m)) {
            m.type = EntityType::Location;
            assign(m, get(entity_key(EntityType::Location, m.surface), EntityType::Location,
                          m.surface));
          }
          break;
        default:
          break;
      }
    }
  }

  int match_initials(const std::string& acronym) const {
    int found = -1;
    std::string clean;
    for (char c : acronym)
      if (c != '.') clean += c;
    for (size_t e = 0; e < entities.size(); ++e) {
      const Entity& ent = entities[e];
      if (ent.type != EntityType::Organization && ent.type != EntityType::Country) continue;
      std::vector<std::string> names{ent.name};
      if (ent.type == EntityType::Country) names = gaz.names_of(ent.key);
      bool hit = false;
      for (const auto& n : names)
        for (const auto& i : initials(n)) hit |= i.size() >= 2 && i == clean && n != acronym;
      if (!hit) continue;
      if (found >= 0 && found != static_cast<int>(e)) return -2;  // ambiguous
      found = static_cast<int>(e);
    }
    return found;
  }

  // "Nordvik Inc (NRDV.OL)", "Nordvik's (NRD_p.DE)": a ticker in parentheses right after a
  // company's name is another name of the company.
  int ticker_owner(size_t i) const {
    const Mention& m = mentions[i];
    bool ticker =
        m.last == m.first + 1 && in_parentheses(m) &&
        (m.surface.find('.') != std::string::npos || m.surface.find('_') != std::string::npos);
    if (!ticker || i == 0) return -1;
    const Mention& o = mentions[i - 1];
    uint32_t gap = m.first - 1 - o.last;  // "(" directly, or after "'s"
    if (o.entity < 0 || entities[o.entity].type != EntityType::Organization || gap > 1 ||
        (gap == 1 && doc.tokens[o.last].form != "'s" && doc.tokens[o.last].form != "’s"))
      return -1;
    return o.entity;
  }

  // The one organisation whose name holds the acronym's letters in order, starting with its first
  // letter: initials with a word skipped ("ITRC" for "International Tribunal for the
  // Ruritanian Conflict", "EPA" after a country's abbreviation) or a one-word name's letters ("KB"
  // for "Kornblum AG"). -1 when none, -2 when several.
  int match_letters(const std::string& acronym) const {
    std::string a;
    for (char c : acronym)
      if (c != '.') a += c;
    if (a.size() < 2 || !is_all_caps_word(a)) return -1;
    auto in_order = [](const std::string& hay, const std::string& needle) {
      size_t at = 0;
      for (char c : needle) {
        at = hay.find(c, at);
        if (at == std::string::npos) return false;
        ++at;
      }
      return true;
    };
    int found = -1;
    for (size_t e = 0; e < entities.size(); ++e) {
      const Entity& ent = entities[e];
      if (ent.type != EntityType::Organization || is_all_caps_word(ent.name)) continue;
      std::vector<std::string> words;
      for (const auto& w : words_of(ent.name))
        if (!is_legal_form(w)) words.push_back(w);
      if (words.empty()) continue;
      bool hit = false;
      if (words.size() == 1) {
        std::string upper;
        for (char c : words[0]) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        hit = a.size() <= 3 && words[0].size() >= 5 && upper[0] == a[0] &&
              in_order(upper.substr(1), a.substr(1));
      } else if (a.size() >= 3) {
        std::string letters = initials(ent.name).front();
        hit = letters.size() > a.size() &&
              (letters.back() == a.back() || initials_end_with(ent.name, a)) &&
              (letters[0] == a[0] ? in_order(letters.substr(1), a.substr(1))
                                  : initials_end_with(ent.name, a));
      }
      if (!hit) continue;
      if (found >= 0 && found != static_cast<int>(e)) return -2;
      found = static_cast<int>(e);
    }
    return found;
  }

  static bool is_all_caps_phrase(const std::string& s) {
    for (unsigned char c : s)
      if (c >= 'a' && c <= 'z') return false;
    return true;
  }

  // A line all in capitals: a subhead or a standfirst, whose words are no names of their own.
  bool in_capitals_line(const Mention& m) const {
    const Sentence& s = doc.sentences[doc.sentence_of(m.first)];
    int words = 0;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const std::string& f = doc.tokens[t].form;
      bool letter = false;
      for (unsigned char c : f) {
        if (c >= 'a' && c <= 'z') return false;
        letter |= c >= 'A' && c <= 'Z';
      }
      words += letter;
    }
    return words >= 2;
  }

  int person_with_word(const Mention& m) const {
    int best = -1;
    uint32_t best_at = 0;
    for (const auto& o : mentions) {
      if (o.entity < 0 || entities[o.entity].type != EntityType::Person || o.last - o.first < 2)
        continue;
      auto w = words_of(o.surface);
      // "Ana B. Lind Jr.": the generational suffix follows the surname.
      while (w.size() > 2 && (w.back() == "Jr." || w.back() == "Jr" || w.back() == "Sr." ||
                              w.back() == "Sr" || w.back() == "II" || w.back() == "III"))
        w.pop_back();
      // "Rashid" for "Omar al-Rashid": the particle glued to a surname is left off.
      std::string last = w.back();
      if (size_t dash = last.find('-'); dash != std::string::npos && dash <= 4 &&
                                        dash + 1 < last.size() && last[0] >= 'a' && last[0] <= 'z')
        last = last.substr(dash + 1);
      if (w.front() != m.surface && w.back() != m.surface && last != m.surface) continue;
      // The nearest full name before the surname; one after it only when none comes before.
      bool before = o.begin < m.begin;
      if (best < 0 || (before && (o.begin > best_at || best_at > m.begin))) {
        best = o.entity;
        best_at = o.begin;
      }
    }
    return best;
  }

  // The one person already named whose name ends with the words of `name` and has more of them:
  // a surname of several words ("Ould Varo" after "Salem Ould Varo"); -1 when none or several.
  int person_ending_with(const std::string& name) const {
    auto w = words_of(name);
    if (w.size() < 2) return -1;
    int found = -1;
    for (size_t e = 0; e < entities.size(); ++e) {
      if (entities[e].type != EntityType::Person) continue;
      auto n = words_of(entities[e].name);
      if (n.size() > w.size() && std::equal(w.rbegin(), w.rend(), n.rbegin()))
        found = found == -1 ? static_cast<int>(e) : -2;
    }
    return found;
  }

  // "Nordvik" or "Nordvik Freight" for the "Nordvik Freight Lines" named in the article.
  int org_with_prefix(const Mention& m) const {
    auto w = words_of(m.surface);
    int found = -1;
    for (size_t e = 0; e < entities.size(); ++e) {
      if (entities[e].type != EntityType::Organization ||
          std::find(parties.begin(), parties.end(), static_cast<int>(e)) != parties.end())
        continue;
      auto n = words_of(entities[e].name);
      if (n.size() >= w.size() && std::equal(w.begin(), w.end(), n.begin()))
        found = found == -1 ? static_cast<int>(e) : -2;
    }
    return found;
  }

  // "US Congress" ends with the lone word "Congress".
  static bool ends_with_word(const std::string& name, const Mention& m) {
    return name.size() > m.surface.size() + 1 && name.ends_with(" " + m.surface);
  }

  int nearest_org(const Mention& m, auto&& pred) const {
    int best = -1;
    for (const auto& o : mentions)
      if (o.begin < m.begin && o.entity >= 0 &&
          entities[o.entity].type == EntityType::Organization && pred(entities[o.entity]))
        best = o.entity;
    return best;
  }

  int same_name_any_case(const std::string& surface) const {
    if (surface.size() < 4) return -1;  // "US", "IT": too short to tell a word from an acronym
    std::string lower = to_lower(surface);
    for (size_t e = 0; e < entities.size(); ++e)
      if (entities[e].name != surface && to_lower(entities[e].name) == lower)
        return static_cast<int>(e);
    return -1;
  }

  void second_pass() {
    for (size_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      if (m.entity >= 0 || names_language(tree, lex, m)) continue;
      switch (m.kind) {
        case MentionKind::Acronym: {
          if (int o = ticker_owner(i); o >= 0) {
            assign(m, o);
            break;
          }
          // "Royal Institute for Maritime Studies (RIMS)": the name right before the parenthesis.
          if (in_parentheses(m) && i > 0 && mentions[i - 1].entity >= 0 &&
              mentions[i - 1].last + 1 == m.first &&
              (initials_end_with(entities[mentions[i - 1].entity].name, m.surface) ||
               names_foreign_acronym(entities[mentions[i - 1].entity], m.surface))) {
            assign(m, mentions[i - 1].entity);
            defined_acronyms[m.surface] = m.entity;
            break;
          }
          if (auto it = defined_acronyms.find(m.surface); it != defined_acronyms.end()) {
            assign(m, it->second);
            break;
          }
          // A word in capitals (a dateline, a subhead: "CHINA") names the entity it spells.
          if (int same = same_name_any_case(m.surface); same >= 0) {
            assign(m, same);
            break;
          }
          int e = match_initials(m.surface);
          if (e == -1) e = match_letters(m.surface);
          if (e == -1 && in_capitals_line(m)) break;  // a subhead's word ("VICTIMS' TEARS")
          if (e == -1 && short_term(m)) break;
          if (e >= 0) {
            assign(m, e);
          } else if (e == -1) {
            assign(m, get(entity_key(EntityType::Organization, m.surface), EntityType::Organization,
                          m.surface));
          }
          break;
        }
        case MentionKind::Surname: {
          if (int o = ticker_owner(i); o >= 0) {
            m.type = EntityType::Organization;
            assign(m, o);
            break;
          }
          // "the Sun" is no short form of a "Sun Freight" named in the article.
          bool the_head = m.first > 0 && to_lower(doc.tokens[m.first - 1].form) == "the" &&
                          tree.base(m.head) != "compound";
          if (int o = the_head ? -1 : org_with_prefix(m); o >= 0) {
            m.type = EntityType::Organization;
            assign(m, o);
            break;
          }
          int e = the_head ? -1 : person_with_word(m);
          if (e >= 0) {
            m.type = EntityType::Person;
            assign(m, e);
          } else if (m.person_cue) {
            assign(m,
                   get(entity_key(EntityType::Person, m.surface), EntityType::Person, m.surface));
          } else if (!the_head && lone_body_word(m.surface)) {
            // "outside Congress", "Parliament voted": a legislature's word alone names it, the
            // one named in full before if any ("the US Congress ... Congress").
            m.type = EntityType::Organization;
            int body = nearest_org(m, [&](const Entity& o) { return ends_with_word(o.name, m); });
            if (body >= 0) {
              assign(m, body);
            } else if (!std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
                         return o.type == EntityType::Organization && ends_with_word(o.surface, m);
                       })) {
              assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
            }  // else named in full only later: joined to it below
          } else if (named_as_place(m)) {
            m.type = EntityType::Location;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (names_plural_people(tree, lex, m) && !is_place_position(m.head)) {
            m.type = EntityType::Group;  // "against the Kessans": a people, a party's members
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (in_parentheses(m)) {  // a credit: "(Reuters)"
            m.type = EntityType::Organization;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (is_place_position(m.head) && tree.base(m.head) != "nmod:poss") {
            // "sold to Verizon", "an engineer at Google": the tagger tells a company from a place;
            // not after "in" or "near", nor after "the", where a place is far likelier ("at the
            // Hague", "to the Sun").
            const std::string c = tree.case_of(m.head);
            bool company = (c == "to" || c == "at" || c == "from") && m.first > 0 &&
                           to_lower(doc.tokens[m.first - 1].form) != "the" &&
                           ner_type_of(doc, m) == EntityType::Organization;
            m.type = company ? EntityType::Organization : EntityType::Location;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (!the_head && camel_case_brand(m.surface)) {
            // "YouTube", "SpaceX": a word written like a brand is an organisation (the tagger's
            // company reading of other lone words is right too seldom to follow).
            m.type = EntityType::Organization;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          }
          break;
        }
        case MentionKind::Compass: {
          int found = -1;
          for (size_t e = 0; e < entities.size(); ++e)
            if (entities[e].type == EntityType::Country &&
                entities[e].name.rfind(m.surface + " ", 0) == 0)
              found = found == -1 ? static_cast<int>(e) : -2;
          if (found >= 0) assign(m, found);
          break;
        }
        case MentionKind::HeadOnly:
          assign(m, nearest_org(m, [&](const Entity& e) {
                   auto w = words_of(e.name);
                   return w.size() > 1 && w.back() == m.surface;
                 }));
          break;
        case MentionKind::Description: {
          // "the automaker": the one organisation introduced before as "automaker X".
          int found = -1;
          for (const auto& o : mentions) {
            if (o.begin >= m.begin) break;
            if (o.entity < 0 || o.first == 0 ||
                entities[o.entity].type != EntityType::Organization ||
                to_lower(tree.lemma(o.first - 1)) != m.key)
              continue;
            found = found < 0 || found == o.entity ? o.entity : -2;
          }
          if (found >= 0) assign(m, found);
          break;
        }
        case MentionKind::StateMedia:
          assign(m, nearest_org(m, [](const Entity& e) {
                   return e.name.find("News") != std::string::npos ||
                          e.name.find("Agency") != std::string::npos;
                 }));
          break;
        case MentionKind::Military: {
          // "Ghana's military": that country's named armed forces, else the country itself.
          if (m.first >= 2 &&
              (doc.tokens[m.first - 1].form == "'s" || doc.tokens[m.first - 1].form == "’s")) {
            for (const auto& o : mentions)
              if (o.last == m.first - 1 && o.entity >= 0 &&
                  entities[o.entity].type == EntityType::Country) {
                int a = armed_forces(entities[o.entity].key);
                assign(m, a >= 0 ? a : o.entity);
                if (a < 0) m.type = EntityType::Country;
              }
            break;
          }
          if (m.first > 0) {  // "the army": the one armed force the article names
            std::string det = to_lower(doc.tokens[m.first - 1].form);
            if (det == "the" || det == "its" || det == "their")
              if (int a = armed_forces(""); a >= 0) assign(m, a);
          }
          break;
        }
        case MentionKind::Name:
          // A subhead in capitals ("ANGRY VOTERS") names nothing unless it spells a known name.
          if (m.key.empty() && is_all_caps_phrase(m.surface) && in_capitals_line(m)) {
            if (int same = same_name_any_case(m.surface); same >= 0) assign(m, same);
            break;
          }
          if (int o = org_with_prefix(m); o >= 0) {
            m.type = EntityType::Organization;
            assign(m, o);
          } else if (m.type == EntityType::Person && !m.person_cue &&
                     (in_place_position(m) || named_as_place(m))) {
            // "in New York", "near Wadi Korra": an unknown name where a place stands.
            m.type = EntityType::Location;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (m.type == EntityType::Person && !m.person_cue && m.key.empty() &&
                     names_plural_group(tree, gaz, lex, m)) {
            m.type = EntityType::Group;  // "Ostland Druzes"
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else {
            std::string name = m.surface;
            if (name.ends_with("'s")) name.erase(name.size() - 2);
            assign(m, get(entity_key(m.type, name), m.type, name));
          }
          break;
        default:
          break;
      }
    }
    for (size_t i = 0; i < mentions.size(); ++i)
      if (Mention& m = mentions[i];
          m.entity < 0 && m.kind == MentionKind::Surname && !m.person_cue && listed_with_orgs(i)) {
        m.type = EntityType::Organization;
        assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
      }
    // "Congress ... the US Congress": a legislature's word before its full name.
    for (Mention& m : mentions)
      if (m.entity < 0 && m.kind == MentionKind::Surname && m.type == EntityType::Organization &&
          lone_body_word(m.surface))
        for (size_t e = 0; e < entities.size(); ++e)
          if (entities[e].type == EntityType::Organization && ends_with_word(entities[e].name, m)) {
            assign(m, static_cast<int>(e));
            break;
          }
    // A lone word typed only later in the text ("Xville ... in Xville") is that place or
    // organisation wherever it stands.
    for (Mention& m : mentions)
      if (m.entity < 0 && m.kind == MentionKind::Surname && !m.person_cue)
        for (size_t e = 0; e < entities.size(); ++e)
          if (entities[e].type != EntityType::Person && entities[e].name == m.surface) {
            m.type = entities[e].type;
            assign(m, static_cast<int>(e));
            break;
          }
  }
};

}  // namespace

std::vector<Entity> resolve_entities(const DependencyTree& tree, std::vector<Mention>& mentions,
                                     const Gazetteer& gazetteer, const Lexicon& lexicon) {
  Resolver r{tree, mentions, gazetteer, lexicon, tree.doc(), {}, {}, {}, {}};
  r.first_pass();
  r.second_pass();
  return merge_entities(tree, mentions, lexicon, std::move(r.entities));
}

}  // namespace kg
