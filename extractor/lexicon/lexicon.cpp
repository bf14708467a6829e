#include "extractor/lexicon/lexicon.h"

#include <algorithm>
#include <fstream>

#include "extractor/core/error.h"

namespace kg {

void for_each_row(const std::string& path, size_t min_fields,
                  const std::function<void(const std::vector<std::string>&, int)>& row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Model, path + ": cannot open lexicon file");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(line, '\t');
    if (fields.size() < min_fields)
      throw Error(ErrorKind::Model, path + ":" + std::to_string(n) + ": expected " +
                                        std::to_string(min_fields) + " TAB-separated fields");
    row(fields, n);
  }
}

void Lexicon::load(const std::string& dir,
                   const std::function<bool(std::string_view)>& known_class) {
  auto check_class = [&](const std::string& file, int line, const std::string& cls) {
    if (known_class && !cls.empty() && !known_class(cls))
      throw Error(ErrorKind::Model, dir + "/" + file + ":" + std::to_string(line) +
                                        ": unknown relation class '" + cls + "'");
  };
  auto words = [&](const char* file, std::unordered_set<std::string>& set, bool lower) {
    for_each_row(dir + "/" + file, 1, [&](const std::vector<std::string>& f, int) {
      set.insert(lower ? to_lower(f[0]) : f[0]);
    });
  };
  words("organization_heads.tsv", org_heads_, false);
  for_each_row(dir + "/location_heads.tsv", 1, [&](const std::vector<std::string>& f, int) {
    if (f.size() > 1 && f[1] == "prefix")
      place_prefixes_.insert(f[0]);
    else
      location_heads_.insert(to_lower(f[0]));
  });
  words("resolution_heads.tsv", resolution_heads_, false);
  words("languages.tsv", languages_, false);
  for_each_row(dir + "/titles.tsv", 3, [&](const std::vector<std::string>& f, int) {
    roles_[to_lower(f[0])].push_back({f[1] == "-" ? "" : f[1], f[2]});
  });
  for_each_row(dir + "/concepts.tsv", 4, [&](const std::vector<std::string>& f, int line) {
    if (f[1] == "classifier") {
      classifiers_.insert(f[0]);
      return;
    }
    auto type = entity_type_from_string(f[1]);
    if (!type)
      throw Error(ErrorKind::Model, dir + "/concepts.tsv:" + std::to_string(line) + ": bad type");
    concepts_[f[0]] = {*type, f[2], f[3] == "generic"};
  });
  for_each_row(dir + "/group_heads.tsv", 3, [&](const std::vector<std::string>& f, int line) {
    auto type = entity_type_from_string(f[1]);
    if (!type)
      throw Error(ErrorKind::Model,
                  dir + "/group_heads.tsv:" + std::to_string(line) + ": bad type");
    group_heads_[f[0]] = {*type, f[2] == "people", f[2] == "state", f[2] == "office",
                          f.size() > 3 ? f[3] : ""};
  });
  for_each_row(dir + "/speech_verbs.tsv", 2,
               [&](const std::vector<std::string>& f, int) { speech_[f[0]] = f[1]; });
  for_each_row(dir + "/relation_cues.tsv", 4, [&](const std::vector<std::string>& f, int line) {
    Cue cue{f[2] == "-" ? "" : f[2], f[3] == "-" ? "" : f[3]};
    if (f[1] != "lightverb") check_class("relation_cues.tsv", line, cue.relation);
    if (f[1] == "verb")
      verb_cues_[f[0]].push_back(cue);
    else if (f[1] == "noun")
      noun_cues_[f[0]].push_back(cue);
    else if (f[1] == "light")
      light_nouns_[f[0]].push_back(cue);
    else if (f[1] == "lightverb")
      light_verbs_.insert(f[0]);
    else
      throw Error(ErrorKind::Model,
                  dir + "/relation_cues.tsv:" + std::to_string(line) + ": bad part of speech");
  });
  auto dash = [](const std::string& x) { return x == "-" ? std::string() : x; };
  for_each_row(dir + "/cameo_verbs.tsv", 6, [&](const std::vector<std::string>& f, int line) {
    check_class("cameo_verbs.tsv", line, f[5]);
    std::string prep = dash(f[3]);  // "by/with": alternatives, kept space-separated
    std::replace(prep.begin(), prep.end(), '/', ' ');
    verb_patterns_[f[0]].push_back({dash(f[2]), prep, f[4], f[5]});
  });
}

bool Lexicon::is_location_head(std::string_view lower) const {
  return location_heads_.count(to_lower(lower)) > 0;
}
bool Lexicon::is_resolution_head(std::string_view form) const {
  return resolution_heads_.count(std::string(form)) > 0;
}

const std::vector<Role>* Lexicon::roles(std::string_view lower) const {
  auto it = roles_.find(to_lower(lower));
  return it == roles_.end() ? nullptr : &it->second;
}

bool Lexicon::has_role_kind(std::string_view lower, std::string_view kind) const {
  if (const auto* r = roles(lower))
    for (const auto& role : *r)
      if (role.kind == kind) return true;
  return false;
}

const ConceptWord* Lexicon::concept_word(std::string_view lemma) const {
  auto it = concepts_.find(to_lower(lemma));
  return it == concepts_.end() ? nullptr : &it->second;
}

const GroupHead* Lexicon::group_head(std::string_view lemma) const {
  auto it = group_heads_.find(to_lower(lemma));
  return it == group_heads_.end() ? nullptr : &it->second;
}

bool Lexicon::is_classifier(std::string_view lower) const {
  return classifiers_.count(to_lower(lower)) > 0;
}

std::string_view Lexicon::speech_family(std::string_view lemma) const {
  auto it = speech_.find(std::string(lemma));
  return it == speech_.end() ? std::string_view() : std::string_view(it->second);
}

namespace {
template <typename Map>
const std::vector<Cue>* find_cue(const Map& map, std::string_view lemma) {
  auto it = map.find(std::string(lemma));
  return it == map.end() ? nullptr : &it->second;
}
}  // namespace

const std::vector<Cue>* Lexicon::verb_cues(std::string_view lemma) const {
  return find_cue(verb_cues_, lemma);
}
const std::vector<Cue>* Lexicon::noun_cues(std::string_view lemma) const {
  return find_cue(noun_cues_, lemma);
}
const std::vector<Cue>* Lexicon::light_noun(std::string_view lemma) const {
  return find_cue(light_nouns_, lemma);
}
std::vector<std::string> Lexicon::verb_lemmas() const {
  std::vector<std::string> out;
  for (const auto& [lemma, cues] : verb_cues_) out.push_back(lemma);
  for (const auto& [lemma, patterns] : verb_patterns_) out.push_back(lemma);
  for (const auto& [lemma, family] : speech_) out.push_back(lemma);
  // (Multi-word entries, "carry out", are no single form's lemma.)
  std::erase_if(out, [](const std::string& l) { return l.find(' ') != std::string::npos; });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<VerbPattern>* Lexicon::verb_patterns(std::string_view lemma) const {
  auto it = verb_patterns_.find(std::string(lemma));
  return it == verb_patterns_.end() ? nullptr : &it->second;
}
bool Lexicon::is_light_verb(std::string_view lemma) const {
  return light_verbs_.count(std::string(lemma)) > 0;
}

}  // namespace kg
