#include "extractor/lexicon/gazetteer.h"

#include <fstream>

#include "extractor/core/error.h"
#include "extractor/lexicon/lexicon.h"

namespace kg {

std::string Gazetteer::normalise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 ||
         static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
      space = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string entity_key(EntityType type, std::string_view name) {
  std::string n = Gazetteer::normalise(name);
  std::string lower;
  for (char c : n) {
    if (c == '.') continue;
    lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (lower.rfind("the ", 0) == 0) lower.erase(0, 4);
  std::string key(to_string(type));
  for (auto& c : key) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return key + ":" + lower;
}

void Gazetteer::add(const std::string& surface, KnownName name) {
  by_key_[name.key].push_back(surface);
  names_.emplace(normalise(surface), std::move(name));  // first spelling of a surface wins
}

void Gazetteer::load_countries(const std::string& path) {
  std::unordered_map<std::string, std::string> canonical;
  for_each_row(path, 3, [&](const std::vector<std::string>& f, int line) {
    static const std::unordered_map<std::string, NameKind> kinds = {
        {"name", NameKind::Name},       {"official", NameKind::Official},
        {"alt", NameKind::Alt},         {"demonym", NameKind::Demonym},
        {"capital", NameKind::Capital}, {"initials", NameKind::Alt}};
    auto kind = kinds.find(f[1]);
    if (f[0].size() != 3 || kind == kinds.end())
      throw Error(ErrorKind::Model, path + ":" + std::to_string(line) + ": bad country row");
    std::string key = "country:" + f[0];
    if (kind->second == NameKind::Name) canonical[key] = f[2];
    auto it = canonical.find(key);
    if (it == canonical.end())
      throw Error(ErrorKind::Model,
                  path + ":" + std::to_string(line) + ": name row must come first");
    add(f[2], {kind->second == NameKind::Capital ? EntityType::Location : EntityType::Country,
               kind->second, key, it->second});
  });
}

void Gazetteer::load_names(const std::string& path) {
  for_each_row(path, 2, [&](const std::vector<std::string>& f, int line) {
    auto type = entity_type_from_string(f[1]);
    if (!type)
      throw Error(ErrorKind::Model, path + ":" + std::to_string(line) + ": unknown type " + f[1]);
    KnownName name{*type, NameKind::Name, entity_key(*type, f[0]), f[0]};
    add(f[0], name);
    if (f.size() > 2) {
      name.kind = NameKind::Alt;
      for (const auto& alt : split(f[2], ','))
        if (!alt.empty()) add(alt, name);
    }
  });
}

const KnownName* Gazetteer::find(std::string_view surface) const {
  auto it = names_.find(normalise(surface));
  return it == names_.end() ? nullptr : &it->second;
}

const std::string& Gazetteer::country_name(const std::string& key) const {
  static const std::string empty;
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return empty;
  auto n = names_.find(normalise(it->second.front()));
  return n == names_.end() ? empty : n->second.canonical;
}

const std::vector<std::string>& Gazetteer::names_of(const std::string& key) const {
  static const std::vector<std::string> none;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? none : it->second;
}

}  // namespace kg
