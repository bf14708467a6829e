#include "extractor/facts/role_bodies.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "extractor/lexicon/gazetteer.h"

namespace kg {

void type_role_bodies(const Document& doc, const std::vector<Mention>& mentions, Extraction& x) {
  const size_t n = x.entities.size();
  // An entity every mention of which is a name the rules typed a person for want of a cue.
  std::vector<char> seen(n, 0), by_default(n, 1);
  for (const Mention& m : mentions) {
    if (m.entity < 0 || static_cast<size_t>(m.entity) >= n) continue;
    seen[m.entity] = 1;
    bool name = m.kind == MentionKind::Name || m.kind == MentionKind::Surname;
    // (A title's "of" is no cue for the name after it: "the CEO of Varnex".)
    bool cue = m.person_cue && !(m.first > 0 && doc.tokens[m.first - 1].form == "of");
    if (!name || m.type != EntityType::Person || !m.key.empty() || cue) by_default[m.entity] = 0;
  }
  std::unordered_set<std::string> keys;
  for (const Entity& e : x.entities) keys.insert(e.key);
  auto is_body_fact = [](const Relation& r) {
    return r.relation == "LEADER_OF" || r.relation == "MEMBER_OF";
  };
  std::vector<char> drop(x.relations.size(), 0);
  for (size_t i = 0; i < x.relations.size(); ++i) {
    const Relation& r = x.relations[i];
    if (!is_body_fact(r) || r.object < 0) continue;
    Entity& body = x.entities[r.object];
    if (body.type != EntityType::Person) continue;
    std::string key = entity_key(EntityType::Organization, body.name);
    if (seen[r.object] && by_default[r.object] && !keys.count(key)) {
      keys.insert(key);
      body.key = std::move(key);
      body.type = EntityType::Organization;
    } else {
      drop[i] = 1;
    }
  }
  size_t i = 0;
  std::erase_if(x.relations, [&](const Relation&) { return drop[i++] != 0; });
}

}  // namespace kg
