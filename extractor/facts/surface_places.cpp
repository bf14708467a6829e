// Where organisations and places are, read off the words around their names, which parsers attach
// unreliably: "the Northland High Court in Eastport" (an institution's name, then "in" and a
// place), "Acme Corporation, based in Eastport", "Acme, which is headquartered in Eastport", and
// "the city's Harbour district" (the city named before).
#include <algorithm>
#include <string>
#include <vector>

#include "extractor/facts/surface_reader.h"

namespace kg {
namespace {

// Last words of the names of institutions that stand in one place (a court, a university, an
// embassy), so "<name> in <place>" places the institution rather than an event it took part in.
bool is_sited_institution(const std::string& word) {
  for (const char* w :
       {"Court", "Tribunal", "University", "Institute", "Embassy", "Consulate", "Museum",
        "Hospital", "School", "College", "Academy", "Observatory", "Laboratory", "Library", "Zoo"})
    if (word == w) return true;
  return false;
}

struct SurfacePlaces : SurfaceReader {
  using SurfaceReader::SurfaceReader;

  // The place named from token `t` on (a "the" skipped), within the sentence ending at `end`.
  const Mention* place_at(uint32_t t, uint32_t end) const {
    if (t < end && lower(t) == "the") ++t;
    const Mention* p = t < end ? at(t) : nullptr;
    if (!p || p->entity < 0) return nullptr;
    EntityType ty = ctx.entities[p->entity].type;
    return ty == EntityType::Location || ty == EntityType::Country ? p : nullptr;
  }

  void emit(const Mention& org, const Mention& place, const std::string& predicate) {
    // (`org` is the thing placed: an organisation, or a district.)
    if (org.entity == place.entity) return;
    Relation r;
    r.subject = org.entity;
    r.object = place.entity;
    r.relation = "LOCATED_IN";
    r.predicate = predicate;
    r.confidence = 0.85;
    int sentence = doc.sentence_of(org.first);
    r.span = {sentence, sentence >= 0 ? doc.sentences[sentence].begin : 0,
              sentence >= 0 ? doc.sentences[sentence].end : 0};
    add_relation(out, std::move(r));
  }

  void after(const Mention& m) {
    const Sentence& s = doc.sentences[doc.sentence_of(m.first)];
    uint32_t t = m.last;
    if (t + 1 >= s.end_token) return;
    // "the Northland High Court in Eastport".
    bool sited = false;  // "the Tribunal for the Former Ruritania in Y": a head inside the name
    for (uint32_t u = m.first; u < m.last; ++u)
      sited = sited || is_sited_institution(doc.tokens[u].form);
    if (lower(t) == "in" && sited) {
      if (const Mention* p = place_at(t + 1, s.end_token)) emit(m, *p, "in");
      return;
    }
    // "Acme, based in Eastport", "Acme, which is headquartered in Eastport".
    if (doc.tokens[t].form != ",") return;
    ++t;
    if (t + 1 < s.end_token && (lower(t) == "which" || lower(t) == "that")) {
      ++t;
      if (t < s.end_token && (lower(t) == "is" || lower(t) == "was")) ++t;
    }
    if (t + 2 >= s.end_token) return;
    std::string w = lower(t);
    if (w != "based" && w != "headquartered") return;
    if (lower(t + 1) != "in") return;
    if (const Mention* p = place_at(t + 2, s.end_token)) emit(m, *p, w);
  }

  // "shells fell on the city's Harbour district": a place possessed by "the city" (town, capital,
  // country) lies in the nearest place of that kind named before, within three sentences.
  void possessed_by_noun(const Mention& m) {
    if (m.first < 3) return;
    uint32_t q = m.first - 1;
    if (lower(q) != "'s" && lower(q) != "’s") return;
    std::string noun = ctx.tree.lemma(q - 1);
    if (lower(q - 2) != "the") return;
    bool country = noun == "country" || noun == "nation";
    if (!country && noun != "city" && noun != "town" && noun != "capital" && noun != "village")
      return;
    int first_sentence = doc.sentence_of(m.first) - 3;
    for (uint32_t u = q - 2; u-- > 0 && doc.sentence_of(u) >= first_sentence;) {
      const Mention* o = at(u);
      if (!o || o->entity < 0 || o->first != u || o->entity == m.entity) continue;
      EntityType ty = ctx.entities[o->entity].type;
      // "Eastport, a city in Norland, ... the city's X": a place others lie in is no city.
      bool container = !country && std::any_of(out.begin(), out.end(), [&](const Relation& r) {
        return r.relation == "LOCATED_IN" && r.object == o->entity;
      });
      if (ty == (country ? EntityType::Country : EntityType::Location) && !container) {
        emit(m, *o, noun);
        return;
      }
    }
  }

  void run() {
    for (const Mention& m : ctx.mentions) {
      if (m.entity < 0 || m.kind != MentionKind::Name) continue;
      EntityType ty = ctx.entities[m.entity].type;
      if (ty == EntityType::Organization) after(m);
      if (ty == EntityType::Location) possessed_by_noun(m);
    }
  }
};

}  // namespace

void find_surface_places(const RelationContext& ctx, std::vector<Relation>& out) {
  SurfacePlaces p(ctx, out);
  p.run();
}

}  // namespace kg
