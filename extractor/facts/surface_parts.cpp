// Units of organisations read off the words around their names: "Vesta Oil, a unit of Acme
// Holdings", "Vesta Oil, the Acme subsidiary", "Acme-owned Vesta Oil", and "Acme Holdings, which
// owns Vesta Oil" (the parse's owner and owned); and backers glued to a name ("the
// Ruritania-backed Front").
#include <string>
#include <vector>

#include "extractor/facts/surface_reader.h"

namespace kg {
namespace {

// Nouns naming a part of an organisation.
bool is_unit_noun(const std::string& lemma) {
  for (const char* w : {"unit", "subsidiary", "division", "arm", "wing", "branch"})
    if (lemma == w) return true;
  return false;
}

struct SurfaceParts : SurfaceReader {
  using SurfaceReader::SurfaceReader;
  bool is_org(const Mention* m) const {
    return m && m->entity >= 0 && ctx.entities[m->entity].type == EntityType::Organization;
  }
  // An organisation, or a name the tagger took for a person: "a subsidiary of" says which.
  bool org_like(const Mention* m) const {
    if (!m || m->entity < 0) return false;
    EntityType t = ctx.entities[m->entity].type;
    return t == EntityType::Organization || t == EntityType::Person;
  }

  void emit(int part, int whole, const std::string& predicate, uint32_t t,
            const char* cls = "PART_OF") {
    if (part < 0 || whole < 0 || part == whole) return;
    Relation r;
    r.subject = part;
    r.object = whole;
    r.relation = cls;
    r.predicate = predicate;
    r.confidence = 0.85;
    int sentence = doc.sentence_of(t);
    r.span = {sentence, sentence >= 0 ? doc.sentences[sentence].begin : 0,
              sentence >= 0 ? doc.sentences[sentence].end : 0};
    add_relation(out, std::move(r));
  }

  // "X, a unit of Y", "X, the investment arm of Y", "X, an Acme subsidiary".
  void apposition(const Mention& m) {
    const Sentence& s = doc.sentences[doc.sentence_of(m.first)];
    uint32_t t = m.last;
    if (t + 3 >= s.end_token || doc.tokens[t].form != ",") return;
    ++t;
    std::string det = lower(t);
    if (det != "a" && det != "an" && det != "the") return;
    ++t;
    // Up to three modifiers ("the wholly owned investment"), or the owner's name.
    const Mention* owner = nullptr;
    for (int q = 0; t < s.end_token && q < 4 && !is_unit_noun(ctx.tree.lemma(t)); ++q) {
      if (const Mention* o = at(t); org_like(o) && !owner && o != &m) {
        owner = o;
        t = o->last;
        continue;
      }
      const Token& w = doc.tokens[t];
      bool modifier = !is_capitalised(w.form) &&
                      (w.upos == "ADJ" || w.upos == "NOUN" || w.upos == "VERB" || w.upos == "ADV");
      if (!modifier) return;
      ++t;
    }
    if (t >= s.end_token || !is_unit_noun(ctx.tree.lemma(t))) return;
    std::string word = ctx.tree.lemma(t);
    if (owner) {  // "X, an Acme subsidiary," ends there
      if (t + 1 < s.end_token && lower(t + 1) == "of") return;
      return emit(m.entity, owner->entity, word, m.first);
    }
    if (t + 2 >= s.end_token || lower(t + 1) != "of") return;
    uint32_t u = t + 2;
    if (lower(u) == "the" && u + 1 < s.end_token) ++u;
    if (const Mention* o = at(u); org_like(o)) emit(m.entity, o->entity, word, m.first);
  }

