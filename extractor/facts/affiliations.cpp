// Affiliations read off the surface around names, which parsers attach unreliably: titles before a
// name ("Ruritanian Foreign Ministry spokesperson Ana Petrov"), role appositions ("Ivo Marsh,
// a senior analyst at the Delta Policy Institute"; "Norland, one of the twelve founding members of
// the Arctic Council"), possessed or prefixed organisations ("the North's official news agency",
// "Kenyan Foreign Ministry"), and "City, Country".
#include <algorithm>
#include <cstdlib>

#include "extractor/facts/surface_reader.h"

namespace kg {
namespace {

struct Affiliations : SurfaceReader {
  using SurfaceReader::SurfaceReader;

  void emit(int s, int o, const std::string& cls, const std::string& predicate, uint32_t t) {
    if (s < 0 || o < 0) return;
    Relation r;
    r.subject = s;
    r.object = o;
    r.relation = cls;
    r.predicate = predicate;
    r.confidence = 0.9;
    int sentence = doc.sentence_of(t);
    r.span = {sentence, sentence >= 0 ? doc.sentences[sentence].begin : 0,
              sentence >= 0 ? doc.sentences[sentence].end : 0};
    add_relation(out, std::move(r));
  }

  std::string role_class(uint32_t t) const {
    for (const std::string& w : {lower(t), ctx.tree.lemma(t)})  // "members" -> "member"
      if (const auto* roles = ctx.lexicon.roles(w))
        for (const auto& r : *roles)
          if ((r.kind == "role" || r.kind == "place") && !r.relation.empty()) return r.relation;
    return "";
  }

  // "vice president", "deputy chairman", "assistant chief": the modifier makes a leader's role
  // a staff one.
  bool deputy_before(uint32_t t) const {
    if (t == 0) return false;
    std::string w = lower(t - 1);
    return w == "vice" || w == "deputy" || w == "assistant" || w == "associate";
  }

  bool is_title_word(uint32_t t) const {
    return ctx.lexicon.roles(lower(t)) != nullptr ||
           ctx.lexicon.roles(ctx.tree.lemma(t)) != nullptr;
  }

  // "Defence Ministry spokesperson Jane Doe", "Kenyan Foreign Minister X".
  void title_before(const Mention& m) {
    if (ambassador_to(m)) return;
    // "Ruritanian President NAME" where the name took the title in: the title is read the same.
    uint32_t start = m.first;
    while (start + 1 < m.last && is_capitalised(doc.tokens[start].form) && is_title_word(start))
      ++start;
    if (start == 0) return;
    std::string cls, word;
    uint32_t t = start, role_tok = start;
    // "EU foreign policy chief X", "Y's legal adviser X": up to two lower-case words that
    // qualify the role.
    int qualifiers = 0;
    while (t > 0 && (!at(t - 1) || at(t - 1) == &m)) {
      bool title = is_title_word(t - 1);
      const Token& k = doc.tokens[t - 1];
      bool qualifier =
          !cls.empty() && !title && qualifiers < 2 && !is_capitalised(k.form) &&
          (k.upos == "NOUN" || k.upos == "ADJ") && t >= 2 &&
          (at(t - 2) || is_title_word(t - 2) || lower(t - 2) == "'s" || lower(t - 2) == "’s");
      if (!title && !qualifier) break;
      --t;
      qualifiers += qualifier;
      if (cls.empty()) {
        cls = role_class(t);
        word = lower(t);
        role_tok = t;
        if (cls == "LEADER_OF" && deputy_before(t)) cls = "WORKS_FOR";
      }
    }
    if (cls.empty() || cls == "LOCATED_IN") return;
    // "Ruritanian opposition leader X", "the country's church leaders": a qualifying noun names
    // a body within the owner (the opposition, a church), which the person leads; the owner not.
    if (cls == "LEADER_OF" && qualifiers > 0) return;
    if (t == 0) {  // "President X ..." opening the text
      if (cls == "LEADER_OF" && word != "chief" && word != "head")
        emit(m.entity, context_country(m.first), cls, word, m.first);
      return;
    }
    uint32_t owner_tok = t - 1;
    // "Acme Corp's (ACME.N) Chief Executive X": a ticker or abbreviation in brackets sits between.
    if (doc.tokens[owner_tok].form == ")")
      for (uint32_t u = owner_tok; u-- > 0 && u + 5 > owner_tok;)
        if (doc.tokens[u].form == "(") {
          if (u > 0) owner_tok = u - 1;
          break;
        }
    if ((lower(owner_tok) == "'s" || lower(owner_tok) == "’s") && owner_tok > 0) --owner_tok;
    const Mention* owner = at(owner_tok);
    // "X Industries, its managing director Y": "its" is the organisation named before.
    if (!owner && (lower(owner_tok) == "its" || lower(owner_tok) == "their"))
      owner = previous_party(owner_tok);
    // "the agency's North America editor X": the region qualifies the role; the possessor owns it.
    for (uint32_t back = 1; owner && back <= 2 && owner->first >= back + 1; ++back) {
      uint32_t q = owner->first - back;
      if (lower(q) != "'s" && lower(q) != "’s") {
        if (!is_capitalised(doc.tokens[q].form)) break;  // "North" America
        continue;
      }
      if (const Mention* p = at(q - 1); p && p->entity >= 0 && p->type == EntityType::Organization)
        owner = p;
      break;
    }
    // A person owns a staff role ("Y's lawyer X"), never a leader's ("Y's president").
    if (owner && owner->entity >= 0 && owner->entity != m.entity &&
        (owner->type != EntityType::Person || cls == "WORKS_FOR" || cls == "SPOKESPERSON_OF"))
      emit(m.entity, owner->entity, cls, word, m.first);
    else if (cls == "LEADER_OF" && !owner && word != "chief" && word != "head" &&
             !is_capitalised(doc.tokens[owner_tok].form) &&
             // ("church leaders X": a noun before the role names what is led.)
             doc.tokens[owner_tok].upos != "NOUN" && doc.tokens[owner_tok].upos != "ADJ" &&
             word == ctx.tree.lemma(role_tok))  // "Ruritanian President X": unread owner
      emit(m.entity, context_country(m.first), cls, word, m.first);
  }

