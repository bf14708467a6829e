#include "extractor/facts/mentions.h"

#include <algorithm>
#include <array>

#include "extractor/facts/common_acronyms.h"
#include "extractor/facts/name_words.h"
#include "extractor/facts/word_senses.h"

namespace kg {
namespace {

// Nouns after a demonym that make the phrase stand for the country ("Russian forces").
constexpr std::array<std::string_view, 12> kStateBodies = {
    "force",      "forces",   "troop", "troops",  "authority", "authorities",
    "government", "military", "army",  "soldier", "soldiers",  "unit"};

struct Detector {
  const DependencyTree& tree;
  const Gazetteer& gaz;
  const Lexicon& lex;
  const Document& doc;
  std::vector<Mention> out;
  std::vector<bool> used;

  // "Iran-backed", "Saudi-led": the backer is a name of its own, never part of the name after it.
  bool agent_hyphened(const std::string& f) const {
    size_t dash = f.find('-');
    return dash != std::string::npos && dash > 0 && agent_suffix(f.substr(dash)) &&
           gaz.find(f.substr(0, dash)) != nullptr;
  }

  bool name_like(uint32_t t) const {
    const Token& k = doc.tokens[t];
    if (particle_prefixed(k.form)) return true;
    if (agent_hyphened(k.form)) return false;
    if (!is_capitalised(k.form) || is_date_word(k.form)) return false;
    // ("Currently Ana Pell is ...": an adverb in -ly opens the sentence, no name.)
    if ((t == 0 || doc.tokens[t - 1].upos == "PUNCT" ||
         doc.sentences[doc.sentence_of(t)].first_token == t) &&
        (is_sentence_opener(k.form) || (k.upos == "ADV" && k.form.ends_with("ly"))))
      return false;
    const auto& u = k.upos;
    if (u == "PROPN" || u == "NOUN" || u == "ADJ" || u == "NUM" || u == "X" || u.empty())
      return true;
    // "Ji-Hun Park", "O-Gon Lee": a hyphenated given name the tagger took for something else.
    if (size_t dash = k.form.find('-');
        dash != std::string::npos && dash + 1 < k.form.size() && k.form[dash + 1] >= 'A' &&
        k.form[dash + 1] <= 'Z' && t + 1 < doc.tokens.size() && doc.tokens[t + 1].upos == "PROPN" &&
        doc.sentence_of(t + 1) == doc.sentence_of(t))
      return true;
    // An acronym, whatever the tagger made of it ("(AES)" read as an interjection).
    if (is_all_caps_word(k.form)) return true;
    // A name particle the tagger took for a function word: "Salem Ould Varo", "Abu Bin Said".
    auto propn = [&](uint32_t n) {
      return doc.tokens[n].upos == "PROPN" && is_capitalised(doc.tokens[n].form) &&
             doc.sentence_of(n) == doc.sentence_of(t);
    };
    return t > 0 && t + 1 < doc.tokens.size() && propn(t - 1) && propn(t + 1) && !is_connector(k);
  }

  std::string text(uint32_t first, uint32_t last) const {
    return Gazetteer::normalise(doc.span_text(doc.tokens[first].begin, doc.tokens[last - 1].end));
  }

  Mention& add(uint32_t first, uint32_t last, EntityType type, MentionKind kind) {
    Mention m;
    m.first = first;
    m.last = last;
    m.begin = doc.tokens[first].begin;
    m.end = doc.tokens[last - 1].end;
    m.head = last - 1;
    // The syntactic head is the token of the span whose head lies outside it.
    for (uint32_t t = first; t < last; ++t) {
      int h = doc.tokens[t].head;
      if (h < static_cast<int>(first) || h >= static_cast<int>(last)) {
        m.head = t;
        if (doc.tokens[t].upos == "PROPN" || doc.tokens[t].upos == "NOUN") break;
      }
    }
    m.type = type;
    m.kind = kind;
    m.surface = text(first, last);
    for (uint32_t t = first; t < last; ++t) used[t] = true;
    out.push_back(std::move(m));
    return out.back();
  }

  // Longest gazetteer match starting at `i` and ending by `limit`; returns its length or 0.
  uint32_t known_at(uint32_t i, uint32_t limit, const KnownName** found) const {
    uint32_t best = 0;
    for (uint32_t n = 1; n <= gaz.max_tokens() && i + n <= limit; ++n)
      if (const KnownName* k = gaz.find(text(i, i + n))) {
        best = n;
        *found = k;
      }
    return best;
  }

