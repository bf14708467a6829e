#include "extractor/facts/entity_merges.h"

#include <algorithm>
#include <map>

#include "extractor/facts/name_variants.h"

namespace kg {
namespace {

struct Merger {
  const DependencyTree& tree;
  std::vector<Mention>& mentions;
  const Lexicon& lex;
  const Document& doc;
  std::vector<Entity> entities;

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
        // A plural read as a group ("Ostland Druzes") and its singular as a person.
        EntityType plural_type = (na.size() > nb.size() ? entities[a] : entities[b]).type;
        bool plural =
            (entities[a].type == entities[b].type ||
             (plural_type == EntityType::Group && (entities[a].type == EntityType::Person ||
                                                   entities[b].type == EntityType::Person))) &&
            na.find(' ') != std::string::npos && (na + "s" == nb || nb + "s" == na);
        if (!(same || plural) || !rule_typed(static_cast<int>(a)) ||
            !rule_typed(static_cast<int>(b)))
          continue;
        // "Ana Lind" and "Ana Linds" are no evidence; "the Ostland Druze elders" beside "Ostland
        // Druzes" is: a person's name never modifies a common noun.
        if (plural && plural_type == EntityType::Person &&
            !modifies_noun(static_cast<int>(na.size() < nb.size() ? a : b)))
          continue;
        int keep = type_rank(entities[a].type) >= type_rank(entities[b].type) ? a : b;
        if (plural) keep = na.size() > nb.size() ? a : b;
        merge(keep == static_cast<int>(a) ? b : a, keep);
      }
  }

  // Whether the name of entity `e` is written somewhere right before a lower-case common noun it
  // modifies ("the Ostland Druze elders"), as no person's name is.
  bool modifies_noun(int e) const {
    auto words = words_of(entities[e].name);
    const auto& toks = doc.tokens;
    for (size_t t = 0; t + words.size() < toks.size(); ++t) {
      size_t k = 0;
      while (k < words.size() && toks[t + k].form == words[k]) ++k;
      if (k < words.size()) continue;
      const Token& next = toks[t + k];
      if (next.upos == "NOUN" && !is_capitalised(next.form)) return true;
    }
    return false;
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
      // "Halvorsen (Norway) Limited": a place in parentheses after a name that is
      // none says where, not who.
      auto place = [&](int e) {
        return entities[e].type == EntityType::Country || entities[e].type == EntityType::Location;
      };
      if (target < 0 || !compatible(target, m.entity) || (place(m.entity) && !place(target)))
        continue;
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
    // "Druzes" is the "Ostland Druzes" named in the article (when only one group ends so).
    for (size_t a = 0; a < entities.size(); ++a) {
      if (entities[a].type != EntityType::Group || !rule_typed(static_cast<int>(a)) ||
          entities[a].name.find(' ') != std::string::npos)
        continue;
      int into = -1;
      for (size_t b = 0; b < entities.size(); ++b)
        if (b != a && entities[b].type == EntityType::Group &&
            entities[b].name.ends_with(" " + entities[a].name))
          into = into == -1 ? static_cast<int>(b) : -2;
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
        // "Halden Broadcasting" is the "Halden Broadcasting News" of a credit line.
        bool legal_form = true;
        for (size_t k = wa.size(); k < wb.size(); ++k)
          legal_form &= is_legal_form(wb[k]) || (k + 1 == wb.size() && wb[k] == "News");
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

std::vector<Entity> merge_entities(const DependencyTree& tree, std::vector<Mention>& mentions,
                                   const Lexicon& lexicon, std::vector<Entity> entities) {
  Merger m{tree, mentions, lexicon, tree.doc(), std::move(entities)};
  m.merge_pass();
  return m.finish();
}

}  // namespace kg
