#include "extractor/facts/relations.h"

#include <algorithm>
#include <unordered_map>

#include "extractor/facts/relation_classes.h"

namespace kg {

void add_relation(std::vector<Relation>& out, Relation r) {
  if (r.subject < 0 || r.object < 0 || r.subject == r.object || r.relation.empty()) return;
  for (const auto& o : out)
    if (o.subject == r.subject && o.object == r.object && o.relation == r.relation) return;
  out.push_back(std::move(r));
}

namespace {

bool is_event_noun(const Lexicon& lex, const DependencyTree& tree, uint32_t t) {
  return tree.tok(t).upos == "NOUN" && lex.noun_cues(tree.lemma(t)) != nullptr;
}

struct RelationFinder {
  const RelationContext& ctx;
  const DependencyTree& tree;
  const Document& doc;
  std::vector<Relation> out;
  std::unordered_map<uint32_t, std::string> date_by_verb;

  std::vector<int> ents(const std::vector<uint32_t>& toks) const {
    std::vector<int> e;
    for (uint32_t t : toks)
      for (int x : ctx.args.entities(t))
        if (std::find(e.begin(), e.end(), x) == e.end()) e.push_back(x);
    return e;
  }

  std::vector<uint32_t> with_case(uint32_t p, std::initializer_list<std::string_view> cases) const {
    std::vector<uint32_t> outv;
    for (uint32_t c : tree.children(p)) {
      std::string_view b = tree.base(c);
      if (b != "obl" && b != "nmod") continue;
      std::string cs = tree.case_of(c);
      for (auto w : cases)
        if (cs == w) outv.push_back(c);
    }
    return outv;
  }

  // Agents of an event noun: its possessor, "by X", "from X" (endorsements from ministers).
  std::vector<int> event_agents(uint32_t n) const {
    std::vector<uint32_t> toks = tree.children(n, "nmod:poss");
    for (uint32_t c : with_case(n, {"by", "from"})) toks.push_back(c);
    return ents(toks);
  }

  // "between A and B" on a noun or on its "of" complement.
  std::vector<int> parties_between(uint32_t n) const {
    std::vector<uint32_t> toks = with_case(n, {"between"});
    for (uint32_t c : with_case(n, {"of"}))
      for (uint32_t b : with_case(c, {"between"})) toks.push_back(b);
    std::vector<int> sides = ents(toks);
    // "between Kenyan and Somali troops": the demonyms name the parties.
    for (uint32_t b : toks)
      for (uint32_t a : tree.children(b, "amod"))
        for (uint32_t c : tree.with_conjuncts(a)) {
          int e = ctx.args.entity(c);
          if (e < 0) e = ctx.tree.tok(c).upos == "ADJ" ? demonym_entity(c) : -1;
          if (e >= 0 && std::find(sides.begin(), sides.end(), e) == sides.end()) sides.push_back(e);
        }
    return sides.size() >= 2 ? sides : std::vector<int>{};
  }

  int demonym_entity(uint32_t t) const {
    for (const auto& m : ctx.mentions)
      if (m.kind == MentionKind::Demonym && m.first <= t && t < m.last) return m.entity;
    return -1;
  }

  // Objects standing for an event noun: "condemn X's export" condemns X.
  // Conjuncts of t; for an event noun, also "X's export of missiles and Y's use of them" read
  // with the second event coordinated inside the first one's complement: an event noun with a
  // possessor of its own there.
  std::vector<uint32_t> event_conjuncts(uint32_t t) const {
    std::vector<uint32_t> out = tree.with_conjuncts(t);
    if (!is_event_noun(ctx.lexicon, tree, t)) return out;
    for (uint32_t x : tree.children(t, "nmod"))
      for (uint32_t y : tree.children(x, "conj"))
        if (is_event_noun(ctx.lexicon, tree, y) && !tree.children(y, "nmod:poss").empty())
          out.push_back(y);
    return out;
  }