  void add_known(uint32_t i, uint32_t n, const KnownName& k) {
    MentionKind kind = k.kind == NameKind::Demonym   ? MentionKind::Demonym
                       : k.kind == NameKind::Capital ? MentionKind::Capital
                                                     : MentionKind::Name;
    uint32_t last = i + n;
    // "Russian forces" stands for Russia as an actor.
    if (kind == MentionKind::Demonym && last < doc.tokens.size() &&
        std::find(kStateBodies.begin(), kStateBodies.end(), doc.tokens[last].form) !=
            kStateBodies.end())
      ++last;
    Mention& m = add(i, last, k.type, kind);
    m.key = k.key;
    m.name = k.canonical;
  }

  bool is_title(uint32_t t) const {
    return is_capitalised(doc.tokens[t].form) &&
           (lex.roles(doc.tokens[t].form) != nullptr || honorific(doc.tokens[t].form));
  }

  // "Mr." and "Mr" alike (British style drops the stop).
  bool honorific(const std::string& f) const {
    return lex.has_role_kind(f, "honorific") ||
           (!f.ends_with(".") && lex.has_role_kind(f + ".", "honorific"));
  }

  bool role_or_honorific(const std::string& f) const {
    return lex.has_role_kind(f, "role") || honorific(f);
  }

  // "President Ana Pell", "Mr Pell", and "militant Ivo Marsh", "resident Ana Pell": one of a kind
  // of people (group_heads.tsv), in the singular, before the name.
  bool role_before(uint32_t i) const {
    if (i == 0) return false;
    const std::string& f = doc.tokens[i - 1].form;
    if (role_or_honorific(f)) return true;
    const GroupHead* g = lex.group_head(f);
    return g && g->people && !is_capitalised(f);
  }

  // A capitalised role or honorific that is no modifier ("President", "Mr"; not "General" as in
  // a company's name): a title that opens a run of words is no part of the name.
  bool leading_title(uint32_t t) const {
    const std::string& f = doc.tokens[t].form;
    return is_capitalised(f) && role_or_honorific(f) && !lex.has_role_kind(f, "modifier");
  }

  // A run of capitalised words with no known name covering it.
  void add_unknown(uint32_t i, uint32_t j, bool cue) {
    while (i < j && is_connector(doc.tokens[i])) ++i;
    // "President Ana Lind" left over by a split at "and": the title is a role, not the name.
    while (i + 1 < j && leading_title(i) && !is_connector(doc.tokens[i + 1])) ++i, cue = true;
    while (j > i && is_connector(doc.tokens[j - 1])) --j;
    if (i >= j) return;
    bool propn = false;
    for (uint32_t t = i; t < j; ++t) propn |= doc.tokens[t].upos == "PROPN";
    // "in The Hollows": a capitalised "The" inside a sentence belongs to a name.
    propn |= i >= 2 && doc.tokens[i - 1].form == "The" &&
             doc.sentences[doc.sentence_of(i)].first_token != i - 1 &&
             doc.tokens[i - 2].upos != "PUNCT";
    for (uint32_t t = i; t < j; ++t)
      if (is_connector(doc.tokens[t])) {  // "Japan and Ukraine": split at connectors
        add_unknown(i, t, cue);
        add_unknown(t + 1, j, false);
        return;
      }
    // "(NRDV.OL)", "(NRD_p.DE)": a stock ticker in parentheses, kept as a short form.
    const std::string& f = doc.tokens[i].form;
    bool ticker = j - i == 1 && i > 0 && j < doc.tokens.size() && doc.tokens[i - 1].form == "(" &&
                  doc.tokens[j].form == ")" &&
                  (f.find('.') != std::string::npos || f.find('_') != std::string::npos) &&
                  f.size() <= 12;
    if ((j - i == 1 && is_all_caps_word(f)) || ticker) {
      if (!ticker && is_common_acronym(f)) return;  // "TV", "CPU": no organisation
      add(i, j, EntityType::Organization, MentionKind::Acronym);
      return;
    }
    if (!propn && !cue) return;
    if (j - i == 1) {
      if (i > 0 && (doc.tokens[i - 1].form == "the" || doc.tokens[i - 1].form == "The") &&
          lex.is_org_head(doc.tokens[i].form)) {
        add(i, j, EntityType::Organization, MentionKind::HeadOnly);
        return;
      }
      Mention& m = add(i, j, EntityType::Person, MentionKind::Surname);
      m.person_cue = cue || role_before(i);
      return;
    }
    Mention& m = add(i, j, EntityType::Person, MentionKind::Name);
    m.person_cue = cue || role_before(i);
  }

