#include "extractor/eval/scorer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "extractor/core/error.h"
#include "extractor/core/text.h"
#include "extractor/eval/normalize.h"

namespace kg::eval {
namespace {

using rapidjson::Value;
using Indices = std::set<int>;

const std::set<std::string> kNamedGoldTypes = {"person",   "country",    "organization",
                                               "location", "resolution", "group"};
// The type names a system may use for each gold type.
const std::map<std::string, std::set<std::string>>& type_synonyms() {
  static const std::map<std::string, std::set<std::string>> synonyms = {
      {"person", {"person", "per", "people", "human"}},
      {"country", {"country", "gpe", "nation", "state"}},
      {"organization",
       {"organization", "organisation", "org", "agency", "institution", "company", "media"}},
      {"location", {"location", "loc", "place", "city", "region", "gpe", "area", "geo"}},
      {"resolution", {"resolution", "law", "document", "legal", "treaty"}},
      {"group", {"group", "coalition", "norp", "organization", "collective"}},
  };
  return synonyms;
}
// System types counted in entity precision: every synonym of a named type but "document".
bool is_system_named_type(const std::string& type) {
  if (type == "document") return false;
  for (const auto& [gold_type, names] : type_synonyms())
    if (names.count(type)) return true;
  return false;
}
bool is_place_type(const std::string& type) {
  return type != "gpe" && type_synonyms().at("location").count(type);
}

// A JSON value as text, the way the gold format's reference scorer prints it (null as None).
std::string text_of(const Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsNull()) return "None";
  if (v.IsBool()) return v.GetBool() ? "True" : "False";
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return buffer.GetString();
}

const Value* member(const Value& object, const char* key) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}
std::string text_member(const Value& object, const char* key, const char* fallback = "") {
  const Value* v = member(object, key);
  return v ? text_of(*v) : fallback;
}
bool truthy(const Value* v) {
  if (!v || v->IsNull()) return false;
  if (v->IsBool()) return v->GetBool();
  if (v->IsNumber()) return v->GetDouble() != 0;
  if (v->IsString()) return v->GetStringLength() > 0;
  if (v->IsArray()) return !v->Empty();
  return v->MemberCount() > 0;
}
std::vector<std::string> text_list(const Value& object, const char* key) {
  std::vector<std::string> out;
  const Value* v = member(object, key);
  if (v && v->IsArray())
    for (const Value& item : v->GetArray()) out.push_back(text_of(item));
  return out;
}
std::vector<const Value*> items(const Value& object, const char* key) {
  std::vector<const Value*> out;
  const Value* v = member(object, key);
  if (v && v->IsArray())
    for (const Value& item : v->GetArray()) out.push_back(&item);
  return out;
}
std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}
bool meet(const Indices& a, const Indices& b) {
  for (int i : a)
    if (b.count(i)) return true;
  return false;
}
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
double ratio(size_t part, size_t whole) {
  return static_cast<double>(part) / static_cast<double>(std::max<size_t>(1, whole));
}

// The gold entities and every name (alias or metonym) that designates one.
class Gold {
 public:
  Gold(const Value& data, const std::string& where) : data_(data) {
    for (const char* key : {"entities", "relations", "quotes"})
      if (!member(data, key) || !(*member(data, key)).IsArray())
        throw Error(ErrorKind::Input, where + ": the gold has no \"" + key + "\" list");
    for (const Value* e : items(data, "entities")) {
      if (!member(*e, "name") || !member(*e, "type"))
        throw Error(ErrorKind::Input, where + ": a gold entity without \"name\" or \"type\"");
      int i = static_cast<int>(entities_.size());
      entities_.push_back(e);
      std::vector<std::string> names = text_list(*e, "aliases");
      names.insert(names.begin(), text_member(*e, "name"));
      for (const std::string& name : names) alias_to_[normalize_name(name)].insert(i);
      for (const std::string& name : text_list(*e, "metonyms"))
        metonym_to_[normalize_name(name)].insert(i);
      by_name_[text_member(*e, "name")] = i;
    }
  }

  const Value& data() const { return data_; }
  size_t size() const { return entities_.size(); }
  std::string name(int i) const { return text_member(*entities_[i], "name"); }
  std::string type(int i) const { return to_lower(text_member(*entities_[i], "type")); }