  std::vector<int> objects_of(const std::vector<uint32_t>& toks) const {
    std::vector<int> e;
    for (uint32_t t : toks)
      for (uint32_t c : event_conjuncts(t)) {
        std::vector<int> part =
            is_event_noun(ctx.lexicon, tree, c) ? event_agents(c) : ctx.args.entities(c);
        // "condemned a deadly exchange of fire between A and B": the parties of the event.
        // (An event noun's own pair is a fact of its own: "opposition to transfers between A and B"
        // opposes the transfers, not A and B.)
        if (part.empty() && tree.tok(c).upos == "NOUN" && !is_event_noun(ctx.lexicon, tree, c))
          part = parties_between(c);
        for (int x : part)
          if (std::find(e.begin(), e.end(), x) == e.end()) e.push_back(x);
      }
    return e;
  }

  uint32_t clause_verb(uint32_t p) const {
    uint32_t cur = p;
    for (int hops = 0; hops < 6 && !tree.is_verbal(cur) && tree.head(cur) >= 0; ++hops)
      cur = static_cast<uint32_t>(tree.head(cur));
    return cur;
  }

  bool conditional(uint32_t p) const {
    for (int cur = static_cast<int>(p), hops = 0; cur >= 0 && hops < 8;
         cur = tree.head(cur), ++hops)
      for (uint32_t m : tree.children(cur, "mark"))
        if (tree.lemma(m) == "if" || tree.lemma(m) == "unless" || tree.lemma(m) == "whether")
          return true;
    return false;
  }

  // A verb controlled by a threat, demand, appeal or intent ("vowed to strike", "urged X to
  // sanction Y") names an act not done.
  bool unrealised(uint32_t p) const {
    if (tree.base(p) != "xcomp" || tree.head(p) < 0) return false;
    std::string h = tree.lemma(static_cast<uint32_t>(tree.head(p)));
    std::string cls;
    if (const auto* c = ctx.lexicon.verb_cues(h))
      cls = c->front().relation;
    else if (const auto* pats = ctx.lexicon.verb_patterns(h))
      for (const auto& pat : *pats)
        if (pat.object.empty() && pat.prep.empty()) cls = pat.relation;
    return cls == "THREATEN" || cls == "DEMAND" || cls == "APPEAL" || cls == "INTEND";
  }

  bool negated(uint32_t p) const {
    for (uint32_t c : tree.children(p)) {
      std::string l = tree.lemma(c);
      if ((tree.base(c) == "advmod" || tree.base(c) == "neg") &&
          (l == "not" || l == "n't" || l == "never")) {
        // "not only lauded ... but also" is no negation.
        if (c + 1 < doc.tokens.size() && tree.lemma(c + 1) == "only") continue;
        return true;
      }
    }
    return false;
  }

  bool hedged(uint32_t p) const {
    uint32_t v = clause_verb(p);
    for (uint32_t c : tree.children(v)) {
      std::string l = tree.lemma(c);
      if ((tree.base(c) == "aux" && (l == "may" || l == "might" || l == "could" || l == "would")) ||
          (tree.base(c) == "advmod" && (l == "reportedly" || l == "allegedly" || l == "possibly")))
        return true;
    }
    for (uint32_t c : tree.children(p))
      if (tree.base(c) == "amod" && (tree.lemma(c) == "potential" || tree.lemma(c) == "possible"))
        return true;
    return false;
  }

  // The source a fact is reported by: the speaker of the quote holding it, else the subject of a
  // speech verb whose complement holds it.
  int attribution(uint32_t p) const {
    if (p < ctx.quote_speaker.size() && ctx.quote_speaker[p] >= 0) return ctx.quote_speaker[p];
    uint32_t cur = p;
    for (int hops = 0; hops < 8 && tree.head(cur) >= 0; ++hops) {
      std::string_view b = tree.base(cur);
      uint32_t h = static_cast<uint32_t>(tree.head(cur));
      if ((b == "ccomp" || b == "parataxis") && !ctx.lexicon.speech_family(tree.lemma(h)).empty())
        for (int e : ents(tree.subjects(h))) return e;
      cur = h;
    }
    return -1;
  }