  // "Jordan Peterson", "Toronto Star", "New York Times", "New York Public Library": a place's
  // name followed by words nothing knows, none a title ("Florida Governor" is split), is a given
  // name or the first word of a paper, team or body: the run is one name (the tagger tells a
  // person from a firm when the place is one word).
  bool place_opens_name(uint32_t t, uint32_t n, uint32_t j, const KnownName& k) const {
    if (t + n >= j || k.kind == NameKind::Demonym) return false;
    if (k.type == EntityType::Country) {
      // One word after a country: "ambassador to Norway Ana Lind Berg" is a country, then a
      // person; "New Zealand Wars", "New Zealand English": a country's longer name keeps apart.
      if (t + n + 1 != j || n >= 2) return false;
      // "U.S. Embassy", "UK Debt": an abbreviation is no given name.
      const std::string& f = doc.tokens[t].form;
      if (f.find('.') != std::string::npos || is_all_caps_word(f)) return false;
    } else if (k.type != EntityType::Location) {
      return false;
    }
    const KnownName* other = nullptr;
    for (uint32_t u = t + n; u < j; ++u) {
      const std::string& f = doc.tokens[u].form;
      // A name's word as the tagger reads it (not "Uruguay Eyes" in a headline); "Porto de
      // Lenha" keeps its particle.
      bool name_word =
          is_capitalised(f) && (doc.tokens[u].xpos == "NNP" || doc.tokens[u].xpos == "NNPS");
      if (!(name_word || (u + 1 < j && is_particle(f))) || is_title(u) ||
          known_at(u, j, &other) != 0 || lex.has_role_kind(f, "modifier") ||
          // "Ruritania Government" stands for the country.
          std::find(kStateBodies.begin(), kStateBodies.end(), to_lower(f)) != kStateBodies.end())
        return false;
    }
    return true;
  }

  bool given_name_like(const std::string& f) const {
    return is_capitalised(f) && !is_all_caps_word(f) && !lex.roles(to_lower(f)) && !honorific(f) &&
           !lex.is_place_prefix(f) && !lex.is_org_head(f) && !lex.is_location_head(f) &&
           gaz.find(f) == nullptr;
  }

  // Segments a chain with no organisation head into known names and unknown runs.
  void segment(uint32_t i, uint32_t j, bool cue) {
    uint32_t run = i;
    for (uint32_t t = i; t < j;) {
      const KnownName* k = nullptr;
      uint32_t n = known_at(t, j, &k);
      if (n > 0 && place_opens_name(t, n, j, *k)) {
        // No one is named "New York X" or "Los Angeles X": a paper, a team or a body.
        if (n >= 2) {
          add_unknown(run, t, cue);
          add(t, j, EntityType::Organization, MentionKind::Name);
          return;
        }
        n = 0;
      }
      // "Whitney Houston", "Ana Denver": a one-word city after a given name, ending the run, is a
      // surname (not after "North", a dateline's "TRIPOLI" or a head word: "York Street").
      // Countries keep apart: "Nazi Germany", "Immigration Canada".
      if (n == 1 && t + 1 == j && t > run && k->type == EntityType::Location &&
          doc.tokens[t - 1].upos == "PROPN" && given_name_like(doc.tokens[t - 1].form))
        n = 0;
      if (n == 0) {
        ++t;
        continue;
      }
      add_unknown(run, t, cue);
      add_known(t, n, *k);
      t += n;
      run = t;
    }
    add_unknown(run, j, cue);
  }

  static bool is_common_plural(const std::string& f) {
    return f == "People" || f == "Peoples" || f == "Women" || f == "Children" || f == "Men";
  }

  static bool is_particle(const std::string& f) { return is_name_particle(f); }

  bool org_head_in(uint32_t i, uint32_t j) const {
    for (uint32_t t = i; t < j; ++t)
      if (lex.is_org_head(doc.tokens[t].form)) return true;
    return false;
  }

  // A lower-case company noun right before a name ("the components supplier X", "rival X").
  bool org_cue_before(uint32_t i) const {
    return i > 0 && !is_capitalised(doc.tokens[i - 1].form) &&
           (lex.has_role_kind(doc.tokens[i - 1].form, "org") ||
            lex.has_role_kind(tree.lemma(i - 1), "org"));
  }