  // Gold entities designated by any of names[first, last); metonyms count when asked.
  Indices match(const std::vector<std::string>& names, size_t first, size_t last,
                bool metonyms) const {
    Indices hit;
    for (size_t k = first; k < std::min(last, names.size()); ++k) {
      std::string key = normalize_name(names[k]);
      if (auto it = alias_to_.find(key); it != alias_to_.end())
        hit.insert(it->second.begin(), it->second.end());
      if (!metonyms) continue;
      if (auto it = metonym_to_.find(key); it != metonym_to_.end())
        hit.insert(it->second.begin(), it->second.end());
    }
    return hit;
  }
  Indices match(const std::vector<std::string>& names, bool metonyms) const {
    return match(names, 0, names.size(), metonyms);
  }

  // The gold entities a gold fact names as one of its ends (canonical names, exactly).
  Indices named(const Value& item, const char* key, const char* alternatives) const {
    std::vector<std::string> names = text_list(item, alternatives);
    names.insert(names.begin(), text_member(item, key));
    Indices out;
    for (const std::string& n : names)
      if (auto it = by_name_.find(n); it != by_name_.end()) out.insert(it->second);
    return out;
  }

 private:
  const Value& data_;
  std::vector<const Value*> entities_;
  std::map<std::string, Indices> alias_to_, metonym_to_;
  std::map<std::string, int> by_name_;
};

// The system's entities by id, so that subjects, objects and speakers given as ids read as names.
class System {
 public:
  explicit System(const Value& data) : data_(data) {
    for (const Value* e : items(data, "entities"))
      if (member(*e, "id")) by_id_[text_of(*member(*e, "id"))] = e;
  }
  const Value& data() const { return data_; }

  static std::vector<std::string> names(const Value& entity) {
    std::vector<std::string> out = text_list(entity, "aliases");
    out.insert(out.begin(), text_member(entity, "name"));
    return out;
  }
  // A reference (an id, a name, or an object with either) as the names it stands for.
  std::vector<std::string> names_of(const Value* ref) const {
    std::string key;
    if (ref && ref->IsObject())
      key = member(*ref, "id") ? text_of(*member(*ref, "id")) : text_member(*ref, "name");
    else if (ref)
      key = text_of(*ref);
    auto it = by_id_.find(key);
    if (it == by_id_.end()) return {key};
    return names(*it->second);
  }

 private:
  const Value& data_;
  std::map<std::string, const Value*> by_id_;
};

// The gold entities a system reference stands for: its canonical name decides, its aliases are
// consulted only when the name matches nothing.
Indices resolve(const Gold& gold, const System& system, const Value* ref) {
  std::vector<std::string> names = system.names_of(ref);
  Indices primary = gold.match(names, 0, 1, true);
  return primary.empty() ? gold.match(names, 1, names.size(), true) : primary;
}

EntityScore score_entities(const Gold& gold, const System& system, ScoreDetails& out) {
  EntityScore score;
  std::vector<std::pair<int, std::vector<std::string>>> matched;  // gold entity -> system names
  auto matched_names = [&](int i) -> std::vector<std::string>& {
    for (auto& [gold_index, names] : matched)
      if (gold_index == i) return names;
    return matched.emplace_back(i, std::vector<std::string>{}).second;
  };
  size_t named = 0, named_ok = 0, typed = 0, typed_ok = 0;
  for (const Value* e : items(system.data(), "entities")) {
    std::vector<std::string> names = System::names(*e);
    std::string type = to_lower(text_member(*e, "type"));
    Indices hit = gold.match(names, false);
    if (hit.empty() && !gold.match(names, true).empty() && is_place_type(type))
      continue;  // a capital kept as a city: right as a place, neither a hit nor an error
    if (hit.empty()) hit = gold.match(names, true);
    if (is_system_named_type(type)) {
      ++named;
      if (!hit.empty())
        ++named_ok;
      else
        out.false_entities.push_back(names[0]);
    }
    Indices primary = gold.match(names, 0, 1, false);
    if (primary.empty()) primary = gold.match(names, 0, 1, true);
    if (primary.empty()) primary = hit;
    if (hit.size() > 1) {
      std::vector<std::string> swallowed;
      for (int i : hit) swallowed.push_back(gold.name(i));
      std::sort(swallowed.begin(), swallowed.end());
      out.conflated_entities.emplace_back(names[0], swallowed);
    }
    for (int i : primary) matched_names(i).push_back(names[0]);
    if (primary.size() == 1) {
      auto synonyms = type_synonyms().find(gold.type(*primary.begin()));
      if (synonyms != type_synonyms().end()) {
        ++typed;
        typed_ok += synonyms->second.count(type);
      }
    }
  }
  size_t gold_named = 0, found = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!kNamedGoldTypes.count(gold.type(static_cast<int>(i)))) continue;
    ++gold_named;
    bool hit = std::any_of(matched.begin(), matched.end(),
                           [&](const auto& m) { return m.first == static_cast<int>(i); });
    if (hit)
      ++found;
    else
      out.missed_entities.push_back(gold.name(static_cast<int>(i)));
  }
  for (const auto& [i, names] : matched) {
    if (names.size() < 2) continue;
    std::string name = gold.name(i);
    auto same = [&](const auto& s) { return s.first == name; };
    auto it = std::find_if(out.split_entities.begin(), out.split_entities.end(), same);
    if (it == out.split_entities.end())
      out.split_entities.emplace_back(name, names);
    else
      it->second = names;  // two gold entities of one name count once, as in a dictionary
  }
  score.recall = ratio(found, gold_named);
  score.precision = ratio(named_ok, named);
  score.f1 = f1(score.precision, score.recall);
  score.split = static_cast<int>(out.split_entities.size());
  score.conflated = static_cast<int>(out.conflated_entities.size());
  score.type_accuracy = ratio(typed_ok, typed);
  return score;
}