  void emit(const std::vector<int>& subjects, const std::vector<int>& objects, const Cue& cue,
            const std::string& predicate, uint32_t p, double confidence,
            const std::vector<Argument>& extra = {}) {
    if (subjects.empty() || objects.empty() || cue.relation.empty()) return;
    bool neg = negated(p), hedge = hedged(p);
    int source = attribution(p);
    std::string date;
    if (auto it = date_by_verb.find(clause_verb(p)); it != date_by_verb.end()) date = it->second;
    int sentence = doc.sentence_of(p);
    for (int s : subjects)
      for (int o : objects) {
        Relation r;
        r.subject = s;
        r.object = o;
        r.relation = cue.relation;
        r.predicate = predicate;
        r.date = date;
        r.negated = neg;
        r.hedged = hedge;
        r.attributed_to = source == s ? -1 : source;
        r.confidence = hedge ? confidence * 0.7 : confidence;
        r.arguments = extra;
        r.span = {sentence, sentence >= 0 ? doc.sentences[sentence].begin : 0,
                  sentence >= 0 ? doc.sentences[sentence].end : 0};
        add_relation(out, std::move(r));
      }
  }

  void verb(uint32_t p) {
    std::string lemma = tree.lemma(p);
    const auto* cues = ctx.lexicon.verb_cues(lemma);
    bool light = ctx.lexicon.is_light_verb(lemma);
    const auto* patterns = ctx.lexicon.verb_patterns(lemma);
    if (!cues && !light && !patterns) return;
    if (conditional(p)) return;  // "If X attacks ..." states no fact
    if (unrealised(p)) return;   // "threatened to attack X": no attack took place
    bool passive = false;
    std::vector<uint32_t> subj = tree.subjects(p, &passive);
    std::vector<uint32_t> agent_toks, patient_toks = tree.children(p, "obj");
    std::string_view b = tree.base(p);
    if (passive) {
      patient_toks = subj;
      agent_toks = tree.children(p, "obl:agent");
      for (uint32_t c : with_case(p, {"by"})) agent_toks.push_back(c);
    } else if (b == "amod" && tree.head(p) >= 0 && tree.tok(p).xpos == "VBN" && p >= 2 &&
               tree.tok(p - 1).form == "-") {
      // "the U.N.-backed government": the word hyphened to the participle is its agent.
      patient_toks = {static_cast<uint32_t>(tree.head(p))};
      agent_toks.clear();
      for (uint32_t c : tree.children(p))
        if (c < p - 1) agent_toks.push_back(c);
    } else if (b == "acl" && tree.head(p) >= 0 && subj.empty() &&
               tree.rel(static_cast<uint32_t>(tree.head(p))) == "root" &&
               static_cast<uint32_t>(tree.head(p)) < p && tree.children(p, "obl:agent").empty() &&
               with_case(p, {"by"}).empty()) {
      // "The Council called on Chad ...": a noun root with a participle after it is a misread
      // clause whose verb is the predicate and the noun its subject.
      agent_toks = {static_cast<uint32_t>(tree.head(p))};
    } else if (b == "acl" && tree.head(p) >= 0 && subj.empty()) {
      uint32_t n = static_cast<uint32_t>(tree.head(p));
      if (tree.tok(p).xpos == "VBN") {  // "resolutions imposed on North Korea"
        patient_toks = {n};
        agent_toks = tree.children(p, "obl:agent");
        for (uint32_t c : with_case(p, {"by"})) agent_toks.push_back(c);
      } else {
        agent_toks = {n};
      }
    } else if (b == "acl" && tree.head(p) >= 0 && tree.rel(p) == "acl:relcl") {
      uint32_t n = static_cast<uint32_t>(tree.head(p));
      bool rel_subject = false;
      for (uint32_t s : subj) {
        std::string l = tree.lemma(s);
        rel_subject |= l == "that" || l == "which" || l == "who";
      }
      if (rel_subject)
        agent_toks = {n};
      else
        agent_toks = subj, patient_toks = {n};
    } else {
      agent_toks = subj;
    }
    // A noun coordinated with the verb is a parser's way of coordinating the last object
    // ("supplied Russia with missiles as well as launchers").
    std::vector<uint32_t> extra_objects;
    for (uint32_t c : tree.children(p, "conj"))
      if (tree.tok(c).upos == "NOUN" || tree.tok(c).upos == "PROPN") extra_objects.push_back(c);
    // "A, alongside B, condemned ...": B acts too.
    std::vector<uint32_t> co_agents;
    for (uint32_t a : agent_toks) {
      std::vector<uint32_t> near = tree.children(a);
      near.push_back(a);
      for (uint32_t c : near)
        for (uint32_t x : with_case(c, {"alongside", "along with", "together with"}))
          co_agents.push_back(x);
    }
    agent_toks.insert(agent_toks.end(), co_agents.begin(), co_agents.end());
    std::vector<int> agents = ents(agent_toks);

    if (!cues && !light) return cameo_verb(p, *patterns, agents, patient_toks);
    if (light) {  // "expressed their condemnation against X"
      for (uint32_t o : tree.children(p, "obj")) {
        const auto* lc = ctx.lexicon.light_noun(tree.lemma(o));
        if (!lc || lc->front().relation.empty()) continue;
        std::vector<uint32_t> targets = with_case(p, {"against", "over", "to", "for", "of"});
        for (uint32_t c : with_case(o, {"against", "over", "to", "for", "of"}))
          targets.push_back(c);
        // "... in the strongest terms against X": a parser may hang the target on the manner
        // phrase.
        for (uint32_t m : with_case(p, {"in"}))
          for (uint32_t c : with_case(m, {"against"})) targets.push_back(c);
        // "... against X's export and Y's use": a parser may hang the last target on the verb.
        for (uint32_t other : tree.children(p, "obj"))
          if (other != o && is_event_noun(ctx.lexicon, tree, other)) targets.push_back(other);
        emit(agents, objects_of(targets), lc->front(), tree.lemma(o), p, 0.8);
      }
      if (!cues) return;
    }
    const Cue& cue = cues->front();
    const std::string& cls = cue.relation;
    if (lemma == "call") {
      // "call on X to ..." demands; "called X the enemy" designates.
      // "called ... on Monday" is no demand: only a party called on counts.
      std::vector<int> called_on = ents(with_case(p, {"on", "upon"}));
      if (!called_on.empty()) return emit(agents, called_on, cue, lemma, p, 0.8);
      bool second = !tree.children(p, "xcomp").empty() || tree.children(p, "obj").size() >= 2;
      if (second && !patient_toks.empty())
        emit(agents, ents({patient_toks.front()}), {"DESIGNATE", ""}, lemma, p, 0.8);
      // A parser may read "called X the enemy" as a double object: X is the iobj.
      std::vector<uint32_t> named = tree.children(p, "iobj");
      if (!second && !named.empty() && !tree.children(p, "obj").empty())
        emit(agents, ents({named.front()}), {"DESIGNATE", ""}, lemma, p, 0.8);
      return;
    }
    if (cls == "SAY") return;
    if (cls == "REPORT") {  // "the White House disclosed that North Korea had supplied ..."
      for (uint32_t c : tree.children(p, "ccomp"))
        if (tree.has_child_lemma(c, "mark", "that"))
          emit(agents, ents(tree.subjects(c)), cue, lemma, p, 0.6);
      return;
    }
    if (cls == "TRANSFER") {
      auto themes = with_case(p, {"with"});
      auto recipients = with_case(p, {"to"});
      for (uint32_t c : tree.children(p, "iobj")) recipients.push_back(c);
      std::vector<uint32_t> objs = patient_toks;
      // "sold drones to X", "supplied the army with Y": a parser may hang the phrase on the object.
      for (uint32_t o : patient_toks) {
        for (uint32_t c : with_case(o, {"to"})) recipients.push_back(c);
        for (uint32_t c : with_case(o, {"with"})) themes.push_back(c);
      }
      themes.insert(themes.end(), extra_objects.begin(), extra_objects.end());
      if (!themes.empty())
        recipients.insert(recipients.end(), objs.begin(), objs.end());
      else
        themes = objs;
      // Only parties hand goods over, and a resolution or a document is neither goods nor a
      // recipient: what a mis-tagged "the arms transfer violates resolutions" would give.
      std::vector<int> givers = agents;
      std::erase_if(givers, [&](int e) { return !is_party(ctx.entities[e].type); });
      auto transferable = [&](std::vector<int> v) {
        std::erase_if(v, [&](int e) {
          EntityType t = ctx.entities[e].type;
          return t == EntityType::Resolution || t == EntityType::Document;
        });
        return v;
      };
      emit(givers, transferable(ents(recipients)), cue, lemma, p, 0.8);
      emit(givers, transferable(ents(themes)), cue, lemma, p, 0.8);
      return;
    }
    std::vector<uint32_t> targets = patient_toks;
    targets.insert(targets.end(), extra_objects.begin(), extra_objects.end());
    if (cls == "DEMAND") {
      for (uint32_t c : with_case(p, {"on", "upon"})) targets.push_back(c);
      for (uint32_t c : tree.children(p, "iobj")) targets.push_back(c);  // "urged Nairobi to ..."
      for (uint32_t c : tree.children(p, "ccomp"))
        for (uint32_t s : tree.subjects(c)) targets.push_back(s);
    } else if (cls == "SANCTION") {
      for (uint32_t c : with_case(p, {"on", "against"})) targets.push_back(c);
      if (cls == "SANCTION" && lemma == "impose") {
        // The things imposed are no target; their issuer may be the agent ("UN resolutions").
        targets = with_case(p, {"on", "against"});
        if (agents.empty())
          for (uint32_t n : patient_toks)
            for (uint32_t c : tree.children(n))
              if (tree.base(c) == "compound" || tree.rel(c) == "nmod:poss")
                for (int e : ctx.args.entities(c)) agents.push_back(e);
      }
    } else if (cls == "ATTACK") {
      for (uint32_t c : with_case(p, {"on"})) targets.push_back(c);
    } else if (cls == "COOPERATE" || cls == "MEET") {
      for (uint32_t c : with_case(p, {"with"})) targets.push_back(c);
    } else if (cls == "ACCUSE" && targets.empty()) {
      return;
    }
    // "threatened to kill X": the frame reads the object of the controlled verb.
    if (const RelationClass* rc = relation_class(cls);
        rc && targets.empty() && in_word_list(rc->verb_cases, "xcomp"))
      for (uint32_t x : tree.children(p, "xcomp"))
        for (uint32_t o : tree.children(x, "obj")) targets.push_back(o);
    emit(agents, objects_of(targets), cue, lemma, p, 0.8);
  }