  bool dateline_place(uint32_t i, const Sentence& s) {
    const std::string& f = doc.tokens[i].form;
    auto is_dash = [&](uint32_t u) {
      return doc.tokens[u].form == "-" || doc.tokens[u].form == "\u2013" ||
             doc.tokens[u].form == "\u2014";
    };
    // "OSLO, May 2 -" or "OSLO —"
    if (f.size() < 4 || i + 1 >= s.end_token || (doc.tokens[i + 1].form != "," && !is_dash(i + 1)))
      return false;
    for (char c : f)
      if (c < 'A' || c > 'Z') return false;
    bool dash = is_dash(i + 1);
    for (uint32_t u = i + 2; u < s.end_token && u < i + 10 && !dash; ++u)
      dash = doc.tokens[u].form == "-" || doc.tokens[u].form == "\u2013" ||
             doc.tokens[u].form == "\u2014";
    if (!dash || gaz.find(f)) return false;
    std::string title = f.substr(0, 1) + to_lower(f.substr(1));
    if (const KnownName* k = gaz.find(title); k && k->kind == NameKind::Capital) {
      Mention& m = add(i, i + 1, EntityType::Location, MentionKind::Name);
      m.name = title;
      m.key = entity_key(EntityType::Location, title);
      return true;
    }
    used[i] = true;  // an unknown place in capitals: no organisation
    return true;
  }

