#include "extractor/facts/coreference.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace kg {
namespace {

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  for (auto& w : split(s, ' '))
    if (!w.empty()) out.push_back(w);
  return out;
}

bool is_function_word(const std::string& w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "'s";
}

// Initials variants of a name: "Royal Institute for Maritime Studies" -> {"RIMS", "RIFMS"};
// all-capital words contribute whole ("UN Security Council" -> "UNSC").
std::vector<std::string> initials(const std::string& name) {
  std::string without, with;
  for (const auto& w : words_of(name)) {
    std::string clean;
    for (char c : w)
      if (c != '.') clean += c;
    if (clean.empty()) continue;
    if (is_function_word(clean)) {
      if (clean != "'s") with += static_cast<char>(clean[0] - 32);
      continue;
    }
    std::string piece = is_all_caps_word(clean) ? clean : std::string(1, clean[0]);
    // "People's" -> "P", "Democratic" -> "D"
    without += piece;
    with += piece;
  }
  return {without, with};
}

// "Coastal Union Peace and Security Board (PSB)": the acronym spells the name's last words.
bool initials_end_with(const std::string& name, const std::string& acronym) {
  for (const auto& i : initials(name))
    if (i.size() >= acronym.size() &&
        i.compare(i.size() - acronym.size(), acronym.size(), acronym) == 0)
      return true;
  return false;
}

std::string hyphen_folded(std::string key) {
  std::replace(key.begin(), key.end(), '-', ' ');
  return key;
}

// "Coalition of Coastal Nations (CNC)": an acronym in parentheses right after an organisation's
// name abbreviates it even when it spells another language's words, if the first letters agree.
bool names_foreign_acronym(const Entity& e, const std::string& acronym) {
  return e.type == EntityType::Organization && acronym.size() >= 2 && !e.name.empty() &&
         e.name[0] == acronym[0] && !is_all_caps_word(e.name);
}

// Armed forces named as such ("Ghanaian Armed Forces", "Kenyan Army").
bool is_armed_forces_name(const std::string& name) {
  return name.ends_with(" Armed Forces") || name.ends_with(" Army") ||
         name.ends_with(" Military") || name.ends_with(" Defence Forces") ||
         name.ends_with(" Defense Forces");
}

struct Resolver {
  const DependencyTree& tree;
  std::vector<Mention>& mentions;
  const Gazetteer& gaz;
  const Lexicon& lex;
  const Document& doc;
  std::vector<Entity> entities;
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, int> defined_acronyms;  // "(PSC)" after its name

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
    return false;
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

  static bool is_state_body_word(const std::string& w) {
    return w == "army" || w == "military" || w == "forces" || w == "troops";
  }