  // Obl/nmod children of `p` whose case word is one of the space-separated `cases`.
  std::vector<uint32_t> with_cases(uint32_t p, std::string_view cases) const {
    std::vector<uint32_t> outv;
    for (uint32_t c : tree.children(p)) {
      std::string_view b = tree.base(c);
      if ((b == "obl" || b == "nmod") && in_word_list(cases, tree.case_of(c))) outv.push_back(c);
    }
    return outv;
  }

  // A verb the hand lexicon lacks, read by its CAMEO patterns: the most specific pattern whose
  // object noun and preposition the clause has, else the verb's own code when all its blocks
  // agree on the class. Arguments follow the class's frame (relation_classes.h).
  void cameo_verb(uint32_t p, const std::vector<VerbPattern>& patterns,
                  const std::vector<int>& agents, const std::vector<uint32_t>& objs) {
    const VerbPattern* best = nullptr;
    int best_score = -1;
    uint32_t event = 0;
    bool bare_agree = true;
    const VerbPattern* bare = nullptr;
    bool tie = false;
    // What the clause offers, read once: object lemmas, and the case words (and particles) on
    // the verb and on each object.
    std::vector<std::pair<std::string, uint32_t>> obj_lemmas;
    for (uint32_t o : objs) obj_lemmas.emplace_back(tree.lemma(o), o);
    auto case_words = [&](uint32_t t, bool particles) {
      std::vector<std::string> w;
      for (uint32_t c : tree.children(t)) {
        std::string_view b = tree.base(c);
        if (b == "obl" || b == "nmod") w.push_back(tree.case_of(c));
        if (particles && tree.rel(c) == "compound:prt") w.push_back(tree.lemma(c));
      }
      return w;
    };
    std::vector<std::string> verb_words = case_words(p, true);
    std::vector<std::vector<std::string>> obj_words;
    for (uint32_t o : objs) obj_words.push_back(case_words(o, false));
    auto offers = [](const std::vector<std::string>& words, std::string_view preps) {
      for (const auto& w : words)
        if (!w.empty() && in_word_list(preps, w)) return true;
      return false;
    };
    for (const auto& pat : patterns) {
      int score = 0;
      int noun = -1;
      size_t noun_index = 0;
      if (!pat.object.empty()) {
        for (size_t i = 0; i < obj_lemmas.size(); ++i)
          if (obj_lemmas[i].first == pat.object)
            noun = static_cast<int>(obj_lemmas[i].second), noun_index = i;
        if (noun < 0) continue;
        score += 2;
      }
      if (!pat.prep.empty()) {
        bool has =
            offers(verb_words, pat.prep) || (noun >= 0 && offers(obj_words[noun_index], pat.prep));
        if (!has) continue;
        score += 1;
      }
      if (score == 0) {
        if (bare && bare->relation != pat.relation) bare_agree = false;
        bare = &pat;
        continue;
      }
      if (score > best_score) {
        best = &pat, best_score = score, event = noun >= 0 ? noun : 0;
        tie = false;
      } else if (score == best_score && best->relation != pat.relation) {
        tie = true;
      }
    }
    if (tie) return;  // equally specific patterns of different classes: no reading is safe
    if (!best) {
      if (!bare || !bare_agree) return;
      best = bare, best_score = 0;
    }
    const RelationClass* rc = relation_class(best->relation);
    if (!rc || rc->frame == Frame::Speech || rc->frame == Frame::Report ||
        rc->frame == Frame::Affiliation)
      return;
    std::string cases = best->prep;
    // Parties act together "with" each other: "arrived in X" is no meeting with X.
    if (rc->frame == Frame::Symmetric) cases.clear();
    cases += " ";
    cases += rc->verb_cases;
    std::vector<uint32_t> targets;
    if (!best->object.empty()) {  // "imposed sanctions on X": the noun is the event
      for (uint32_t c : with_cases(p, cases)) targets.push_back(c);
      for (uint32_t c : with_cases(event, std::string(cases) + " " + std::string(rc->noun_cases)))
        targets.push_back(c);
    } else {
      targets = objs;
      for (uint32_t c : with_cases(p, cases)) targets.push_back(c);
      if (rc->frame == Frame::Transfer)
        for (uint32_t c : tree.children(p, "iobj")) targets.push_back(c);
    }
    std::vector<int> givers = agents;
    std::erase_if(givers, [&](int e) { return !is_party(ctx.entities[e].type); });
    // Only attacks and visits take a place as object ("arrived in X" meets no one).
    std::vector<int> objects = objects_of(targets);
    if (best->relation != "ATTACK" && best->relation != "VISIT")
      std::erase_if(objects, [&](int e) { return !is_party(ctx.entities[e].type); });
    std::string predicate = tree.lemma(p);
    emit(givers, objects, {best->relation, best->cameo}, predicate, p, 0.6);
  }