  // "Chile's ambassador to Norway X": the country after "to" is where the role is held; the
  // possessor before the role owns it.
  bool ambassador_to(const Mention& m) {
    const Mention* host = at(m.first - 1);
    if (!host || host->first < 4 || lower(host->first - 1) != "to") return false;
    uint32_t role = host->first - 2;
    std::string cls = role_class(role);
    if (cls.empty() || cls == "LOCATED_IN") return false;
    uint32_t q = role - 1;
    if (lower(q) != "'s" && lower(q) != "’s") return true;  // the role's owner is unread
    if (const Mention* owner = at(q - 1);
        owner && owner->entity >= 0 && owner->type != EntityType::Person)
      emit(m.entity, owner->entity, cls, lower(role), m.first);
    return true;
  }

  // "President NAME" with no country beside it: the one country its sentence names ("President
  // X said Washington would ..."); none when the sentence names no country or several.
  int context_country(uint32_t t) const {
    const Sentence& s = doc.sentences[doc.sentence_of(t)];
    int found = -1;
    for (const auto& m : ctx.mentions) {
      if (m.entity < 0 || m.first < s.first_token || m.first >= s.end_token) continue;
      if (ctx.entities[m.entity].type != EntityType::Country) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    return found;
  }

  // The country a known capital belongs to (the gazetteer's), or empty.
  std::string capital_country(int entity) const {
    if (!ctx.gazetteer || entity < 0) return {};
    const Entity& e = ctx.entities[entity];
    if (e.type != EntityType::Location) return {};
    const KnownName* k = ctx.gazetteer->find(e.name);
    return k && k->kind == NameKind::Capital ? k->key : std::string();
  }

  // "the capital Lima": a capital named as one lies in its own country (the gazetteer's) when
  // the article names that country.
  void capitals() {
    for (size_t e = 0; e < ctx.entities.size(); ++e) {
      std::string key = capital_country(static_cast<int>(e));
      if (key.empty()) continue;
      for (size_t c = 0; c < ctx.entities.size(); ++c)
        if (ctx.entities[c].key == key) {
          for (const auto& m : ctx.mentions)
            if (m.entity == static_cast<int>(e) && m.first > 0 &&
                (lower(m.first - 1) == "capital" || lower(m.first - 1) == "city")) {
              emit(static_cast<int>(e), static_cast<int>(c), "LOCATED_IN", "capital", m.first);
              break;
            }
        }
    }
  }

  // The nearest organisation or country named before token `t` in its sentence.
  const Mention* previous_party(uint32_t t) const {
    const Sentence& s = doc.sentences[doc.sentence_of(t)];
    for (uint32_t u = t; u-- > s.first_token;)
      if (const Mention* o = at(u); o && o->entity >= 0) {
        EntityType ty = ctx.entities[o->entity].type;
        if (ty == EntityType::Organization || ty == EntityType::Country) return o;
      }
    return nullptr;
  }

  // "X, Y's chief financial officer": the role's owner stands before it.
  // "X, the company's chief operating officer": the organisation (or, for "country", the country)
  // named last before it.
  const Mention* owner_noun(uint32_t t) const {
    if (lower(t) != "the" || doc.tokens[t + 1].upos != "NOUN") return nullptr;
    std::string noun = ctx.tree.lemma(t + 1);
    bool country = noun == "country" || noun == "nation";
    bool org = noun == "company" || noun == "firm" || noun == "court" || noun == "tribunal" ||
               noun == "group" || noun == "agency" || noun == "bank" || noun == "carmaker" ||
               noun == "automaker" || noun == "organisation" || noun == "organization";
    if (!country && !org) return nullptr;
    // "the tribunal's registrar": the nearest organisation before whose name holds the noun
    // (a court or tribunal for either word), however far back.
    if (org)
      if (const Mention* o = named_by_noun(t, noun)) return o;
    // The nearest name before the apposition's subject, within two sentences; a name of another
    // type there (a mistyped company) means the owner is unknown.
    int first_sentence = doc.sentence_of(t) - 2;
    for (uint32_t u = t; u-- > 0 && doc.sentence_of(u) >= first_sentence;)
      if (const Mention* o = at(u); o && o->entity >= 0 && o->first == u) {
        EntityType ty = ctx.entities[o->entity].type;
        if (ty == EntityType::Person && doc.sentence_of(u) == doc.sentence_of(t)) continue;
        if (!country && ty == EntityType::Country) continue;  // "the company's" skips "U.S."
        return (country ? ty == EntityType::Country : ty == EntityType::Organization) ? o : nullptr;
      }
    return nullptr;
  }

  // The nearest organisation mention before token `t` whose name holds `noun` ("the bank" for the
  // "Nordic Investment Bank"; "court" and "tribunal" stand for each other).
  const Mention* named_by_noun(uint32_t t, const std::string& noun) const {
    bool legal = noun == "court" || noun == "tribunal";
    for (uint32_t u = t; u-- > 0;)
      if (const Mention* o = at(u); o && o->entity >= 0 && o->first == u &&
                                    ctx.entities[o->entity].type == EntityType::Organization) {
        std::string name = to_lower(ctx.entities[o->entity].name);
        auto holds = [&](const std::string& w) {
          for (size_t p = name.find(w); p != std::string::npos; p = name.find(w, p + 1))
            if ((p == 0 || name[p - 1] == ' ') &&
                (p + w.size() == name.size() || name[p + w.size()] == ' '))
              return true;
          return false;
        };
        if (legal ? holds("court") || holds("tribunal") : holds(noun)) return o;
      }
    return nullptr;
  }

  bool possessed_role_after(const Mention& m, uint32_t t, uint32_t end) {
    const Mention* owner = at(t);
    uint32_t u = owner ? owner->last : t + 2;
    if (!owner && t + 2 < end) owner = owner_noun(t);
    if (!owner || owner->entity < 0 || owner->type == EntityType::Person) return false;
    if (u >= end || (lower(u) != "'s" && lower(u) != "’s")) return false;
    std::string cls, word;
    // "the company's new chief executive": up to two adjectives before the role (a noun there,
    // "police commissioner", names a unit of the owner, which holds the role instead).
    for (int q = 0; u + 1 < end && q < 2 && !is_title_word(u + 1) &&
                    !is_capitalised(doc.tokens[u + 1].form) && doc.tokens[u + 1].upos == "ADJ";
         ++q)
      ++u;
    // "Ostland's police commissioner": the owner's police (a party of the article) holds the role.
    int holder = owner->entity;
    if (const Mention* unit = u + 1 < end ? at(u + 1) : nullptr;
        unit && unit->kind == MentionKind::Party && unit->entity >= 0 && unit->first == u + 1) {
      holder = unit->entity;
      u = unit->last - 1;
    }
    for (++u; u < end && is_title_word(u); ++u)
      if (std::string c = role_class(u); !c.empty() && c != "LOCATED_IN") cls = c, word = lower(u);
    if (cls.empty()) return false;
    emit(m.entity, holder, cls, word, m.first);
    return true;
  }

  // "X, a Leeds, Yorkshire-based maker": X lies in the first place named.
  bool based_in_after(const Mention& m, uint32_t t, uint32_t end) {
    while (t < end && (lower(t) == "a" || lower(t) == "an" || lower(t) == "the")) ++t;
    const Mention* place = at(t);
    if (!place || place->entity < 0) return false;
    EntityType ty = ctx.entities[place->entity].type;
    if (ty != EntityType::Location && ty != EntityType::Country) return false;
    uint32_t u = place->last;
    if (u + 1 < end && doc.tokens[u].form == ",") ++u;  // ", Yorkshire-based"
    if (u >= end || place_suffix(doc.tokens[u].form) == 0) return false;
    emit(m.entity, place->entity, "LOCATED_IN", "based", m.first);
    return true;
  }

  // Nouns naming a part of a place ("the northern side of", "the outskirts of").
  static bool is_part_noun(const std::string& lemma) {
    for (const char* w : {"side", "part", "edge", "outskirts", "coast", "shore", "bank", "tip"})
      if (lemma == w) return true;
    return false;
  }

  static size_t place_suffix(const std::string& form) {
    for (const char* suffix : {"-based", "-headquartered", "-registered"})
      if (form.ends_with(suffix)) return std::char_traits<char>::length(suffix);
    return 0;
  }

  // "X, a senior researcher at Y", "X, one of the ... members of Y", "X, the ... city of Y",
  // "X is a reporter for Y".
  void apposition_after(const Mention& m) {
    uint32_t t = m.last;
    const Sentence& s = doc.sentences[doc.sentence_of(m.first)];
    if (t + 2 >= s.end_token) return;
    // "X is a reporter for Y", "X became the chief executive of Y": a copula reads like a comma.
    std::string copula = ctx.tree.lemma(t);
    bool copular = (copula == "be" || copula == "become") &&
                   (doc.tokens[t + 1].upos == "DET" || lower(t + 1) == "one");
    if (doc.tokens[t].form != "," && !copular) return;
    ++t;
    // "X, 70, the former president of Y": an age set off by commas sits between.
    if (!copular && t + 2 < s.end_token && doc.tokens[t].upos == "NUM" &&
        doc.tokens[t + 1].form == ",")
      t += 2;
    // "X, also known as Y, a commander in Z": the alias is no role; the apposition after it is.
    if (lower(t) == "also" && t + 1 < s.end_token) ++t;
    if (lower(t) == "known" && t + 1 < s.end_token && lower(t + 1) == "as") {
      uint32_t u = t + 2;
      while (u < s.end_token && u < t + 10 && doc.tokens[u].form != ",") ++u;
      if (u + 2 >= s.end_token || doc.tokens[u].form != ",") return;
      t = u + 1;
    }
    if (possessed_role_after(m, t, s.end_token) || based_in_after(m, t, s.end_token)) return;
    std::string cls, word;
    for (uint32_t limit = t + 9; t < s.end_token && t < limit; ++t) {
      // "veto-wielding", "government-funded", and a participle right before the role ("founding
      // members", "retired general"): an adjective here.
      const Token& w = doc.tokens[t];
      bool participle_adj =
          w.upos == "VERB" && (w.form.find('-') != std::string::npos ||
                               ((w.xpos == "VBG" || w.xpos == "VBN") && t + 1 < s.end_token &&
                                !role_class(t + 1).empty()));
      // "X, an Acme spokesman": the organisation names the role's owner.
      // ("an Ruritanian commander in Y": a demonym only qualifies the role.)
      if (const Mention* o = at(t);
          o && o->entity >= 0 && cls.empty() && o->last < s.end_token &&
          o->kind != MentionKind::Demonym &&
          (o->type == EntityType::Organization || o->type == EntityType::Country)) {
        std::string c = role_class(o->last);
        std::string next = o->last + 1 < s.end_token ? lower(o->last + 1) : "";
        if (!c.empty() && c != "LOCATED_IN" && !is_title_word(o->last + 1) && next != "for" &&
            next != "of" && next != "at" && next != "in")
          emit(m.entity, o->entity, c, lower(o->last), m.first);
        return;
      }
      if (const Mention* o = at(t); o && o->kind == MentionKind::Demonym && cls.empty()) {
        t = o->last - 1;
        continue;
      }
      if (at(t) || doc.tokens[t].form == "," || (doc.tokens[t].upos == "VERB" && !participle_adj))
        return;
      std::string c = role_class(t);
      if (!c.empty()) {
        cls = c == "LEADER_OF" && deputy_before(t) ? "WORKS_FOR" : c;
        word = lower(t);
        // "president and chief operating officer of Y": the first role of the pair holds.
        if (t + 2 < s.end_token && lower(t + 1) == "and" && is_title_word(t + 2)) {
          // ("chief operating officer": lower-case words inside the second role too.)
          for (t += 2; t + 1 < s.end_token && t < limit &&
                       (is_title_word(t + 1) ||
                        (!is_capitalised(doc.tokens[t + 1].form) &&
                         (doc.tokens[t + 1].upos == "NOUN" || doc.tokens[t + 1].upos == "ADJ" ||
                          doc.tokens[t + 1].xpos == "VBG")));)  // "operating"
            ++t;
          break;
        }
        // "members of": a plural role ends here; "chief executive" keeps the last role word.
        if (t + 1 < s.end_token && !is_title_word(t + 1)) break;
      }
      if (!cls.empty() && !is_title_word(t)) break;
    }
    if (cls.empty()) return;
    ++t;
    std::string prep = t < s.end_token ? lower(t) : "";
    // "X, a town on the eastern side of Y", "a village on the outskirts of Y": a part of a place
    // lies in it.
    if (prep == "on" && cls == "LOCATED_IN") {
      uint32_t u = t + 1;
      while (u < s.end_token && u < t + 4 &&
             (doc.tokens[u].upos == "DET" || doc.tokens[u].upos == "ADJ"))
        ++u;
      if (u + 1 >= s.end_token || !is_part_noun(ctx.tree.lemma(u)) || lower(u + 1) != "of") return;
      t = u + 1, prep = "of";
    }
    if (!(prep == "at" || prep == "of" || prep == "for" || prep == "with" || prep == "in")) return;
    for (uint32_t u = t + 1; u < s.end_token && u < t + 6; ++u) {
      if (const Mention* o = at(u); o && o->entity >= 0) {
        bool place = cls == "LOCATED_IN";
        if (place && o->type != EntityType::Country && o->type != EntityType::Location) return;
        emit(m.entity, o->entity, cls, word, m.first);
        return;
      }
      bool participle_adj =
          doc.tokens[u].upos == "VERB" && doc.tokens[u].form.find('-') != std::string::npos;
      if (doc.tokens[u].form == "," || (doc.tokens[u].upos == "VERB" && !participle_adj)) return;
    }
  }

  // "The mayor of the Ruritanian city of X, NAME, said", "the head of Y, NAME,": the role and its
  // owner stand before the name set off by commas.
  void role_of_before(const Mention& m) {
    const Sentence& s = doc.sentences[doc.sentence_of(m.first)];
    if (m.first < s.first_token + 5 || doc.tokens[m.first - 1].form != ",") return;
    if (m.last < s.end_token && doc.tokens[m.last].form != "," && doc.tokens[m.last].form != ".")
      return;
    const Mention* owner = at(m.first - 2);
    if (!owner || owner->entity < 0 || owner->entity == m.entity || owner->first < 2) return;
    uint32_t u = owner->first - 1;
    auto skip_modifiers = [&] {  // "the", adjectives and demonyms ("the eastern Ruritanian")
      while (u > s.first_token && (lower(u) == "the" || doc.tokens[u].upos == "ADJ" ||
                                   (at(u) && at(u)->kind == MentionKind::Demonym)))
        --u;
    };
    skip_modifiers();
    if (lower(u) != "of" || u < s.first_token + 1) return;
    --u;
    if (role_class(u) == "LOCATED_IN") {  // "of the city of X": the place is the owner
      --u;
      skip_modifiers();
      if (lower(u) != "of" || u < s.first_token + 1) return;
      --u;
    }
    std::string cls = role_class(u);
    if (cls.empty() || cls == "LOCATED_IN") return;
    uint32_t before = u - 1;  // the role opens its noun phrase: "The mayor", "the former head"
    while (before > s.first_token && doc.tokens[before].upos == "ADJ") --before;
    if (lower(before) != "the" && !(before == s.first_token && u == s.first_token)) return;
    emit(m.entity, owner->entity, cls, lower(u), m.first);
  }

  // "Peru's president, NAME,", "the company's new chief executive, NAME,": a possessed role
  // before the name set off by commas.
  void possessed_role_before(const Mention& m) {
    const Sentence& s = doc.sentences[doc.sentence_of(m.first)];
    if (m.first < s.first_token + 4 || doc.tokens[m.first - 1].form != ",") return;
    if (m.last < s.end_token && doc.tokens[m.last].form != "," && doc.tokens[m.last].form != ".")
      return;
    uint32_t u = m.first - 2;
    std::string cls, word;
    for (; u > s.first_token && is_title_word(u); --u)
      if (std::string c = role_class(u); cls.empty() && !c.empty() && c != "LOCATED_IN")
        cls = c, word = lower(u);
    if (cls.empty() || cls == "PART_OF") return;
    for (int q = 0; q < 2 && u > s.first_token && doc.tokens[u].upos == "ADJ" &&
                    !is_capitalised(doc.tokens[u].form);
         ++q)
      --u;
    if ((lower(u) != "'s" && lower(u) != "’s") || u < s.first_token + 1) return;
    const Mention* owner = at(u - 1);
    if (!owner && u >= s.first_token + 2) owner = owner_noun(u - 2);  // "the company's"
    if (!owner || owner->entity < 0 || owner->entity == m.entity) return;
    if (owner->type == EntityType::Person && cls != "WORKS_FOR" && cls != "SPOKESPERSON_OF") return;
    emit(m.entity, owner->entity, cls, word, m.first);
  }

  // "the Libyan city of X", "the US state of X", "Ruritania's northern province of X": the place
  // lies in the country that qualifies the place noun (a known capital only in its own country).
  void place_of_country(const Mention& m) {
    if (m.first < 3 || lower(m.first - 1) != "of") return;
    uint32_t noun = m.first - 2;
    // "state" is a role modifier elsewhere ("state media"); before "of" and a place it is one.
    if (role_class(noun) != "LOCATED_IN" && ctx.tree.lemma(noun) != "state") return;
    for (uint32_t t = noun; t-- > 0 && t + 4 > noun;) {
      if (const Mention* c = at(t); c && c->entity >= 0) {
        if (ctx.entities[c->entity].type != EntityType::Country || c->entity == m.entity) return;
        std::string own = capital_country(m.entity);
        if (own.empty() || own == ctx.entities[c->entity].key)
          emit(m.entity, c->entity, "LOCATED_IN", lower(noun), m.first);
        return;
      }
      if (lower(t) != "'s" && lower(t) != "’s" && doc.tokens[t].upos != "ADJ") return;
    }
  }

  // "the Acme Institute in Ruritania": an organisation the parse places with "in" lies there.
  void organisation_in(const Mention& m) {
    // "judge in Ostland": the place is already the party's name.
    if (m.kind == MentionKind::Party && m.name.find(" in ") != std::string::npos) return;
    for (uint32_t c : ctx.tree.children(m.head)) {
      if (ctx.tree.base(c) != "nmod" || ctx.tree.case_of(c) != "in" || c < m.last) continue;
      const Mention* place = at(c);
      if (!place || place->entity < 0 || place->entity == m.entity) continue;
      EntityType ty = ctx.entities[place->entity].type;
      // "YouTube in Turkey", "Google in China": a one-word company's business in a country,
      // not its seat.
      if (ty == EntityType::Country && m.last == m.first + 1) continue;
      if (ty == EntityType::Location || ty == EntityType::Country)
        emit(m.entity, place->entity, "LOCATED_IN", "in", m.first);
    }
  }

  // "the envoys of Kosovo, Taiwan, Peru and Chile": places in a list, not "Mosul, Iraq".
  bool in_place_list(const Mention& first, const Mention& second) const {
    auto place = [&](uint32_t t) {
      const Mention* p = t < doc.tokens.size() ? at(t) : nullptr;
      if (!p || p->entity < 0) return false;
      EntityType ty = ctx.entities[p->entity].type;
      return ty == EntityType::Country || ty == EntityType::Location;
    };
    auto joiner = [&](uint32_t t) {
      if (t >= doc.tokens.size()) return false;
      const std::string& w = doc.tokens[t].form;
      return w == "," || w == "and" || w == "or";
    };
    uint32_t after = second.last;
    if (joiner(after) && (place(after + 1) || (joiner(after + 1) && place(after + 2)))) return true;
    return first.first >= 2 && joiner(first.first - 1) && place(first.first - 2);
  }

  // "the nine Acme Alliance companies: A, B and C", "the Alliance members A and B": the
  // parties listed in apposition to a noun an organisation qualifies belong to it.
  void list_members(const Mention& m) {
    if (ctx.entities[m.entity].type != EntityType::Organization) return;
    if (ctx.tree.rel(m.head) != "compound" || ctx.tree.head(m.head) < 0) return;
    auto noun = static_cast<uint32_t>(ctx.tree.head(m.head));
    if (doc.tokens[noun].upos != "NOUN" || index_of(noun) >= 0) return;
    for (uint32_t a : ctx.tree.children(noun, "appos"))
      for (int e : ctx.args.entities(a))
        if (e != m.entity) emit(e, m.entity, "MEMBER_OF", ctx.tree.lemma(noun), a);
  }
  int index_of(uint32_t t) const { return t < mention_at.size() ? mention_at[t] : -1; }

  // "Oslo-based Nordvik Shipping": the organisation lies in the place.
  void based_before(const Mention& m) {
    // (A mention may have swallowed the glued word: "Oslo-based Nordvik Shipping" as one name.)
    bool inside = m.last > m.first + 1 && place_suffix(doc.tokens[m.first].form) > 0;
    if (m.first == 0 && !inside) return;
    uint32_t t = inside ? m.first : m.first - 1;
    const std::string& form = doc.tokens[t].form;
    size_t suffix = place_suffix(form);
    if (suffix == 0) return;
    // "a Lisbon-based Acme executive": the place qualifies the person the organisation modifies.
    if (m.last < doc.tokens.size() && doc.tokens[m.last].upos == "NOUN" &&
        !is_capitalised(doc.tokens[m.last].form))
      return;
    const Mention* place = inside ? nullptr : at(t);
    int e = place ? place->entity : place_named(form.substr(0, form.size() - suffix));
    if (e >= 0 && e != m.entity) emit(m.entity, e, "LOCATED_IN", "based", m.first);
  }

  // The place or country the article names `name` elsewhere, or -1 (the glued "X-based" token
  // is no mention of its own).
  int place_named(const std::string& name) const {
    if (name.empty()) return -1;
    for (size_t e = 0; e < ctx.entities.size(); ++e) {
      const Entity& x = ctx.entities[e];
      if (x.type != EntityType::Location && x.type != EntityType::Country) continue;
      if (std::find(x.aliases.begin(), x.aliases.end(), name) != x.aliases.end())
        return static_cast<int>(e);
    }
    return -1;
  }

  // "the country's Foreign Ministry", "its official Press Agency": a body of the state, by the
  // words of its name or the modifiers before it (not "the country's Acme Motors", a company, or
  // "its Islamist Brotherhood", a movement).
  bool state_body(const Mention& m, uint32_t from) const {
    for (uint32_t t = from; t < m.last; ++t)
      if (is_state_body_word(lower(t))) return true;
    return false;
  }

  void run() {
    for (size_t i = 0; i < ctx.mentions.size(); ++i) {
      const Mention& m = ctx.mentions[i];
      if (m.entity < 0) continue;
      EntityType type = ctx.entities[m.entity].type;
      if (type == EntityType::Person) title_before(m), role_of_before(m), possessed_role_before(m);
      // "California-based Acme" taken for a person: the glued "-based" says it is an organisation.
      if (type == EntityType::Person && m.last > m.first + 1 &&
          place_suffix(doc.tokens[m.first].form) > 0)
        based_before(m);
      if (type == EntityType::Organization) based_before(m), organisation_in(m), list_members(m);
      if (type == EntityType::Location) place_of_country(m);
      if (type == EntityType::Person || type == EntityType::Country ||
          type == EntityType::Location || type == EntityType::Organization)
        apposition_after(m);
      // "the Ostland Foreign Ministry", "Ostlandian Navy" (not "the Ostland Science Centre", a
      // museum, or "Ostland Motors", a company).
      if (type == EntityType::Organization && !m.container.empty()) {
        for (size_t j = 0; j < ctx.entities.size(); ++j)
          if (ctx.entities[j].key == m.container &&
              (ctx.entities[j].type != EntityType::Country || state_body(m, m.first)))
            emit(m.entity, static_cast<int>(j), "PART_OF", "part", m.first);
        for (const auto& o : ctx.mentions)  // prefix organisation named in the article
          if (o.entity >= 0 && o.first == m.first && o.last < m.last && o.key == m.container)
            emit(m.entity, o.entity, "PART_OF", "part", m.first);
      }
      // "the country's official Press Agency": up to two modifiers after "'s".
      if (type == EntityType::Organization && m.first >= 2) {
        for (uint32_t back = 1; back <= 3 && m.first >= back + 1; ++back) {
          uint32_t p = m.first - back;
          if (lower(p) == "'s" || lower(p) == "’s") {
            if (const Mention* o = at(p - 1);
                o && o->entity >= 0 && ctx.entities[o->entity].type == EntityType::Country) {
              if (state_body(m, p + 1)) emit(m.entity, o->entity, "PART_OF", "official", m.first);
            }
            // "the agency's Science Office", "Acme's Widget unit": an organisation
            // named right after another's possessive belongs to it.
            else if (o && o->entity >= 0 && back == 1 &&
                     ctx.entities[o->entity].type == EntityType::Organization)
              emit(m.entity, o->entity, "PART_OF", "part", m.first);
            break;
          }
          if (doc.tokens[p].upos != "ADJ" && doc.tokens[p].upos != "NOUN") break;
        }
      }
      // "Mosul, Iraq", "Accra, Ghana", "the Kakuma camp in northern Kenya".
      // (Not in a dateline, "ACCRA, Ghana - ...", which places the reporter, not a fact.)
      const std::string& first_word = doc.tokens[m.first].form;
      bool dateline = m.first == doc.sentences[doc.sentence_of(m.first)].first_token &&
                      first_word.size() >= 4 &&
                      std::all_of(first_word.begin(), first_word.end(),
                                  [](char c) { return (c >= 'A' && c <= 'Z') || c == '/'; });
      if (type == EntityType::Location && !dateline && m.last + 1 < doc.tokens.size()) {
        uint32_t t = m.last;
        const std::string& f = doc.tokens[t].form;
        if (f == "," || f == "in") {
          uint32_t u = t + 1;
          if (f == "in")
            while (u < doc.tokens.size() && u < t + 3 && !at(u) && doc.tokens[u].upos == "ADJ") ++u;
          // A known capital lies in its own country only, never in the one named beside it.
          std::string own = capital_country(m.entity);
          if (const Mention* o = at(u); o && o->entity >= 0 &&
                                        !(f == "," && in_place_list(m, *o)) &&
                                        (own.empty() || ctx.entities[o->entity].key == own) &&
                                        (ctx.entities[o->entity].type == EntityType::Country ||
                                         (f == "," && place_suffix(doc.tokens[u].form) > 0)))
            emit(m.entity, o->entity, "LOCATED_IN", "in", m.first);
        }
      }
    }
  }
};

}  // namespace

void find_affiliations(const RelationContext& ctx, std::vector<Relation>& out) {
  Affiliations a(ctx, out);
  a.run();
  a.capitals();
}

}  // namespace kg
