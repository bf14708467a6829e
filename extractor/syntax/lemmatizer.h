// Lemmatizer learned from a treebank: a (form, XPOS) -> lemma dictionary, backed off to the
// lower-cased form, then to suffix rules (strip n bytes, append a string) learned per XPOS for
// unknown words. Unknown common nouns, verbs, adverbs, interjections and comparatives get
// lower-case lemmas whatever their case (UD English); proper nouns and adjectives keep theirs.
//
// Immutable after construction; lemma() is const and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg {

class ByteReader;
class ByteWriter;

struct LemmaRule {
  uint8_t cut = 0;     // bytes removed from the end of the form
  bool lower = true;   // apply to the lower-cased form (else to the form as written)
  std::string append;  // bytes appended
  bool operator==(const LemmaRule&) const = default;
};

class Lemmatizer {
 public:
  Lemmatizer() = default;
  // `exact`: "form\txpos" -> lemma; `lower`: "lowerform\txpos" -> lemma;
  // `rules`: "xpos\tsuffix" -> rule (suffix of the lower-cased form, 0 to 5 bytes).
  Lemmatizer(std::unordered_map<std::string, std::string> exact,
             std::unordered_map<std::string, std::string> lower,
             std::unordered_map<std::string, LemmaRule> rules)
      : exact_(std::move(exact)), lower_(std::move(lower)), rules_(std::move(rules)) {}

  std::string lemma(std::string_view form, std::string_view xpos) const;
  // Base forms known besides the treebank's, as words of tag `xpos` ("VB": the verbs of the
  // extraction lexicons), so that an unknown inflected form finds its regular stem ("applauded"
  // -> "applaud", "united" -> "unite") rather than a suffix rule's guess. Forms the treebank
  // knows keep their lemmas.
  void add_base_forms(std::string_view xpos, const std::vector<std::string>& lemmas);

  static constexpr size_t kMaxSuffix = 5;
  // The rule that turns `form` into `lemma`.
  static LemmaRule rule_for(std::string_view form, std::string_view lemma);
  static std::string apply(const LemmaRule& rule, std::string_view form);

  void write(ByteWriter& w) const;
  static Lemmatizer read(ByteReader& r);

 private:
  std::unordered_map<std::string, std::string> exact_, lower_;
  std::unordered_map<std::string, LemmaRule> rules_;
};

// Lower-cases ASCII letters and maps curly apostrophes to '.
std::string lemma_key_form(std::string_view form);

}  // namespace kg