  void first_pass() {
    for (auto& m : mentions) {
      switch (m.kind) {
        case MentionKind::Name:
        case MentionKind::Demonym:
          // "Ghanaian army" is the "Ghanaian Armed Forces" the article names.
          if (m.kind == MentionKind::Demonym && m.last - m.first >= 2 &&
              is_state_body_word(doc.tokens[m.last - 1].form)) {
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
        case MentionKind::Capital:
          if (acts(m.head)) {
            std::string country = m.key;
            m.type = EntityType::Country;
            assign(m, get(country, EntityType::Country, gaz.country_name(country)));
          } else if (is_place_position(m.head)) {
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
      if (entities[e].type != EntityType::Organization) continue;
      auto n = words_of(entities[e].name);
      if (n.size() >= w.size() && std::equal(w.begin(), w.end(), n.begin()))
        found = found == -1 ? static_cast<int>(e) : -2;
    }
    return found;
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
      if (m.entity >= 0) continue;
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
          if (int o = org_with_prefix(m); o >= 0) {
            m.type = EntityType::Organization;
            assign(m, o);
            break;
          }
          int e = person_with_word(m);
          if (e >= 0) {
            m.type = EntityType::Person;
            assign(m, e);
          } else if (m.person_cue) {
            assign(m,
                   get(entity_key(EntityType::Person, m.surface), EntityType::Person, m.surface));
          } else if (named_as_place(m)) {
            m.type = EntityType::Location;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (in_parentheses(m)) {  // a credit: "(Reuters)"
            m.type = EntityType::Organization;
            assign(m, get(entity_key(m.type, m.surface), m.type, m.surface));
          } else if (is_place_position(m.head) && tree.base(m.head) != "nmod:poss") {
            m.type = EntityType::Location;
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

  // Merges entity `from` into `into` (mentions re-pointed; `from` left empty and dropped later).
  void merge(int from, int into) {
    for (auto& m : mentions)
      if (m.entity == from) m.entity = into;
  }

  // Whether entity `e` was typed by the rules alone (no gazetteer or lexicon key).
  bool rule_typed(int e) const {
    return entities[e].key == entity_key(entities[e].type, entities[e].name);
  }

  static int type_rank(EntityType t) {  // which guess to keep when one name got two types
    switch (t) {
      case EntityType::Organization:
        return 4;
      case EntityType::Group:
        return 3;
      case EntityType::Location:
        return 2;
      case EntityType::Person:
        return 1;
      default:
        return 0;
    }
  }

  // One name, one thing: the same unknown name typed two ways in one article ("against X" read as a
  // person, "in X" as a place), or singular and plural ("Ostland Muslim", "Ostland Muslims").
  void merge_same_names() {
    for (size_t a = 0; a < entities.size(); ++a)
      for (size_t b = a + 1; b < entities.size(); ++b) {
        const std::string &na = entities[a].name, &nb = entities[b].name;
        bool same = na == nb && entities[a].type != entities[b].type;
        bool plural = entities[a].type == entities[b].type && na.find(' ') != std::string::npos &&
                      (na + "s" == nb || nb + "s" == na);
        if (!(same || plural) || !rule_typed(static_cast<int>(a)) ||
            !rule_typed(static_cast<int>(b)))
          continue;
        if (entities[a].type == EntityType::Person && entities[b].type == EntityType::Person &&
            plural)
          continue;  // "Ana Lind" and "Ana Linds" are no evidence
        int keep = type_rank(entities[a].type) >= type_rank(entities[b].type) ? a : b;
        if (plural) keep = na.size() > nb.size() ? a : b;
        merge(keep == static_cast<int>(a) ? b : a, keep);
      }
  }

  // The entity of the mention ending right before token `t` (skipping a comma), or -1.
  int mention_ending_at(uint32_t t) const {
    if (t > 0 && doc.tokens[t - 1].form == ",") --t;
    for (const auto& o : mentions)
      if (o.last == t && o.entity >= 0) return o.entity;
    return -1;
  }

  // "X, also known as Y or Z", "X (the Y)": other names given by the article itself. And "using an
  // acronym for X": the one acronym of that sentence that names nothing else stands for X.
  void merge_defined_names() {
    auto compatible = [&](int a, int b) {
      bool pa = entities[a].type == EntityType::Person, pb = entities[b].type == EntityType::Person;
      return a != b && (pa == pb || (rule_typed(a) && rule_typed(b)));
    };
    for (size_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      if (m.entity < 0 || m.first < 2) continue;
      const std::string& w1 = doc.tokens[m.first - 1].form;
      const std::string& w2 = doc.tokens[m.first - 2].form;
      int target = -1;
      if (w1 == "as" && w2 == "known") {
        uint32_t t = m.first - 2;
        if (t > 0 && doc.tokens[t - 1].form == "also") --t;
        target = mention_ending_at(t);
      } else if (w1 == "(" && m.last < doc.tokens.size() && doc.tokens[m.last].form == ")") {
        target = mention_ending_at(m.first - 1);
      } else if (w1 == "the" && w2 == "(" && m.last < doc.tokens.size() &&
                 doc.tokens[m.last].form == ")") {
        target = mention_ending_at(m.first - 2);
      }
      if (target < 0 || !compatible(target, m.entity)) continue;
      int from = m.entity;
      bool acronym = m.kind == MentionKind::Acronym;
      merge(from, target);
      if (acronym) as_organization(target);
      // "also known as Y or Z": the next name of the list too.
      for (size_t k = i + 1; k < mentions.size(); ++k) {
        const Mention& n = mentions[k];
        if (n.entity < 0 || n.first < 1 || n.first != mentions[k - 1].last + 1) break;
        const std::string& sep = doc.tokens[n.first - 1].form;
        if (sep != "or" && sep != "and" && sep != ",") break;
        if (compatible(target, n.entity)) merge(n.entity, target);
      }
    }
    for (uint32_t t = 2; t + 1 < doc.tokens.size(); ++t) {
      if (doc.tokens[t].form != "for" || to_lower(doc.tokens[t - 1].form) != "acronym") continue;
      int target = -1;
      for (const auto& o : mentions)
        if (o.first == t + 1 && o.entity >= 0) target = o.entity;
      if (target < 0) continue;
      int sentence = doc.sentence_of(t), acronym = -1;
      for (const auto& o : mentions) {
        if (o.kind != MentionKind::Acronym || o.entity < 0 || o.entity == target ||
            doc.sentence_of(o.first) != sentence)
          continue;
        acronym = acronym == -1 || acronym == o.entity ? o.entity : -2;
      }
      if (acronym >= 0 && entities[target].type != EntityType::Person) {
        merge(acronym, target);
        as_organization(target);
      }
    }
  }

  // An acronym for a name the rules guessed a place ("in X") makes it the organisation it is.
  void as_organization(int e) {
    if (!rule_typed(e) || entities[e].type != EntityType::Location) return;
    entities[e].type = EntityType::Organization;
    entities[e].key = entity_key(EntityType::Organization, entities[e].name);
    for (auto& m : mentions)
      if (m.entity == e) m.type = EntityType::Organization;
  }

  // Whether mention `m` sits where a company does: "chief executive of X", "a spokesman for X",
  // "X, a company ...", "X is a manufacturer".
  bool company_context(const Mention& m) const {
    auto org_noun = [&](uint32_t t) {
      return !is_capitalised(doc.tokens[t].form) && lex.has_role_kind(tree.lemma(t), "org");
    };
    int h = tree.head(m.head);
    std::string c = tree.case_of(m.head);
    if (h >= 0 && (c == "of" || c == "for" || c == "at") && tree.base(m.head) == "nmod" &&
        !is_capitalised(doc.tokens[h].form) &&
        (lex.has_role_kind(tree.lemma(h), "role") || org_noun(static_cast<uint32_t>(h))) &&
        tree.lemma(h) != "member" && tree.lemma(h) != "leader")
      return true;
    if (h >= 0 && tree.rel(m.head).starts_with("nsubj") && org_noun(static_cast<uint32_t>(h)))
      return true;
    for (uint32_t ch : tree.children(m.head))
      if (tree.base(ch) == "appos" && org_noun(ch)) return true;
    return false;
  }

  // A name the rules typed a person by default becomes an organisation where its context says so,
  // unless a title or role before one of its mentions says it is a person.
  void retype_by_context() {
    std::vector<int> org(entities.size(), 0);
    for (const auto& m : mentions) {
      if (m.entity < 0 || entities[m.entity].type != EntityType::Person || !rule_typed(m.entity))
        continue;
      if (m.person_cue)
        org[m.entity] = -1000;
      else if (company_context(m))
        ++org[m.entity];
    }
    for (size_t e = 0; e < entities.size(); ++e) {
      if (org[e] <= 0) continue;
      entities[e].type = EntityType::Organization;
      entities[e].key = entity_key(EntityType::Organization, entities[e].name);
      for (auto& m : mentions)
        if (m.entity == static_cast<int>(e)) m.type = EntityType::Organization;
    }
  }

  void merge_pass() {
    retype_by_context();
    merge_same_names();
    merge_defined_names();
    // "Security Council" is the "UN Security Council" named elsewhere in the article.
    for (size_t a = 0; a < entities.size(); ++a) {
      if (entities[a].type != EntityType::Organization) continue;
      auto wa = words_of(entities[a].name);
      if (wa.size() < 2) continue;
      int into = -1;
      for (size_t b = 0; b < entities.size(); ++b) {
        if (a == b || entities[b].type != EntityType::Organization) continue;
        auto wb = words_of(entities[b].name);
        if (wb.size() <= wa.size() || !std::equal(wa.rbegin(), wa.rend(), wb.rbegin())) continue;
        into = into == -1 ? static_cast<int>(b) : -2;
      }
      if (into >= 0) merge(static_cast<int>(a), into);
    }
    // "Baltic Freight Lines" is the "Baltic Freight Lines Ltd" named in the article.
    for (size_t a = 0; a < entities.size(); ++a) {
      if (entities[a].type != EntityType::Organization) continue;
      auto wa = words_of(entities[a].name);
      for (size_t b = 0; b < entities.size(); ++b) {
        if (a == b || entities[b].type != EntityType::Organization) continue;
        auto wb = words_of(entities[b].name);
        if (wb.size() <= wa.size() || !std::equal(wa.begin(), wa.end(), wb.begin())) continue;
        bool legal_form = true;
        for (size_t k = wa.size(); k < wb.size(); ++k) legal_form &= is_legal_form(wb[k]);
        if (legal_form) merge(static_cast<int>(a), static_cast<int>(b));
      }
    }
    // "missiles" is the "ballistic missiles" named in the article; "factory" the "munitions
    // factories". Two named kinds of one head ("cruise missiles", "ballistic missiles") stay apart.
    std::map<std::string, std::vector<int>> by_head;
    for (const auto& m : mentions)
      if (m.kind == MentionKind::Nominal && !m.generic && m.entity >= 0) {
        auto& v = by_head[to_string(m.type).data() + (":" + to_lower(tree.lemma(m.head)))];
        if (std::find(v.begin(), v.end(), m.entity) == v.end()) v.push_back(m.entity);
      }
    auto classifiers = [&](int e) {
      std::vector<std::string> out;
      for (const auto& w : words_of(entities[e].name))
        if (lex.is_classifier(w)) out.push_back(w);
      return out;
    };
    for (auto& [head, ids] : by_head) {
      int into = ids.front();
      for (int e : ids)
        if (words_of(entities[e].name).size() > words_of(entities[into].name).size() &&
            words_of(entities[into].name).size() == 1)
          into = e;
      for (int e : ids) {
        auto a = classifiers(e), b = classifiers(into);
        if (e != into && (a.empty() || b.empty() || a == b)) merge(e, into);
      }
    }
    // Cover words ("weapons") stand for the article's main thing of their type.
    // With no named thing of their type, the cover words of one type ("the deal", "the takeover")
    // stand for one thing: the one written most often.
    std::map<int, int> count, generic_count;
    for (const auto& m : mentions)
      if (m.entity >= 0 && m.kind == MentionKind::Nominal)
        ++(m.generic ? generic_count : count)[m.entity];
    auto most = [&](const std::map<int, int>& c, EntityType type) {
      int best = -1;
      for (const auto& [e, n] : c)
        if (entities[e].type == type && (best < 0 || n > c.at(best))) best = e;
      return best;
    };
    for (auto& m : mentions) {
      if (m.kind != MentionKind::Nominal || !m.generic) continue;
      int best = most(count, m.type);
      if (best < 0) best = most(generic_count, m.type);
      if (best >= 0) m.entity = best;
    }
  }

  std::vector<Entity> finish() {
    std::vector<int> remap(entities.size(), -1);
    std::vector<Entity> out;
    for (auto& m : mentions) {
      if (m.entity < 0) continue;
      if (remap[m.entity] < 0) {
        remap[m.entity] = static_cast<int>(out.size());
        out.push_back(entities[m.entity]);
        out.back().aliases.clear();
      }
      m.entity = remap[m.entity];
      Entity& e = out[m.entity];
      e.mentions.push_back({doc.sentence_of(m.first), m.begin, m.end});
      if (std::find(e.aliases.begin(), e.aliases.end(), m.surface) == e.aliases.end())
        e.aliases.push_back(m.surface);
    }
    for (auto& e : out) {
      if (e.type == EntityType::Organization || e.type == EntityType::Person) {
        // The longest spelled-out form names the entity ("Royal Institute for ...", not "RIMS").
        std::string best = e.name;
        for (const auto& a : e.aliases)
          if (!is_all_caps_word(a) && a.size() > best.size() && !a.ends_with("'s") &&
              (e.type == EntityType::Person || lex.is_org_head(words_of(a).back()) ||
               is_all_caps_word(best)))
            best = a;
        e.name = best;
        e.key = entity_key(e.type, best);
      }
      if (std::find(e.aliases.begin(), e.aliases.end(), e.name) == e.aliases.end())
        e.aliases.insert(e.aliases.begin(), e.name);
    }
    return out;
  }
};

}  // namespace

MentionIndex::MentionIndex(const Document& doc, const std::vector<Mention>& mentions)
    : doc_(doc), mentions_(mentions), by_token_(doc.tokens.size(), -1) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.entity < 0) continue;
    for (uint32_t t = m.first; t < m.last; ++t)
      if (by_token_[t] < 0 || t == m.head) by_token_[t] = static_cast<int>(i);
  }
}

const Mention* MentionIndex::mention_at(uint32_t t) const {
  return t < by_token_.size() && by_token_[t] >= 0 ? &mentions_[by_token_[t]] : nullptr;
}

int MentionIndex::entity_at(uint32_t t) const {
  const Mention* m = mention_at(t);
  return m ? m->entity : -1;
}

int MentionIndex::pronoun_antecedent(uint32_t t, const std::vector<Entity>& entities) const {
  std::string p = to_lower(doc_.tokens[t].form);
  bool person = p == "he" || p == "him" || p == "his" || p == "she" || p == "her";
  bool thing = p == "it" || p == "its" || p == "they" || p == "them" || p == "their";
  if (!person && !thing) return -1;
  int sentence = doc_.sentence_of(t);
  int best = -1, best_subject = -1;
  for (const auto& m : mentions_) {
    if (m.begin >= doc_.tokens[t].begin) break;
    if (m.entity < 0 || doc_.sentence_of(m.first) < sentence - 3) continue;
    EntityType ty = entities[m.entity].type;
    if (person ? ty == EntityType::Person
               : (ty == EntityType::Country || ty == EntityType::Organization ||
                  ty == EntityType::Group)) {
      best = m.entity;
      // "Ana Lind, the firm's chief, said Brantwell would ...; he said": the subject of a main
      // clause is the likelier antecedent of "he" than a name inside a reported clause.
      const Token& h = doc_.tokens[m.head];
      if (person && h.deprel.starts_with("nsubj") && h.head >= 0 &&
          doc_.tokens[h.head].deprel == "root")
        best_subject = m.entity;
    }
  }
  return best_subject >= 0 ? best_subject : best;
}

std::vector<Entity> resolve_entities(const DependencyTree& tree, std::vector<Mention>& mentions,
                                     const Gazetteer& gazetteer, const Lexicon& lexicon) {
  Resolver r{tree, mentions, gazetteer, lexicon, tree.doc(), {}, {}};
  r.first_pass();
  r.second_pass();
  r.merge_pass();
  return r.finish();
}

}  // namespace kg