  void chain(uint32_t i, uint32_t j) {
    const KnownName* k = nullptr;
    // "Acme CEO", "Supreme Commander": titles at the end of a chain are roles, not names.
    uint32_t cut = j;
    while (cut > i && leading_title(cut - 1) && !lex.is_org_head(doc.tokens[cut - 1].form)) --cut;
    while (cut < j && cut > i && lex.has_role_kind(doc.tokens[cut - 1].form, "modifier")) --cut;
    if (cut < j && known_at(i, j, &k) != j - i) {
      if (cut > i) chain(i, cut);
      for (uint32_t t = cut; t < j; ++t) used[t] = true;
      return;
    }
    // "Alder Motors Co and Brandt Corp": each company ends at its legal form.
    for (uint32_t t = i + 1; t + 1 < j; ++t)
      if (doc.tokens[t].form == "and" && is_legal_form(doc.tokens[t - 1].form)) {
        chain(i, t);
        chain(t + 1, j);
        return;
      }
    if (j - i >= 2 && is_legal_form(doc.tokens[j - 1].form) && known_at(i, j, &k) != j - i) {
      // "OSLO Nordvik Inc": words in capitals before the company are a dateline, no part of it.
      uint32_t start = i;
      // Not before a lower-case word: "Halvex SRL and Brenmark LLC" keeps its first company.
      for (uint32_t t = i; t + 2 < j; ++t)
        if ((is_all_caps_word(doc.tokens[t].form) ||
             doc.tokens[t].form.find('/') != std::string::npos) &&
            !(doc.tokens[t + 1].form[0] >= 'a' && doc.tokens[t + 1].form[0] <= 'z'))
          start = t + 1;
      for (uint32_t t = i; t < start; ++t) used[t] = true;
      add(start, j, EntityType::Organization, MentionKind::Name);
      return;
    }
    // "Analyst Lena Voss of Brightwater Securities": a title-led person, then the body after "of".
    if (is_title(i) && !lex.is_org_head(doc.tokens[i].form))
      for (uint32_t t = i + 2; t + 1 < j; ++t)
        if (doc.tokens[t].form == "of") {
          bool org_after = false;
          for (uint32_t u = t + 1; u < j; ++u) org_after |= lex.is_org_head(doc.tokens[u].form);
          bool org_before = false;
          for (uint32_t u = i; u < t; ++u) org_before |= lex.is_org_head(doc.tokens[u].form);
          if (!org_after || org_before) break;
          chain(i, t);
          chain(t + 1, j);
          return;
        }
    if (known_at(i, j, &k) == j - i) return add_known(i, j - i, *k);
    // "Lake Chad", "Cape Verde": a place word before a known name makes a new place.
    if (j - i >= 2 && lex.is_place_prefix(doc.tokens[i].form) &&
        known_at(i + 1, j, &k) == j - i - 1) {
      add(i, j, EntityType::Location, MentionKind::Name);
      return;
    }
    // "Province of Valdera", "Gulf of Tamsk", "Northern District of Ostland": a place word
    // continued by "of" and a name is one place, up to the next connector.
    for (uint32_t t = i + 1; t + 1 < j; ++t) {
      if (doc.tokens[t].form != "of") continue;
      if (!is_capitalised(doc.tokens[t - 1].form) || !lex.is_location_head(doc.tokens[t - 1].form))
        break;
      uint32_t end = t + 1;
      while (end < j && !is_connector(doc.tokens[end])) ++end;
      bool title = false;
      for (uint32_t u = i; u < t; ++u)
        title |= (is_capitalised(doc.tokens[u].form) && role_or_honorific(doc.tokens[u].form)) ||
                 lex.is_org_head(doc.tokens[u].form);
      if (title) break;
      Mention& m = add(i, end, EntityType::Location, MentionKind::Name);
      m.name = m.surface;
      m.key = entity_key(EntityType::Location, m.surface);
      if (end + 1 < j) chain(end + 1, j);
      return;
    }
    // A title inside the chain ("Foreign Minister Salem ...") separates the person from the
    // country or body the title belongs to.
    for (uint32_t t = j - 1; t > i; --t) {
      const std::string& f = doc.tokens[t - 1].form;
      if (role_or_honorific(f) && is_capitalised(f)) {
        bool org_after = false;
        for (uint32_t u = t; u < j; ++u) org_after |= lex.is_org_head(doc.tokens[u].form);
        if (org_after) break;
        uint32_t title = t - 1;  // "Chief Executive Ivo Marsh": the whole title run
        while (title > i && is_title(title - 1)) --title;
        segment(i, title, false);
        add_unknown(t, j, true);
        return;
      }
      // "Secretary of State Ana Lind": a title continued by "of" and a modifier is one role.
      if (f == "of" && t >= i + 2 && is_title(t - 2) &&
          lex.has_role_kind(doc.tokens[t].form, "modifier") && t + 1 < j) {
        uint32_t title = t - 2;
        while (title > i && is_title(title - 1)) --title;
        segment(i, title, false);
        add_unknown(t + 1, j, true);
        return;
      }
    }
    // The last organisation, place or resolution head decides the type of the chain.
    int org_head = -1;
    for (uint32_t t = i; t < j; ++t)
      if (lex.is_org_head(doc.tokens[t].form) && !(t == i && j - i == 1)) org_head = t;
    // "Times Square": a place head at the end outranks an organisation head before it.
    if (org_head >= 0 && org_head + 1 < static_cast<int>(j) && j - i >= 2 &&
        lex.is_location_head(doc.tokens[j - 1].form))
      org_head = -1;
    if (org_head >= 0 && !(org_head == static_cast<int>(i) && i + 1 == j)) {
      // "Troy Pell of Harbour Magazine": a name with no head of its own before "of" is a person
      // of the body after it (not "Republic of Korea Army", a known name across the "of").
      for (uint32_t t = i + 2; t < static_cast<uint32_t>(org_head); ++t) {
        if (doc.tokens[t].form != "of") continue;
        bool person = !org_head_in(i, t);
        for (uint32_t u = i; u < t && person; ++u)
          person = doc.tokens[u].upos == "PROPN" && known_at(u, j, &k) <= t - u;
        if (person) {
          chain(i, t);
          chain(to_lower(doc.tokens[t + 1].form) == "the" ? t + 2 : t + 1, j);
          return;
        }
        break;
      }
      // "Russia's Defense Ministry": the possessor is its own mention.
      uint32_t start = i;
      // "Attorney's Office", "People's Army": a role or a common word before "'s" is no owner.
      // "People's Defence Front", "Women's League": an irregular plural of a common noun
      // before "'s" names who the body is for, not who owns it.
      for (uint32_t t = i + 1; t < static_cast<uint32_t>(org_head); ++t)
        if ((doc.tokens[t].form == "'s" || doc.tokens[t].form == "’s") &&
            (known_at(t - 1, t, &k) || (doc.tokens[t - 1].upos == "PROPN" &&
                                        !lex.has_role_kind(doc.tokens[t - 1].form, "role") &&
                                        !is_common_plural(doc.tokens[t - 1].form))))
          start = t + 1;
      // "Japan and the Council" never chains (lower-case "the"), but "Mali and ECOWAS Commission"
      // would: a whole known name before "and" stays apart.
      for (uint32_t t = start; t < static_cast<uint32_t>(org_head); ++t)
        if (doc.tokens[t].form == "and" && known_at(start, t, &k) == t - start) start = t + 1;
      // "Halden Labs and Quill Systems", and in a list ("A, B and C Systems") one word before
      // the last "and": two names.
      bool in_list = i > 0 && doc.tokens[i - 1].form == ",";
      for (uint32_t t = start + 1; t < static_cast<uint32_t>(org_head); ++t)
        if (doc.tokens[t].form == "and" &&
            (lex.is_org_head(doc.tokens[t - 1].form) || (in_list && t == start + 1))) {
          if (start > i) segment(i, start, false);
          chain(start, t);
          chain(t + 1, j);
          return;
        }
      if (start > i) segment(i, start, false);
      uint32_t end = org_head + 1;
      // "Royal Institute for Maritime Studies", "Ministry of Foreign Affairs".
      if (end + 1 < j && (doc.tokens[end].form == "of" || doc.tokens[end].form == "for" ||
                          doc.tokens[end].form == "on"))
        end = j;
      Mention& m = add(start, end, EntityType::Organization, MentionKind::Name);
      if (known_at(start, end, &k) && k->type != EntityType::Location) {
        uint32_t n = known_at(start, end, &k);
        if (n < end - start) m.container = k->key;  // "Kenyan Foreign Ministry"
      }
      if (end < j) segment(end, j, false);
      return;
    }
    const std::string& last = doc.tokens[j - 1].form;
    if (j - i >= 2 && (lex.is_location_head(last) || lex.is_resolution_head(last))) {
      // "Times Square and Tiananmen Square": two places.
      // (Not inside a known name: "Heard Island and McDonald Islands".)
      auto known_across = [&](uint32_t t) {
        for (uint32_t u = i; u < t; ++u)
          if (known_at(u, j, &k) > t - u) return true;
        return false;
      };
      for (uint32_t t = i + 2; t + 1 < j; ++t)
        if (doc.tokens[t].form == "and" && lex.is_location_head(doc.tokens[t - 1].form) &&
            !known_across(t)) {
          chain(i, t);
          chain(t + 1, j);
          return;
        }
      add(i, j, lex.is_resolution_head(last) ? EntityType::Resolution : EntityType::Location,
          MentionKind::Name);
      return;
    }
    if (org_cue_before(i) && known_at(i, j, &k) == 0) {
      bool title = false;
      for (uint32_t t = i; t < j; ++t) title |= is_title(t);
      if (!title) {
        add(i, j, EntityType::Organization, MentionKind::Name);
        return;
      }
    }
    // "the Kakuma camp": a lower-case place word after a name.
    if (j < doc.tokens.size() && !is_capitalised(doc.tokens[j].form) &&
        lex.is_location_head(doc.tokens[j].form) && doc.tokens[i].upos == "PROPN" &&
        known_at(i, j, &k) == 0) {
      add(i, j + 1, EntityType::Location, MentionKind::Name);
      return;
    }
    segment(i, j, false);
  }