  void noun(uint32_t n) {
    const auto* cues = ctx.lexicon.noun_cues(tree.lemma(n));
    if (!cues || conditional(n)) return;
    const Cue& cue = cues->front();
    const std::string& cls = cue.relation;
    // A light verb's object is read with the verb's subject (verb() above).
    if (tree.base(n) == "obj" && tree.head(n) >= 0 &&
        ctx.lexicon.is_light_verb(tree.lemma(static_cast<uint32_t>(tree.head(n)))))
      return;
    std::vector<int> agents = event_agents(n);
    std::string lemma = tree.lemma(n);
    // "host talks between A and B": the verb's subject meets the parties (verb() reads them).
    bool read_by_verb = false;
    if (tree.base(n) == "obj" && tree.head(n) >= 0)
      if (const auto* vc = ctx.lexicon.verb_cues(tree.lemma(static_cast<uint32_t>(tree.head(n)))))
        read_by_verb = vc->front().relation == cls;
    // "cooperation between Pyongyang and Moscow", "arms transfers between X and Y".
    for (uint32_t c : with_case(n, {"between", "among"})) {
      if (read_by_verb) break;
      std::vector<int> sides = ctx.args.entities(c);
      if (sides.size() < 2) continue;
      if (cls == "COOPERATE" || cls == "MEET" || cls == "TRANSFER") {
        emit({sides[0]}, {sides[1]}, cue, lemma, n, 0.7);
      } else if (tree.head(n) >= 0) {
        // "cooperation for weapons production between A and B": the pair belongs to the
        // cooperation the production noun modifies.
        uint32_t h = static_cast<uint32_t>(tree.head(n));
        if (const auto* hc = is_event_noun(ctx.lexicon, tree, h)
                                 ? ctx.lexicon.noun_cues(tree.lemma(h))
                                 : nullptr)
          if (hc->front().relation == "COOPERATE" || hc->front().relation == "MEET")
            emit({sides[0]}, {sides[1]}, hc->front(), tree.lemma(h), h, 0.7);
      }
    }
    std::vector<uint32_t> targets;
    if (cls == "ATTACK")
      targets = with_case(n, {"on", "of", "against"});
    else if (cls == "TRANSFER")
      targets = with_case(n, {"of", "to"});
    else if (cls == "USE" || cls == "PRODUCE")
      targets = with_case(n, {"of"});
    else if (cls == "VISIT")
      targets = with_case(n, {"to", "of"});
    else if (cls == "COOPERATE" || cls == "MEET")
      targets = with_case(n, {"with"});
    else if (cls == "SANCTION")
      targets = with_case(n, {"on", "against"});
    else
      targets = with_case(n, {"of", "against", "to", "on"});
    std::vector<int> objects = objects_of(targets);
    if (agents.empty() && tree.head(n) >= 0) {
      uint32_t h = static_cast<uint32_t>(tree.head(n));
      // "employed by Russian forces in attacks on Ukraine": the clause's agent acts.
      if (tree.base(n) == "obl" && tree.case_of(n) == "in" && tree.is_verbal(h)) {
        bool passive = false;
        auto s = tree.subjects(h, &passive);
        std::vector<uint32_t> a = passive ? tree.children(h, "obl:agent") : s;
        if (passive)
          for (uint32_t c : with_case(h, {"by"})) a.push_back(c);
        agents = ents(a);
      }
    }
    // "a statement featuring endorsements from X": X supports the statement.
    if (objects.empty() && cls == "SUPPORT" && tree.base(n) == "obj" && tree.head(n) >= 0) {
      int v = tree.head(n);
      if (tree.base(v) == "acl" && tree.head(v) >= 0)
        objects = ents({static_cast<uint32_t>(tree.head(v))});
    }
    emit(agents, objects, cue, lemma, n, 0.7);
  }

