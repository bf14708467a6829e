// Across articles, one person is one node although papers print the name differently: "Ana M.
// Ruiz" and "Ana Ruiz" are one woman, and a later article's bare "Ruiz" is her when the store knows
// no other Ruiz. Different middle initials are different people ("Ana M. Ruiz" and "Ana P. Ruiz"),
// and a name that could be two stored people joins neither.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg {

class PersonIndex {
 public:
  // The stored person the name `key` ("person:ana m ruiz", as entity_key makes it) stands for, if
  // exactly one fits; nullopt when none does or the name is ambiguous.
  std::optional<int64_t> find(std::string_view key) const;
  // Records a stored person under `key` (a new node, or a spelling that joined node `id`).
  void add(int64_t id, std::string_view key);

 private:
  struct Known {
    int64_t id;
    std::string initials;  // the middle initials the person is known by ("" when none yet)
  };
  std::unordered_map<std::string, std::vector<Known>> by_first_last_;
  std::unordered_map<std::string, std::vector<int64_t>> by_surname_;
};

}  // namespace kg
