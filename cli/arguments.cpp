#include "cli/arguments.h"

#include <algorithm>
#include <cctype>

#include "extractor/core/extraction.h"
#include "extractor/core/text.h"
#include "extractor/facts/relation_classes.h"

namespace kg::cli {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::vector<std::string> class_names() {
  std::vector<std::string> names;
  for (const RelationClass& c : relation_classes()) names.emplace_back(c.name);
  return names;
}

std::vector<std::string> type_names() {
  std::vector<std::string> names;
  for (int t = 0; t <= static_cast<int>(EntityType::Concept); ++t)
    names.emplace_back(to_string(static_cast<EntityType>(t)));
  return names;
}

// Canonical spellings of a comma list, or the reason the first unknown item is wrong.
template <typename Canonical>
std::string check_list(std::string& value, const std::string& what,
                       const std::vector<std::string>& valid, Canonical canonical) {
  std::string out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = std::min(value.find(',', start), value.size());
    std::string item(trim(std::string_view(value).substr(start, comma - start)));
    start = comma + 1;
    if (item.empty()) continue;
    std::string name = canonical(item);
    if (name.empty()) {
      std::string guess = closest_word(item, valid);
      return "unknown " + what + " '" + item + "'" +
             (guess.empty() ? "" : "; did you mean " + guess + "?") + " (valid: " + joined(valid) +
             "; see kg vocabulary)";
    }
    if (("," + out + ",").find("," + name + ",") == std::string::npos)
      out += (out.empty() ? "" : ",") + name;
  }
  if (out.empty()) return "no " + what + " given";
  value = out;
  return "";
}

}  // namespace

std::string closest_word(std::string_view word, const std::vector<std::string>& candidates) {
  std::string key = upper(word);
  std::string best;
  size_t best_distance = std::max<size_t>(2, key.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    std::string other = upper(candidate);
    size_t d = edit_distance(key, other);
    // A plural or a cut word ("CONDEMNS", "ORG") is close whatever its length.
    if (key.size() >= 3 && (other.starts_with(key) || key.starts_with(other)))
      d = std::min<size_t>(d, 1);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string check_relations(std::string& value) {
  return check_list(value, "relation class", class_names(), [](const std::string& item) {
    std::string name = upper(item);
    return is_relation_class(name) ? name : std::string();
  });
}

std::string check_types(std::string& value) {
  return check_list(value, "entity type", type_names(), [](const std::string& item) {
    auto type = entity_type_from_string(item);
    return type ? std::string(to_string(*type)) : std::string();
  });
}

std::string check_day(std::string& value) {
  auto digits = [&](size_t from, size_t n) {
    return std::all_of(value.begin() + static_cast<long>(from),
                       value.begin() + static_cast<long>(from + n),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  };
  bool shaped = value.size() == 10 && value[4] == '-' && value[7] == '-' && digits(0, 4) &&
                digits(5, 2) && digits(8, 2);
  if (shaped) {
    int year = std::stoi(value.substr(0, 4)), month = std::stoi(value.substr(5, 2)),
        day = std::stoi(value.substr(8, 2));
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month >= 1 && month <= 12 && day >= 1 &&
        day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0))
      return "";
  }
  return "not a calendar date: '" + value + "' (expected YYYY-MM-DD, e.g. 2024-01-31)";
}

CLI::Validator relation_classes_check() { return CLI::Validator(check_relations, "CLASS[,CLASS]"); }
CLI::Validator single_relation_check() {
  return CLI::Validator(
      [](std::string& value) {
        std::string reason = check_relations(value);
        if (reason.empty() && value.find(',') != std::string::npos)
          return std::string("one relation class here, not a list");
        return reason;
      },
      "CLASS");
}
CLI::Validator entity_types_check() { return CLI::Validator(check_types, "TYPE[,TYPE]"); }
CLI::Validator day_check() { return CLI::Validator(check_day, "YYYY-MM-DD"); }

}  // namespace kg::cli