  // "Oslo-based": the place part of the token is a mention; "Leeds, Yorkshire-based": the name
  // before the comma is a place too.
  void place_with_suffix(uint32_t i, size_t cut) {
    const Token& k = doc.tokens[i];
    std::string place = k.form.substr(0, cut);
    Mention m;
    m.first = i;
    m.last = i + 1;
    m.head = i;
    m.begin = k.begin;
    m.end = k.begin + static_cast<uint32_t>(cut);
    m.surface = place;
    m.type = EntityType::Location;
    if (const KnownName* kn = gaz.find(place)) {
      m.type = kn->type;
      m.key = kn->key;
      m.name = kn->canonical;
      if (kn->kind == NameKind::Demonym) return;  // "Russian-based" is no place
    } else {
      m.name = place;
      m.key = entity_key(EntityType::Location, place);
    }
    used[i] = true;
    out.push_back(m);
    if (i < 2 || doc.tokens[i - 1].form != ",") return;
    bool found = false;
    for (auto& o : out)
      if (o.last == i - 1) {
        found = true;
        if (o.key.empty() && (o.kind == MentionKind::Surname || o.type == EntityType::Person)) {
          o.type = EntityType::Location;
          o.kind = MentionKind::Name;
          o.name = o.surface;
          o.key = entity_key(EntityType::Location, o.surface);
        }
      }
    uint32_t start = i - 1;
    while (!found && start > 0 && !used[start - 1] && is_capitalised(doc.tokens[start - 1].form) &&
           !is_date_word(doc.tokens[start - 1].form) && i - start < 4)
      --start;
    if (!found && start < i - 1) {
      Mention& city = add(start, i - 1, EntityType::Location, MentionKind::Name);
      city.name = city.surface;
      city.key = entity_key(EntityType::Location, city.surface);
    }
  }