bool relation_matches(const Value& gold_fact, const Value& fact,
                      const RelationVocabulary& vocabulary) {
  std::string cls = upper(text_member(fact, "relation"));
  std::string lemma = to_lower(text_member(fact, "predicate"));
  std::string want = text_member(gold_fact, "relation");
  if (cls == want) return true;
  if (vocabulary.scored(cls) && vocabulary.scored(want) &&
      vocabulary.family(cls) == vocabulary.family(want) && vocabulary.family(want) == "affiliation")
    return true;
  return vocabulary.is_cue(want, lemma);
}

RelationScore score_relations(const Gold& gold, const System& system,
                              const RelationVocabulary& vocabulary, ScoreDetails& out) {
  RelationScore score;
  std::vector<const Value*> golds;
  for (const Value* g : items(gold.data(), "relations"))
    if (!truthy(member(*g, "metadata"))) golds.push_back(g);
  struct Resolved {
    const Value* fact;
    Indices subject, object;
  };
  std::vector<Resolved> resolved;
  for (const Value* r : items(system.data(), "relations")) {
    if (!vocabulary.scored(upper(text_member(*r, "relation")))) {
      ++score.outside_vocabulary;  // a class beyond the scored vocabulary
      continue;
    }
    Indices s = resolve(gold, system, member(*r, "subject"));
    Indices o = resolve(gold, system, member(*r, "object"));
    if (!s.empty() && !o.empty())
      resolved.push_back({r, s, o});
    else
      ++score.unscored;
  }
  std::vector<bool> found(golds.size()), correct(resolved.size());
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    const Value& g = *golds[gi];
    Indices subject = gold.named(g, "subject", "alt_subjects");
    Indices object = gold.named(g, "object", "alt_objects");
    bool symmetric = truthy(member(g, "symmetric"));
    for (size_t ri = 0; ri < resolved.size(); ++ri) {
      const Resolved& r = resolved[ri];
      bool forward = meet(r.subject, subject) && meet(r.object, object);
      bool backward = symmetric && meet(r.subject, object) && meet(r.object, subject);
      if ((forward || backward) && relation_matches(g, *r.fact, vocabulary))
        found[gi] = correct[ri] = true;
    }
  }
  size_t required = 0, hits = 0;
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    if (truthy(member(*golds[gi], "optional"))) continue;
    ++required;
    if (found[gi]) {
      ++hits;
      continue;
    }
    const Value& g = *golds[gi];
    out.missed_relations.push_back(text_member(g, "subject") + " " + text_member(g, "relation") +
                                   " " + text_member(g, "object"));
  }
  for (size_t ri = 0; ri < resolved.size(); ++ri) {
    if (correct[ri]) continue;
    const Value& r = *resolved[ri].fact;
    out.wrong_relations.push_back(
        text_member(r, "subject", "None") + " " + text_member(r, "relation", "None") + "/" +
        text_member(r, "predicate", "None") + " " + text_member(r, "object", "None"));
  }
  score.recall = ratio(hits, required);
  score.precision =
      ratio(static_cast<size_t>(std::count(correct.begin(), correct.end(), true)), resolved.size());
  score.f1 = f1(score.precision, score.recall);
  score.scored = static_cast<int>(resolved.size());
  return score;
}

