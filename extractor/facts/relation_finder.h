// The reader behind find_relations() (relations.h), shared by the files that hold its parts:
// relations.cpp (argument helpers, emit, the walk over the tokens), clause_modality.cpp (negation,
// hedging, conditions, attribution), clause_relations.cpp (verbs and their CAMEO patterns),
// event_nouns.cpp (event nouns) and surface_sanctions.cpp (sanctions read off the words).
// Internal to extractor/facts.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relations.h"

namespace kg {

inline bool is_event_noun(const Lexicon& lex, const DependencyTree& tree, uint32_t t) {
  return tree.tok(t).upos == "NOUN" && lex.noun_cues(tree.lemma(t)) != nullptr;
}

struct RelationFinder {
  const RelationContext& ctx;
  const DependencyTree& tree;
  const Document& doc;
  std::vector<Relation> out;
  std::unordered_map<uint32_t, std::string> date_by_verb;
  // Mention index by token, filled by surface_sanctions().
  std::vector<int> mention_by_token;

  void run();

  // --- Arguments (relations.cpp)
  std::vector<int> ents(const std::vector<uint32_t>& toks) const;
  std::vector<uint32_t> with_case(uint32_t p, std::initializer_list<std::string_view> cases) const;
  // Obl/nmod children of `p` whose case word is one of the space-separated `cases`.
  std::vector<uint32_t> with_cases(uint32_t p, std::string_view cases) const;
  // Agents of an event noun: its possessor, "by X", "from X" (endorsements from ministers).
  std::vector<int> event_agents(uint32_t n) const;
  // ... and the parties named in its modifiers ("a Ruritanian strike", "the Acme bid").
  std::vector<int> event_modifiers(uint32_t n) const;
  // "between A and B" on a noun or on its "of" complement.
  std::vector<int> parties_between(uint32_t n) const;
  int demonym_entity(uint32_t t) const;
  // Objects standing for an event noun: "condemn X's export" condemns X.
  // Conjuncts of t; for an event noun, also "X's export of missiles and Y's use of them" read
  // with the second event coordinated inside the first one's complement: an event noun with a
  // possessor of its own there.
  std::vector<uint32_t> event_conjuncts(uint32_t t) const;
  std::vector<int> objects_of(const std::vector<uint32_t>& toks) const;
  void emit(const std::vector<int>& subjects, const std::vector<int>& objects, const Cue& cue,
            const std::string& predicate, uint32_t p, double confidence,
            const std::vector<Argument>& extra = {});

  // --- Relative clauses (relative_clauses.cpp)
  // The token a noun a relative or participle clause modifies stands for: itself, or, for a
  // common noun naming nothing, the name it is in apposition to ("X, the colonel who ...") or
  // predicated of ("X is a group that ...").
  uint32_t antecedent(uint32_t n) const;
  // `toks` with each relative pronoun of a relative clause replaced by its antecedent ("X, which is
  // backed by Y": X).
  std::vector<uint32_t> relative_resolved(std::vector<uint32_t> toks) const;

  // --- Modality and source of a clause (clause_modality.cpp)
  uint32_t clause_verb(uint32_t p) const;
  bool conditional(uint32_t p) const;
  // A verb controlled by a threat, demand, appeal or intent ("vowed to strike", "urged X to
  // sanction Y") names an act not done.
  bool unrealised(uint32_t p) const;
  // A clause about a game or an election ("Sweden beat Korea 1-0", "defeated the incumbent in
  // the runoff"): its "defeat" or "face" is no attack or meeting of the parties.
  bool contest(uint32_t p) const;
  bool negated(uint32_t p) const;
  bool hedged(uint32_t p) const;
  // The source a fact is reported by: the speaker of the quote holding it, else the subject of a
  // speech verb whose complement holds it.
  int attribution(uint32_t p) const;

  // --- Verbs (clause_relations.cpp)
  void verb(uint32_t p);
  // Membership by election or appointment; true when `p` is such a verb (read here only).
  bool elected_to(uint32_t p);
  // A person leading a body ("X heads Y", "Y, led by X"); true when read.
  bool leads(uint32_t p);
  // "X said Y must/should ...": a demand on Y.
  void said_must(uint32_t p, const std::vector<int>& agents);
  // Membership by admission or selection ("X was admitted to Y"); true when read.
  bool admitted_to(uint32_t p);
  // A court's conviction or sentence, read as a sanction by the court; true when read.
  bool court_penalty(uint32_t p, const std::vector<uint32_t>& agent_toks,
                     const std::vector<uint32_t>& patient_toks);
  // A legal action filed against a party ("X filed a lawsuit against Y"), read as an accusation;
  // true when read (legal_actions.cpp).
  bool filed_against(uint32_t p);
  // "use force against X", "deploy troops on X": the party a means is to be used on, when `x`
  // is such a verb (legal_actions.cpp).
  std::vector<uint32_t> means_used_on(uint32_t x) const;
  // "X returned the islands to Y": a handover, read as a transfer to Y; true when read
  // (handovers.cpp).
  bool handed_over(uint32_t p);
  // "X ordered Y to leave", "Y was instructed by X to pay": a demand on Y; true when read
  // (control_verbs.cpp).
  bool ordered_to(uint32_t p);
  // Adds the body a joined group noun names ("joined the other members of X") to `targets`.
  void joined_body(std::vector<uint32_t>& targets) const;
  // Adds the objects the class's frame reads on verb `p` (relation_classes.h: verb_cases).
  void frame_targets(uint32_t p, const RelationClass& rc, std::vector<uint32_t>& targets) const;
  void transfer_verb(uint32_t p, const Cue& cue, const std::vector<int>& agents,
                     const std::vector<uint32_t>& patient_toks,
                     const std::vector<uint32_t>& extra_objects);
  // A verb the hand lexicon lacks, read by its CAMEO patterns: the most specific pattern whose
  // object noun and preposition the clause has, else the verb's own code when all its blocks
  // agree on the class. Arguments follow the class's frame (relation_classes.h).
  void cameo_verb(uint32_t p, const std::vector<VerbPattern>& patterns,
                  const std::vector<int>& agents, const std::vector<uint32_t>& objs);

  // --- Event nouns (event_nouns.cpp)
  void noun(uint32_t n);
  // Verbs whose subject does the act their object names ("launched strikes on X").
  static bool performs(const std::string& lemma);
  // "with the support of X": X supports the one acting; true when read.
  bool supported_with(uint32_t n, const Cue& cue);

  // --- Sanctions read off the words, which parsers often get wrong ("imposed" read as an
  // adjective of "sanctions"): "A and B imposed sanctions on C, D and E", then "The measures
  // target F, G and H" in the next sentences (surface_sanctions.cpp).
  const Mention* mention_at(uint32_t t) const;
  // Parties listed from the mention at token `t` on ("A, the B and C").
  std::vector<int> listed_from(uint32_t t) const;
  // Parties listed right before token `t` ("Norland and the African Union on Monday imposed"):
  // the nearest mention within a few words, then the list it ends.
  std::vector<int> listed_before(uint32_t t, uint32_t first) const;
  static bool is_measure_noun(const std::string& lemma);
  void surface_sanctions();

  static bool is_party(EntityType t) {
    return t == EntityType::Country || t == EntityType::Organization || t == EntityType::Group ||
           t == EntityType::Person;
  }
};

}  // namespace kg