  void run() {
    for (const auto& d : ctx.dates) {
      for (uint32_t t = d.first; t < d.last; ++t) {
        int h = tree.head(t);
        if (h >= static_cast<int>(d.first) && h < static_cast<int>(d.last)) continue;
        uint32_t v = clause_verb(t);
        date_by_verb.emplace(v, d.date);
        break;
      }
    }
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      const std::string& upos = tree.tok(t).upos;
      // In UD only predicates take a clausal complement: a "noun" with a ccomp is a verb the
      // tagger misread ('and "demand that X be held accountable"').
      if (upos == "VERB" || (upos == "NOUN" && !tree.children(t, "ccomp").empty()))
        verb(t);
      else if (upos == "NOUN")
        noun(t);
    }
    surface_sanctions();
  }

  // --- Sanctions read off the words, which parsers often get wrong ("imposed" read as an
  // adjective of "sanctions"): "A and B imposed sanctions on C, D and E", then "The measures
  // target F, G and H" in the next sentences.
  std::vector<int> mention_by_token;

  const Mention* mention_at(uint32_t t) const {
    int i = t < mention_by_token.size() ? mention_by_token[t] : -1;
    return i >= 0 ? &ctx.mentions[i] : nullptr;
  }

  static bool is_party(EntityType t) {
    return t == EntityType::Country || t == EntityType::Organization || t == EntityType::Group ||
           t == EntityType::Person;
  }