  // "Acme-owned Vesta Oil": the organisation glued to "-owned" (named elsewhere) owns the next;
  // "the Ruritania-backed Front": the party glued to "-backed" supports it. (A mention may have
  // swallowed the glued word: "Ruritania-backed Front" as one name.)
  void glued_before(const Mention& m) {
    bool inside = m.last > m.first + 1 && doc.tokens[m.first].form.find('-') != std::string::npos;
    if (m.first == 0 && !inside) return;
    const std::string& form = doc.tokens[inside ? m.first : m.first - 1].form;
    size_t dash = form.rfind('-');
    if (dash == std::string::npos || dash == 0) return;
    std::string how = to_lower(form.substr(dash + 1));
    bool owned = how == "owned";
    if (!owned && how != "backed" && how != "supported" && how != "sponsored") return;
    if (owned && ctx.entities[m.entity].type != EntityType::Organization) return;
    std::string name = form.substr(0, dash);
    for (size_t e = 0; e < ctx.entities.size(); ++e) {
      const Entity& x = ctx.entities[e];
      if (static_cast<int>(e) == m.entity) continue;
      if (owned ? x.type != EntityType::Organization
                : x.type != EntityType::Country && x.type != EntityType::Organization)
        continue;
      for (const auto& a : x.aliases) {
        if (a != name) continue;
        if (owned) return emit(m.entity, static_cast<int>(e), "owned", m.first);
        return emit(static_cast<int>(e), m.entity, "back", m.first, "SUPPORT");
      }
    }
  }

  // "Acme Holdings owns Vesta Oil", "Acme, which owns Vesta": the owned company is the owner's.
  void owns(uint32_t p) {
    if (ctx.tree.lemma(p) != "own" || doc.tokens[p].upos != "VERB") return;
    std::vector<uint32_t> subj = ctx.tree.subjects(p);
    if (ctx.tree.rel(p) == "acl:relcl" && ctx.tree.head(p) >= 0)
      for (uint32_t& s : subj)
        if (std::string l = ctx.tree.lemma(s); l == "which" || l == "that" || l == "who")
          s = static_cast<uint32_t>(ctx.tree.head(p));
    std::vector<uint32_t> objs = ctx.tree.children(p, "obj");
    for (uint32_t s : subj)
      for (uint32_t o : objs) {
        const Mention *owner = at(s), *owned = at(o);
        // The whole company, not a stake in it ("owns 20% of X": the object is no name).
        if (is_org(owner) && is_org(owned)) emit(owned->entity, owner->entity, "own", p);
      }
  }

  // "A, B and C are members of Y" (the copula's subject and its conjuncts).
  void members_of(uint32_t t) {
    const DependencyTree& tree = ctx.tree;
    if (doc.tokens[t].upos != "NOUN" || tree.lemma(t) != "member" ||
        tree.children(t, "cop").empty())
      return;
    // "are not members", "is no longer a member", "was never a member".
    for (uint32_t c : tree.children(t))
      if (std::string l = to_lower(doc.tokens[c].form);
          l == "not" || l == "n't" || l == "never" || l == "no" || l == "longer")
        return;
    for (uint32_t c : tree.children(t)) {
      if (tree.base(c) != "nmod" || tree.case_of(c) != "of") continue;
      const Mention* body = at(c);
      if (!is_org(body)) continue;
      for (uint32_t s : tree.subjects(t))
        if (const Mention* x = at(s); x && x->entity >= 0 && x->entity != body->entity) {
          EntityType ty = ctx.entities[x->entity].type;
          if (ty == EntityType::Country || ty == EntityType::Organization ||
              ty == EntityType::Person || ty == EntityType::Group)
            emit(x->entity, body->entity, "member", t, "MEMBER_OF");
        }
    }
  }

  void run() {
    for (const Mention& m : ctx.mentions)
      if (m.kind == MentionKind::Name) {
        if (org_like(&m)) apposition(m);
        if (m.entity >= 0 && (is_org(&m) || ctx.entities[m.entity].type == EntityType::Group))
          glued_before(m);
      }
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) owns(t), members_of(t);
  }
};

}  // namespace

void find_surface_parts(const RelationContext& ctx, std::vector<Relation>& out) {
  SurfaceParts p(ctx, out);
  p.run();
}

}  // namespace kg