  // "the army", "Ghana's military": the armed forces of a country (resolved by coreference).
  void armed_forces_at(uint32_t t) {
    const Token& k = doc.tokens[t];
    if (k.upos != "NOUN" || is_capitalised(k.form)) return;
    std::string l = tree.lemma(t);
    if (l != "army" && l != "military") return;
    add(t, t + 1, EntityType::Organization, MentionKind::Military);
  }

  void concept_at(uint32_t t) {
    const Token& k = doc.tokens[t];
    if (k.upos != "NOUN" || is_capitalised(k.form) || tree.base(t) == "compound") return;
    const ConceptWord* c = lex.concept_word(tree.lemma(t));
    if (!c) c = lex.concept_word(k.form);
    if (!c) return;
    // "foreign fighters", "rebel fighters": a word for people as well as a thing is the people
    // unless the words around it name the thing ("F-16 fighters", "stealth fighters").
    if (const GroupHead* g = lex.group_head(tree.lemma(t));
        g && g->people && c->type == EntityType::Weapon && !aircraft_cue(tree, t))
      return;
    uint32_t first = t;
    std::string name;
    for (uint32_t m : tree.children(t)) {
      if (m > t) continue;
      const Token& mt = doc.tokens[m];
      bool keep = (tree.base(m) == "compound" && mt.upos == "NOUN" && !is_capitalised(mt.form)) ||
                  (tree.base(m) == "amod" && lex.is_classifier(mt.form));
      if (!keep) continue;
      first = std::min(first, m);
      name += (name.empty() ? "" : " ") + to_lower(mt.form);
    }
    for (uint32_t u = first; u < t; ++u)
      if (used[u]) first = t;  // never swallow a name
    Mention& m = add(first, t + 1, c->type, MentionKind::Nominal);
    m.head = t;
    m.generic = c->generic;
    m.name = (name.empty() ? "" : name + " ") + to_lower(k.form);
    m.key = entity_key(c->type, m.name);
  }