  // Parties listed from the mention at token `t` on ("A, the B and C").
  std::vector<int> listed_from(uint32_t t) const {
    std::vector<int> out;
    const Mention* m = mention_at(t);
    if (!m || m->entity < 0 || !is_party(ctx.entities[m->entity].type)) return out;
    out.push_back(m->entity);
    for (int e : ctx.args.list_after(t))
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    return out;
  }

  // Parties listed right before token `t` ("Britain and the European Union on Friday imposed"):
  // the nearest mention within a few words, then the list it ends.
  std::vector<int> listed_before(uint32_t t, uint32_t first) const {
    std::vector<int> out;
    uint32_t u = t;
    for (int skip = 0; u > first && skip < 5; ++skip) {
      --u;
      if (mention_at(u)) break;
      const std::string& f = doc.tokens[u].form;
      if (f == "," || f == "." || doc.tokens[u].upos == "VERB") return out;
    }
    const Mention* m = mention_at(u);
    while (m && m->entity >= 0 && is_party(ctx.entities[m->entity].type)) {
      if (std::find(out.begin(), out.end(), m->entity) == out.end())
        out.insert(out.begin(), m->entity);
      uint32_t v = m->first;
      bool joined = false;
      while (v > first) {
        std::string f = to_lower(doc.tokens[v - 1].form);
        if (f == "," || f == "and")
          joined = true;
        else if (f != "the")
          break;
        --v;
      }
      if (!joined || v == first) break;
      m = mention_at(v - 1);
    }
    return out;
  }

