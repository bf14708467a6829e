// Facts from verbs: a clause's agents and patients by voice and construction (passive with its
// agent, participles, relative clauses, control, coordination), light verbs, the hand cue lexicon
// and the CAMEO verb patterns.
#include <algorithm>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

namespace {

bool is_time_noun(const std::string& l) {
  for (const char* w : {"day", "week", "month", "year", "morning", "afternoon", "evening", "night",
                        "time", "weekend", "decade", "hour", "minute", "season"})
    if (l == w) return true;
  return false;
}

}  // namespace

void RelationFinder::verb(uint32_t p) {
  std::string lemma = tree.lemma(p);
  const auto* cues = ctx.lexicon.verb_cues(lemma);
  bool light = ctx.lexicon.is_light_verb(lemma);
  const auto* patterns = ctx.lexicon.verb_patterns(lemma);
  if (elected_to(p)) return;
  if (leads(p)) return;
  if (admitted_to(p)) return;
  if (filed_against(p)) return;
  if (handed_over(p)) return;
  if (ordered_to(p)) return;
  if (!cues && !light && !patterns) return;
  if (conditional(p)) return;  // "If X attacks ..." states no fact
  if (unrealised(p)) return;   // "threatened to attack X": no attack took place
  bool passive = false;
  std::vector<uint32_t> subj = tree.subjects(p, &passive);
  std::vector<uint32_t> agent_toks, patient_toks = tree.children(p, "obj");
  std::string_view b = tree.base(p);
  if (passive) {
    // "X, which is backed by Y" (verbs of the hand lexicon: the CAMEO patterns' readings of
    // a bare verb are too loose to apply to whatever a relative pronoun stands for).
    patient_toks = cues ? relative_resolved(subj) : subj;
    agent_toks = tree.children(p, "obl:agent");
    for (uint32_t c : with_case(p, {"by"})) agent_toks.push_back(c);
  } else if (b == "amod" && tree.head(p) >= 0 && tree.tok(p).xpos == "VBN" && p >= 2 &&
             tree.tok(p - 1).form == "-") {
    // "the NATO-led mission": the word hyphened to the participle is its agent.
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
    if (tree.tok(p).xpos == "VBN") {  // "measures imposed on Ruritania"
      patient_toks = {antecedent(n)};
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
      agent_toks = {antecedent(n)};
    else
      agent_toks = subj, patient_toks = {n};
  } else {
    agent_toks = subj;
  }
  // "condemned and rejected X": a verb with no object shares that of the verb coordinated right
  // after it (only "and", commas or adverbs between: no subject of its own).
  if (!passive && patient_toks.empty() && tree.children(p, "ccomp").empty())
    for (uint32_t c : tree.children(p, "conj")) {
      if (c <= p || tree.tok(c).upos != "VERB" || tree.children(c, "obj").empty()) continue;
      bool tight = true;
      for (uint32_t u = p + 1; u < c && tight; ++u) {
        const std::string& up = tree.tok(u).upos;
        tight = up == "CCONJ" || up == "PUNCT" || up == "ADV";
      }
      if (tight) patient_toks = tree.children(c, "obj");
      break;
    }
  // A noun coordinated with the verb is a parser's way of coordinating the last object
  // ("sold Ruritania rifles as well as mortars").
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
  // "a Ruritanian air strike hit X": an event noun of the verb's own class acts for its agent.
  if (agents.empty() && cues)
    for (uint32_t a : agent_toks)
      if (const auto* nc =
              is_event_noun(ctx.lexicon, tree, a) ? ctx.lexicon.noun_cues(tree.lemma(a)) : nullptr;
          nc && nc->front().relation == cues->front().relation)
        for (int e : event_modifiers(a))
          if (std::find(agents.begin(), agents.end(), e) == agents.end()) agents.push_back(e);

  if (court_penalty(p, agent_toks, patient_toks)) return;
  if (!cues && !light) return cameo_verb(p, *patterns, agents, patient_toks);
  if (light) {  // "expressed their condemnation against X"
    for (uint32_t o : tree.children(p, "obj")) {
      const auto* lc = ctx.lexicon.light_noun(tree.lemma(o));
      if (!lc || lc->front().relation.empty()) continue;
      std::vector<uint32_t> targets = with_case(p, {"against", "over", "to", "for", "of"});
      for (uint32_t c : with_case(o, {"against", "over", "to", "for", "of"})) targets.push_back(c);
      // "... in the firmest language against X": a parser may hang the target on the manner
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
    // "called for X to pay": the party asked to act (not "called for talks").
    for (uint32_t c : with_case(p, {"for"}))
      for (uint32_t v : tree.children(p))
        if (v > c && (tree.base(v) == "advcl" || tree.base(v) == "xcomp") &&
            tree.has_child_lemma(v, "mark", "to"))
          for (int e : ents({c}))
            if (is_party(ctx.entities[e].type)) called_on.push_back(e);
    if (!called_on.empty()) return emit(agents, called_on, cue, lemma, p, 0.8);
    bool second = !tree.children(p, "xcomp").empty() || tree.children(p, "obj").size() >= 2;
    // ... or the second noun as a bare nominal modifier ("called X a \"traitor\"": obl:unmarked),
    // one with an article of its own and no time word ("called X this week" names no one).
    for (uint32_t c : tree.children(p))
      if (!patient_toks.empty() && c > patient_toks.front() && tree.rel(c) == "obl:unmarked" &&
          tree.tok(c).upos == "NOUN" && !tree.children(c, "det").empty() &&
          !is_time_noun(tree.lemma(c)))
        second = true;
    if (second && !patient_toks.empty())
      emit(agents, ents({patient_toks.front()}), {"DESIGNATE", ""}, lemma, p, 0.8);
    // A parser may read "called X the enemy" as a double object: X is the iobj.
    std::vector<uint32_t> named = tree.children(p, "iobj");
    if (!second && !named.empty() && !tree.children(p, "obj").empty())
      emit(agents, ents({named.front()}), {"DESIGNATE", ""}, lemma, p, 0.8);
    return;
  }
  const RelationClass* rc = relation_class(cls);
  if (rc && rc->frame == Frame::Speech) return said_must(p, agents);
  if (!rc) return;
  if (rc->frame == Frame::Report) {  // "the ministry disclosed that Ruritania had supplied ..."
    for (uint32_t c : tree.children(p, "ccomp"))
      if (tree.has_child_lemma(c, "mark", "that"))
        emit(agents, ents(tree.subjects(c)), cue, lemma, p, 0.6);
    return;
  }
  if (rc->frame == Frame::Transfer)
    return transfer_verb(p, cue, agents, patient_toks, extra_objects);
  std::vector<uint32_t> targets = patient_toks;
  targets.insert(targets.end(), extra_objects.begin(), extra_objects.end());
  if (lemma == "impose") {
    // The things imposed are no target; their issuer may be the agent ("UN resolutions").
    targets.clear();
    if (agents.empty())
      for (uint32_t n : patient_toks)
        for (uint32_t c : tree.children(n))
          if (tree.base(c) == "compound" || tree.rel(c) == "nmod:poss")
            for (int e : ctx.args.entities(c)) agents.push_back(e);
  }
  if (lemma == "blame") {
    // "blamed the attack on X": the one blamed follows "on"; the object is the deed.
    std::vector<uint32_t> on = with_case(p, {"on"});
    for (uint32_t o : patient_toks)
      for (uint32_t c : tree.with_conjuncts(o))
        for (uint32_t x : with_case(c, {"on"})) on.push_back(x);
    if (!on.empty()) targets = on;
  }
  frame_targets(p, *rc, targets);
  if (lemma == "arrive") {  // a person who "arrived in X" visits X ("arrived from X" does not)
    for (uint32_t c : with_case(p, {"in"})) targets.push_back(c);
    // ("Tunisians who arrived in X": a people arriving is no visit.)
    std::erase_if(agents, [&](int e) { return ctx.entities[e].type != EntityType::Person; });
  }
  if (cls == "MEMBER_OF") joined_body(targets);
  emit(agents, objects_of(targets), cue, lemma, p, 0.8);
}

// "X insisted Y must form a government", "X said Y should withdraw": a speaker's "must" or
// "should" on another party is a demand on it.
void RelationFinder::said_must(uint32_t p, const std::vector<int>& agents) {
  if (agents.empty()) return;
  for (uint32_t c : tree.children(p, "ccomp")) {
    bool must = false;
    for (uint32_t a : tree.children(c, "aux")) {
      std::string l = to_lower(tree.tok(a).form);
      must |= l == "must" || l == "should";
    }
    if (!must) continue;
    bool passive = false;
    std::vector<uint32_t> subj = tree.subjects(c, &passive);
    if (passive) continue;  // "X said Y must be punished" asks it of nobody named
    std::vector<int> targets = ents(subj);
    std::erase_if(targets, [&](int e) { return !is_party(ctx.entities[e].type); });
    emit(agents, targets, {"DEMAND", "100"}, tree.lemma(p), c, 0.6);
  }
}

// "X was convicted by Ruritanian judges", "the Y Tribunal sentenced X": a court's penalty is a
// sanction by the court (or the body or country its judges sit for).
bool RelationFinder::court_penalty(uint32_t p, const std::vector<uint32_t>& agent_toks,
                                   const std::vector<uint32_t>& patient_toks) {
  std::string lemma = tree.lemma(p);
  if (lemma != "convict" && lemma != "sentence" && lemma != "jail" && lemma != "imprison")
    return false;
  auto is_court_name = [&](int e) {
    std::string name = " " + to_lower(ctx.entities[e].name) + " ";
    return name.find(" court ") != std::string::npos ||
           name.find(" tribunal ") != std::string::npos;
  };
  std::vector<int> courts;
  for (uint32_t a : agent_toks) {
    std::string l = tree.lemma(a);
    bool bench = l == "judge" || l == "court" || l == "tribunal" || l == "jury" || l == "panel";
    for (int e : ctx.args.entities(a))
      if (ctx.entities[e].type == EntityType::Organization && (bench || is_court_name(e)))
        courts.push_back(e);
    if (!bench || !courts.empty()) continue;
    // "U.N. judges", "a Ruritanian court", "the country's supreme court".
    for (uint32_t c : tree.children(a)) {
      std::string_view b = tree.base(c);
      if (b != "compound" && b != "amod" && tree.rel(c) != "nmod:poss") continue;
      int e = ctx.args.entity(c);
      if (e < 0 && tree.tok(c).upos == "ADJ") e = demonym_entity(c);
      if (e >= 0 && (ctx.entities[e].type == EntityType::Organization ||
                     ctx.entities[e].type == EntityType::Country))
        courts.push_back(e);
    }
  }
  if (courts.empty()) return false;
  std::vector<int> punished = ents(patient_toks);
  std::erase_if(punished, [&](int e) { return !is_party(ctx.entities[e].type); });
  emit(courts, punished, {"SANCTION", "173"}, lemma, p, 0.7);
  return true;
}

// "X was admitted to Y", "A and B were selected for Y", "Z added X to Y": the one taken in
// becomes a member of the body (an organisation; a list, "added to the Entity List", is none).
bool RelationFinder::admitted_to(uint32_t p) {
  std::string lemma = tree.lemma(p);
  bool choose = lemma == "select" || lemma == "choose";
  if (!choose && lemma != "admit" && lemma != "induct" && lemma != "accept" && lemma != "add")
    return false;
  std::vector<uint32_t> body_toks = with_cases(p, choose ? "for" : "to into");
  if (body_toks.empty()) return false;
  std::vector<int> bodies = ents(body_toks);
  std::erase_if(bodies, [&](int e) {
    const Entity& x = ctx.entities[e];
    return x.type != EntityType::Organization || to_lower(x.name).find("list") != std::string::npos;
  });
  if (bodies.empty() || conditional(p) || unrealised(p)) return false;
  bool passive = false;
  std::vector<uint32_t> member_toks = tree.subjects(p, &passive);
  if (tree.base(p) == "acl" && tree.tok(p).xpos == "VBN" && tree.head(p) >= 0)
    member_toks = {static_cast<uint32_t>(tree.head(p))}, passive = true;
  if (!passive) member_toks = tree.children(p, "obj");
  std::vector<int> members = ents(member_toks);
  std::erase_if(members, [&](int e) { return !is_party(ctx.entities[e].type); });
  if (members.empty()) return false;
  emit(members, bodies, {"MEMBER_OF", ""}, lemma, p, 0.7);
  return true;
}

// "X leads/heads/chairs Y", "X, who heads Y", "Y, led by X", "the Y commanded by X": a person
// at the head of an organisation, country or armed group leads it; "X works for Y" works for it.
bool RelationFinder::leads(uint32_t p) {
  std::string lemma = tree.lemma(p);
  bool works = lemma == "work";  // "X works for Y", "X, who worked at Y"
  if (!works && lemma != "lead" && lemma != "head" && lemma != "chair" && lemma != "command")
    return false;
  if (conditional(p) || unrealised(p)) return false;
  bool passive = false;
  std::vector<uint32_t> subj = tree.subjects(p, &passive);
  std::vector<uint32_t> leader_toks, body_toks;
  std::string_view b = tree.base(p);
  if (b == "acl" && tree.head(p) >= 0 && subj.empty() && tree.tok(p).xpos == "VBN") {
    body_toks = {antecedent(static_cast<uint32_t>(tree.head(p)))};  // "the Y, led by X"
    passive = true;
  } else if (passive) {
    body_toks = relative_resolved(subj);  // "the Y, which is led by X"
  }
  if (passive) {
    leader_toks = tree.children(p, "obl:agent");
    for (uint32_t c : with_case(p, {"by"})) leader_toks.push_back(c);
  } else {
    body_toks = works ? with_cases(p, "for at") : tree.children(p, "obj");
    // "X, who heads Y", "X, the colonel who heads Y": the relative pronoun stands for the
    // noun the clause modifies, or the name that noun is in apposition to.
    leader_toks = relative_resolved(subj);
  }
  std::vector<int> leaders = ents(leader_toks), bodies = ents(body_toks);
  std::erase_if(leaders, [&](int e) { return ctx.entities[e].type != EntityType::Person; });
  std::erase_if(bodies, [&](int e) {
    EntityType t = ctx.entities[e].type;
    return t != EntityType::Organization && t != EntityType::Country && t != EntityType::Group;
  });
  if (leaders.empty() || bodies.empty() || (works && passive)) return false;
  emit(leaders, bodies, {works ? "WORKS_FOR" : "LEADER_OF", ""}, lemma, p, 0.75);
  return true;
}

// "joined the other members of X", "joined the firms with X licences": the members a
// body qualifies stand for the body.
void RelationFinder::joined_body(std::vector<uint32_t>& targets) const {
  std::vector<uint32_t> bodies;
  for (uint32_t t : targets) {
    if (tree.tok(t).upos != "NOUN" || !ctx.args.entities(t).empty()) continue;
    std::string l = tree.lemma(t);
    if (l != "member" && l != "company" && l != "firm" && l != "country" && l != "nation" &&
        l != "state" && l != "partner" && l != "rank")
      continue;
    std::vector<uint32_t> near = with_case(t, {"of", "with"});
    for (uint32_t c : tree.children(t, "compound")) near.push_back(c);
    for (uint32_t c : near)
      for (int e : ctx.args.entities(c))
        if (ctx.entities[e].type == EntityType::Organization) bodies.push_back(c);
  }
  targets.insert(targets.end(), bodies.begin(), bodies.end());
}

// "X was elected to Y", "one of the first women elected to Y": the one chosen joins the body.
// Only the chosen side is read (the voters of "voters elected X" join nothing).
bool RelationFinder::elected_to(uint32_t p) {
  std::string lemma = tree.lemma(p);
  if (lemma != "elect" && lemma != "reelect" && lemma != "re-elect" && lemma != "appoint")
    return false;
  bool passive = false;
  std::vector<uint32_t> chosen = tree.subjects(p, &passive);
  if (tree.base(p) == "acl" && tree.tok(p).xpos == "VBN" && tree.head(p) >= 0)
    chosen = {static_cast<uint32_t>(tree.head(p))}, passive = true;
  if (!passive) chosen = tree.children(p, "obj");
  std::vector<int> members;
  for (uint32_t c : chosen) {
    std::vector<int> e = ctx.args.entities(c);
    // "X is one of the women elected to Y": the noun stands for the copula's subject.
    if (e.empty() && tree.base(c) == "nmod" && tree.case_of(c) == "of" && tree.head(c) >= 0) {
      uint32_t h = static_cast<uint32_t>(tree.head(c));
      if (tree.lemma(h) == "one" && !tree.children(h, "cop").empty()) e = ents(tree.subjects(h));
    }
    members.insert(members.end(), e.begin(), e.end());
  }
  std::vector<int> bodies = ents(with_case(p, {"to"}));
  // One is elected to a body, never to a place: a body typed a place ("Congress") still counts.
  std::erase_if(bodies, [&](int e) {
    EntityType t = ctx.entities[e].type;
    return t != EntityType::Organization && !(lemma != "appoint" && t == EntityType::Location);
  });
  std::erase_if(members, [&](int e) { return ctx.entities[e].type != EntityType::Person; });
  emit(members, bodies, {"MEMBER_OF", ""}, lemma, p, 0.7);
  return true;
}

void RelationFinder::frame_targets(uint32_t p, const RelationClass& rc,
                                   std::vector<uint32_t>& targets) const {
  for (uint32_t c : with_cases(p, rc.verb_cases)) targets.push_back(c);
  if (in_word_list(rc.verb_cases, "iobj"))  // "urged Nairobi to ..."
    for (uint32_t c : tree.children(p, "iobj")) targets.push_back(c);
  if (in_word_list(rc.verb_cases, "ccomp"))  // "demanded that X ..."
    for (uint32_t c : tree.children(p, "ccomp"))
      for (uint32_t s : tree.subjects(c)) targets.push_back(s);
  // "threatened to kill X": the object of the controlled verb; "threatened to use force
  // against X": the party the means is to be used on.
  if (targets.empty() && in_word_list(rc.verb_cases, "xcomp"))
    for (uint32_t x : tree.children(p, "xcomp")) {
      std::vector<uint32_t> on = means_used_on(x);
      if (on.empty()) on = tree.children(x, "obj");
      targets.insert(targets.end(), on.begin(), on.end());
    }
}

// Goods and recipients: "sold drones to X", "supplied X with drones", "gave X drones".
void RelationFinder::transfer_verb(uint32_t p, const Cue& cue, const std::vector<int>& agents,
                                   const std::vector<uint32_t>& patient_toks,
                                   const std::vector<uint32_t>& extra_objects) {
  auto themes = with_case(p, {"with"});
  auto recipients = with_case(p, {"to"});
  for (uint32_t c : tree.children(p, "iobj")) recipients.push_back(c);
  // A parser may hang the phrase on the object.
  for (uint32_t o : patient_toks) {
    for (uint32_t c : with_case(o, {"to"})) recipients.push_back(c);
    for (uint32_t c : with_case(o, {"with"})) themes.push_back(c);
  }
  themes.insert(themes.end(), extra_objects.begin(), extra_objects.end());
  if (!themes.empty())
    recipients.insert(recipients.end(), patient_toks.begin(), patient_toks.end());
  else
    themes = patient_toks;
  // Only parties hand goods over, and a resolution or a document is neither goods nor a
  // recipient: what a mis-tagged "the shipment breaches the accord" would give.
  std::vector<int> givers = agents;
  std::erase_if(givers, [&](int e) { return !is_party(ctx.entities[e].type); });
  auto transferable = [&](std::vector<int> v) {
    std::erase_if(v, [&](int e) {
      EntityType t = ctx.entities[e].type;
      return t == EntityType::Resolution || t == EntityType::Document;
    });
    return v;
  };
  std::string lemma = tree.lemma(p);
  std::vector<int> to = transferable(ents(recipients)), goods = transferable(ents(themes));
  // "sent fighters to X", "sent a delegation to Y": with a recipient named, people or bodies
  // sent along are no goods handed over.
  if (!to.empty())
    std::erase_if(goods, [&](int e) {
      EntityType t = ctx.entities[e].type;
      return t == EntityType::Person || t == EntityType::Group;
    });
  emit(givers, to, cue, lemma, p, 0.8);
  emit(givers, goods, cue, lemma, p, 0.8);
}

// A verb the hand lexicon lacks, read by its CAMEO patterns: the most specific pattern whose
// object noun and preposition the clause has, else the verb's own code when all its blocks
// agree on the class. Arguments follow the class's frame (relation_classes.h).
void RelationFinder::cameo_verb(uint32_t p, const std::vector<VerbPattern>& patterns,
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
  if (!rc->has("place"))
    std::erase_if(objects, [&](int e) { return !is_party(ctx.entities[e].type); });
  std::string predicate = tree.lemma(p);
  emit(givers, objects, {best->relation, best->cameo}, predicate, p, 0.6);
}

}  // namespace kg