// The system quote holds at least 80% of the gold words and is not much longer.
bool quote_text_matches(const std::string& gold_text, const std::string& system_text) {
  std::vector<std::string> gold_words = quote_words(gold_text);
  std::vector<std::string> system_words = quote_words(system_text);
  if (gold_words.empty() || system_words.empty()) return false;
  std::map<std::string, int> gold_count, system_count;
  for (const std::string& w : gold_words) ++gold_count[w];
  for (const std::string& w : system_words) ++system_count[w];
  size_t common = 0;
  for (const auto& [word, n] : gold_count)
    common += static_cast<size_t>(std::min(n, system_count[word]));
  return static_cast<double>(common) / static_cast<double>(gold_words.size()) >= 0.8 &&
         static_cast<double>(system_words.size()) <=
             2.5 * static_cast<double>(gold_words.size()) + 5;
}

// The first `n` code points of a UTF-8 string.
std::string first_code_points(const std::string& s, size_t n) {
  size_t i = 0;
  for (size_t count = 0; i < s.size() && count < n; ++count) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

QuoteScore score_quotes(const Gold& gold, const System& system, ScoreDetails& out) {
  QuoteScore score;
  std::vector<const Value*> golds = items(gold.data(), "quotes");
  std::vector<const Value*> quotes = items(system.data(), "quotes");
  std::vector<bool> found(golds.size()), text_found(golds.size()), correct(quotes.size());
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    Indices speakers = gold.named(*golds[gi], "speaker", "alt_speakers");
    std::string gold_text = text_member(*golds[gi], "text");
    for (size_t qi = 0; qi < quotes.size(); ++qi) {
      if (!quote_text_matches(gold_text, text_member(*quotes[qi], "text"))) continue;
      text_found[gi] = true;
      if (meet(resolve(gold, system, member(*quotes[qi], "speaker")), speakers))
        found[gi] = correct[qi] = true;
    }
  }
  size_t required = 0, hits = 0, text_hits = 0;
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    if (truthy(member(*golds[gi], "optional"))) continue;
    ++required;
    text_hits += text_found[gi];
    if (found[gi]) {
      ++hits;
      continue;
    }
    out.missed_quotes.push_back(text_member(*golds[gi], "speaker") + ": " +
                                first_code_points(text_member(*golds[gi], "text"), 60));
  }
  score.recall = ratio(hits, required);
  score.precision =
      ratio(static_cast<size_t>(std::count(correct.begin(), correct.end(), true)), quotes.size());
  score.f1 = f1(score.precision, score.recall);
  score.text_recall = ratio(text_hits, required);
  return score;
}

double score_metadata(const Gold& gold, const System& system) {
  const Value* want = member(gold.data(), "metadata");
  const Value* got = member(system.data(), "document");
  if (!want || !want->IsObject() || want->MemberCount() == 0) return 0.0;
  size_t hits = 0;
  for (const auto& field : want->GetObject()) {
    std::string key = field.name.GetString();
    const Value* have = got ? member(*got, key.c_str()) : nullptr;
    std::string value = truthy(have) ? text_of(*have) : "";
    std::string expected = text_of(field.value);
    if (key == "published")
      hits += value.starts_with(expected);
    else
      hits += normalize_name(value) == normalize_name(expected);
  }
  return ratio(hits, want->MemberCount());
}

}  // namespace

ArticleScore score_article(const rapidjson::Value& gold_data, const rapidjson::Value& system_data,
                           const RelationVocabulary& vocabulary, const std::string& gold_name) {
  if (!gold_data.IsObject()) throw Error(ErrorKind::Input, gold_name + ": the gold is no object");
  Gold gold(gold_data, gold_name);
  System system(system_data);
  ArticleScore score;
  score.entities = score_entities(gold, system, score.details);
  score.relations = score_relations(gold, system, vocabulary, score.details);
  score.quotes = score_quotes(gold, system, score.details);
  score.metadata_accuracy = score_metadata(gold, system);
  score.overall_f1 = (score.entities.f1 + score.relations.f1 + score.quotes.f1) / 3;
  return score;
}

}  // namespace kg::eval