  void run() {
    used.assign(doc.tokens.size(), false);
    for (const Sentence& s : doc.sentences) {
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        if (used[i]) continue;
        const Token& k = doc.tokens[i];
        // "Resolution 2270", "UNSCR 1718"
        if (lex.is_resolution_head(k.form) && i + 1 < s.end_token &&
            doc.tokens[i + 1].upos == "NUM") {
          Mention& m = add(i, i + 2, EntityType::Resolution, MentionKind::Name);
          m.name = "Resolution " + doc.tokens[i + 1].form;
          m.key = entity_key(EntityType::Resolution, m.name);
          continue;
        }
        // "48 countries"
        if (k.upos == "NUM" && !k.form.empty() && k.form[0] >= '0' && k.form[0] <= '9' &&
            i + 1 < s.end_token) {
          // "44 U.S. states": the country the counted states belong to stays in the name.
          const KnownName* kn = nullptr;
          uint32_t n = known_at(i + 1, s.end_token, &kn);
          if (n == 0 || kn->type != EntityType::Country || i + 1 + n >= s.end_token) n = 0;
          std::string l = tree.lemma(i + 1 + n);
          if (l == "country" || l == "nation" || l == "state" || l == "government") {
            add(i, i + 2 + n, EntityType::Group, MentionKind::Name).head = i + 1 + n;
            continue;
          }
        }
        bool after_the = i > s.first_token && to_lower(doc.tokens[i - 1].form) == "the";
        if (after_the &&
            (k.form == "North" || k.form == "South" || k.form == "East" || k.form == "West") &&
            !(i + 1 < s.end_token && name_like(i + 1))) {
          add(i, i + 1, EntityType::Country, MentionKind::Compass);
          continue;
        }
        if (to_lower(k.form) == "media" && i > s.first_token) {
          std::string prev = to_lower(doc.tokens[i - 1].form);
          if (prev == "state" || prev.rfind("state-", 0) == 0) {
            add(i - 1, i + 1, EntityType::Organization, MentionKind::StateMedia);
            continue;
          }
        }
        // "SANTIAGO, April 9 - ...": a dateline's place, in capitals.
        if (i == s.first_token && dateline_place(i, s)) continue;
        // "Baltic Freight arranged ...": a tagger may read a sentence-initial name as a verb.
        bool initial_name = i == s.first_token && is_capitalised(k.form) &&
                            !agent_hyphened(k.form) && !is_sentence_opener(k.form) &&
                            place_suffix_at(k.form) == std::string::npos &&
                            (k.upos == "VERB" || k.upos == "ADV") && i + 1 < s.end_token &&
                            doc.tokens[i + 1].upos == "PROPN";
        if (!name_like(i) && !initial_name) continue;
        uint32_t j = i + 1;
        while (j < s.end_token) {
          // "UN Security Council Resolution 1556": the resolution is a name of its own.
          if (lex.is_resolution_head(doc.tokens[j].form) && j + 1 < s.end_token &&
              doc.tokens[j + 1].upos == "NUM")
            break;
          if (name_like(j) && !used[j]) {
            ++j;
          } else if (is_connector(doc.tokens[j]) && j + 1 < s.end_token && name_like(j + 1)) {
            j += 2;
          } else if (j + 1 < s.end_token && is_particle(doc.tokens[j].form) && name_like(j + 1) &&
                     doc.tokens[j - 1].upos == "PROPN") {
            j += 2;  // "Porto de Lenha"
          } else if (j + 2 < s.end_token &&
                     (doc.tokens[j].form == "for" || doc.tokens[j].form == "of") &&
                     doc.tokens[j + 1].form == "the" && name_like(j + 2) && org_head_in(i, j)) {
            j += 3;  // "Tribunal for the Former Ostland", "Bank of the Isles"
          } else {
            break;
          }
        }
        chain(i, j);
        i = j - 1;
      }
      // Hyphenated pairs of names ("NK-Russia", "US-China").
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const Token& k = doc.tokens[i];
        if (size_t cut = place_suffix_at(k.form);
            cut != std::string::npos && is_capitalised(k.form)) {
          place_with_suffix(i, cut);
          continue;
        }
        size_t dash = k.form.find('-');
        if (dash == std::string::npos || dash == 0 || !is_capitalised(k.form)) continue;
        // "Italian-led", "Kenyan-backed": the country that leads or backs is an actor.
        if (const KnownName* kn = gaz.find(k.form.substr(0, dash));
            kn && !used[i] && agent_suffix(k.form.substr(dash))) {
          Mention m;
          m.first = i;
          m.last = i + 1;
          m.head = i;
          m.begin = k.begin;
          m.end = k.begin + static_cast<uint32_t>(dash);
          m.surface = k.form.substr(0, dash);
          m.type = kn->type;
          m.key = kn->key;
          m.name = kn->canonical;
          m.kind = kn->kind == NameKind::Demonym ? MentionKind::Demonym : MentionKind::Name;
          used[i] = true;
          out.push_back(m);
          continue;
        }
        auto parts = split(k.form, '-');
        bool names = parts.size() == 2;
        for (const auto& p : parts) names = names && is_capitalised(p) && p.size() >= 2;
        if (!names) continue;
        uint32_t offset = k.begin;
        for (const auto& p : parts) {
          const KnownName* kn = gaz.find(p);
          if (kn || is_all_caps_word(p)) {
            Mention m;
            m.first = i;
            m.last = i + 1;
            m.head = i;
            m.begin = offset;
            m.end = offset + static_cast<uint32_t>(p.size());
            m.surface = p;
            m.kind = kn ? MentionKind::Name : MentionKind::Acronym;
            m.type = kn ? kn->type : EntityType::Organization;
            if (kn) m.key = kn->key, m.name = kn->canonical;
            if (kn && kn->kind == NameKind::Demonym) m.kind = MentionKind::Demonym;
            // The hyphenated token may already be a mention as a whole: replace it.
            out.erase(std::remove_if(out.begin(), out.end(),
                                     [&](const Mention& o) {
                                       return o.first == i && o.last == i + 1 &&
                                              o.surface == k.form;
                                     }),
                      out.end());
            out.push_back(m);
          }
          offset += static_cast<uint32_t>(p.size()) + 1;
        }
      }
    }
    for (uint32_t t = 0; t < doc.tokens.size(); ++t)
      if (!used[t]) armed_forces_at(t);
    for (uint32_t t = 0; t < doc.tokens.size(); ++t)
      if (!used[t]) concept_at(t);
    std::sort(out.begin(), out.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
};

}  // namespace

std::vector<Mention> find_mentions(const DependencyTree& tree, const Gazetteer& gazetteer,
                                   const Lexicon& lexicon) {
  Detector d{tree, gazetteer, lexicon, tree.doc(), {}, {}};
  d.run();
  return std::move(d.out);
}

}  // namespace kg
