#include "graph/store/person_names.h"

#include <algorithm>
#include <array>

namespace kg {

namespace {

// A person's name as given name, middle initials and surname; only names whose middle words are
// all initials take part (a middle word spelled out may be a compound name: no guessing there).
struct NameParts {
  std::vector<std::string> words;  // the name without a leading honorific
  std::string first, initials, last;
  bool full = false;  // given name + surname, middle words (if any) all initials
};

NameParts parse(std::string_view key) {
  NameParts parts;
  if (key.rfind("person:", 0) != 0) return parts;
  key.remove_prefix(7);
  size_t at = 0;
  while (at < key.size()) {
    size_t end = key.find(' ', at);
    if (end == std::string_view::npos) end = key.size();
    if (end > at) parts.words.emplace_back(key.substr(at, end - at));
    at = end + 1;
  }
  static const std::array<std::string_view, 6> honorifics = {"mr", "mrs", "ms",
                                                             "dr", "sir", "dame"};
  if (parts.words.size() > 1 &&
      std::find(honorifics.begin(), honorifics.end(), parts.words.front()) != honorifics.end())
    parts.words.erase(parts.words.begin());
  if (parts.words.size() < 2) return parts;
  for (size_t i = 1; i + 1 < parts.words.size(); ++i) {
    if (parts.words[i].size() != 1) return parts;
    parts.initials += parts.words[i];
  }
  parts.first = parts.words.front();
  parts.last = parts.words.back();
  parts.full = parts.first.size() > 1 && parts.last.size() > 1;
  return parts;
}

bool compatible(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

}  // namespace

std::optional<int64_t> PersonIndex::find(std::string_view key) const {
  NameParts parts = parse(key);
  std::optional<int64_t> found;
  auto offer = [&](int64_t id) {
    if (found && *found != id) return false;  // two people fit: neither
    found = id;
    return true;
  };
  if (parts.full) {
    auto it = by_first_last_.find(parts.first + ' ' + parts.last);
    if (it == by_first_last_.end()) return std::nullopt;
    for (const Known& known : it->second)
      if (compatible(known.initials, parts.initials) && !offer(known.id)) return std::nullopt;
    return found;
  }
  if (parts.words.size() == 1 && parts.words.front().size() > 1) {
    auto it = by_surname_.find(parts.words.front());
    if (it == by_surname_.end()) return std::nullopt;
    for (int64_t id : it->second)
      if (!offer(id)) return std::nullopt;
  }
  return found;
}

void PersonIndex::add(int64_t id, std::string_view key) {
  NameParts parts = parse(key);
  if (!parts.full) return;
  auto& known = by_first_last_[parts.first + ' ' + parts.last];
  auto it = std::find_if(known.begin(), known.end(), [&](const Known& k) { return k.id == id; });
  if (it == known.end())
    known.push_back({id, parts.initials});
  else if (it->initials.empty())
    it->initials = parts.initials;  // "Ana Ruiz" joined by "Ana M. Ruiz" is now known as M.
  auto& same_surname = by_surname_[parts.last];
  if (std::find(same_surname.begin(), same_surname.end(), id) == same_surname.end())
    same_surname.push_back(id);
}

}  // namespace kg