  static bool is_measure_noun(const std::string& lemma) {
    return lemma == "sanction" || lemma == "sanctions" || lemma == "penalty" ||
           lemma == "restriction" || lemma == "embargo" || lemma == "measure" || lemma == "tariff";
  }

  void surface_sanctions() {
    mention_by_token.assign(doc.tokens.size(), -1);
    for (size_t i = 0; i < ctx.mentions.size(); ++i)
      if (ctx.mentions[i].entity >= 0)
        for (uint32_t t = ctx.mentions[i].first; t < ctx.mentions[i].last; ++t)
          if (mention_by_token[t] < 0) mention_by_token[t] = static_cast<int>(i);
    std::vector<int> last_agents;
    int last_sentence = -10;
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& s = doc.sentences[si];
      for (uint32_t t = s.first_token; t + 2 < s.end_token; ++t) {
        if (tree.lemma(t) != "impose" && to_lower(doc.tokens[t].form).rfind("impos", 0) != 0)
          continue;
        uint32_t n = t + 1;
        if (n + 1 < s.end_token && doc.tokens[n].upos == "ADJ") ++n;  // "new sanctions"
        if (!is_measure_noun(tree.lemma(n))) continue;
        std::string prep = to_lower(doc.tokens[n + 1].form);
        std::vector<int> agents = listed_before(t, s.first_token);
        if (agents.empty()) continue;
        last_agents = agents;
        last_sentence = static_cast<int>(si);
        if ((prep != "on" && prep != "against") || n + 2 >= s.end_token) continue;
        emit(agents, listed_from(n + 2), {"SANCTION", "163"}, "impose", t, 0.7);
      }
      // "The measures target X, its director Y and Z": the agents of the sanctions just named.
      if (last_agents.empty() || static_cast<int>(si) - last_sentence > 2 || s.size() < 4) continue;
      uint32_t t = s.first_token;
      std::string det = to_lower(doc.tokens[t].form);
      if (det != "the" && det != "these" && det != "those") continue;
      if (!is_measure_noun(tree.lemma(t + 1))) continue;
      std::string v = to_lower(doc.tokens[t + 2].form);
      if (v != "target" && v != "targets" && v != "cover" && v != "covers" && v != "hit" &&
          v != "name" && v != "names" && v != "include")
        continue;
      std::vector<int> targets;
      for (uint32_t u = t + 3; u < s.end_token; ++u)
        if (const Mention* m = mention_at(u); m && m->entity >= 0 && m->first == u) {
          EntityType ty = ctx.entities[m->entity].type;
          if ((ty == EntityType::Person || ty == EntityType::Organization) &&
              std::find(targets.begin(), targets.end(), m->entity) == targets.end())
            targets.push_back(m->entity);
        }
      emit(last_agents, targets, {"SANCTION", "163"}, "target", t + 2, 0.6);
    }
  }
};

}  // namespace

std::vector<Relation> find_relations(const RelationContext& ctx) {
  RelationFinder x{ctx, ctx.tree, ctx.tree.doc(), {}, {}};
  x.run();
  find_affiliations(ctx, x.out);
  return std::move(x.out);
}

}  // namespace kg
