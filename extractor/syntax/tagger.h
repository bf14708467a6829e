// Part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS classes,
// with a tag dictionary that assigns frequent unambiguous words directly. Features include the
// ambiguity classes of the word and of the words to its right (the UPOS each took in training),
// which stand in for the tags not yet predicted there. A model may have a second pass: it tags
// the sentence again, left to right, seeing what the first pass guessed for every word, the words
// to the right included (stacking; trained on first-pass guesses from taggers that did not see
// the sentence).
//
// A Tagger is immutable after construction; tag() is const and thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/syntax/parser.h"
#include "extractor/syntax/perceptron.h"
#include "extractor/syntax/word_clusters.h"

namespace kg {

class ByteReader;
class ByteWriter;

// The tag inventory: each class is one (UPOS, XPOS) pair seen in training.
struct TagSet {
  std::vector<std::string> upos, xpos;           // names
  std::vector<uint16_t> class_upos, class_xpos;  // class -> index into upos / xpos
  size_t size() const { return class_upos.size(); }
  // Returns the class of (u, x), adding it when missing (training only).
  uint16_t add(const std::string& u, const std::string& x);
  int find(std::string_view u, std::string_view x) const;  // -1 when unknown
  void write(ByteWriter& w) const;
  static TagSet read(ByteReader& r);
};

// How the parser reads a UPOS or XPOS name: 1 + its index in `names`, 0 when unknown ("none").
inline uint16_t tag_code(const std::vector<std::string>& names, std::string_view name) {
  auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? 0 : static_cast<uint16_t>(it - names.begin() + 1);
}

// Normalised word form used by features and dictionaries: ASCII lower case, curly apostrophes
// as ', digits as 0.
std::string normalize_form(std::string_view form);

// Per-token lexical information hashed once and reused by every feature template.
struct TaggerToken {
  uint64_t form = 0, norm = 0, shape = 0, flags = 0, tail = 0;
  uint64_t amb = 0;  // ambiguity class: UPOS seen with the word in training (bit mask), 0 = unseen
  uint64_t cluster = 0;  // WordClusters::packed() of norm, 0 = unknown or no clusters
  uint64_t guess = 0;    // second pass: the first pass's class + 1
  uint64_t prefix[3] = {0, 0, 0};
  uint64_t suffix[4] = {0, 0, 0, 0};
};
void tagger_token_info(std::string_view form, TaggerToken& out);

// Ambiguity classes: hash of the normalised form -> bit mask of the UPOS the word takes in the
// training data. They let the tagger see what the words to its right can be before it tags them.
using AmbiguityTable = std::unordered_map<uint64_t, uint32_t>;
inline uint64_t ambiguity_of(const AmbiguityTable& table, uint64_t norm) {
  auto it = table.find(norm);
  return it == table.end() ? 0 : it->second;
}

// Bumped whenever the feature templates change; part of the model fingerprint.
inline constexpr std::string_view kTaggerFeatureVersion = "tagger-features-2";
// Part of the fingerprint of models with a second pass.
inline constexpr std::string_view kTaggerSecondPassVersion = "tagger-second-pass-1";
inline constexpr size_t kMaxTaggerFeatures = 64;
// The second pass tags again only the words whose first-pass margin (best class's score minus
// the runner-up's, in weight units) is below this: the others it would mostly leave as they
// are. Chosen on GUM dev with a two-pass model: UPOS 95.77 against 95.78 tagging every word
// again, at 1.8 times the speed.
inline constexpr float kSecondPassMargin = 20.0f;
// Which templates tagger_features() adds beyond the base ones.
inline constexpr unsigned kClusterTemplates = 1;     // the model has word clusters
inline constexpr unsigned kSecondPassTemplates = 2;  // the tokens carry first-pass guesses
// Writes the feature keys of token i (previous classes p1, p2; -1 for none) to out; returns the
// count.
size_t tagger_features(const TaggerToken* toks, size_t n, size_t i, int p1, int p2,
                       unsigned templates, uint64_t* out);

class Tagger {
 public:
  Tagger() = default;
  // `clusters` may be null or empty (a model without word clusters); `second` empty (no
  // classes) for a tagger of one pass.
  Tagger(TagSet tags, std::unordered_map<uint64_t, uint16_t> dict, AmbiguityTable ambiguity,
         WeightTable weights, std::shared_ptr<const WordClusters> clusters = nullptr,
         WeightTable second = WeightTable())
      : tags_(std::move(tags)),
        dict_(std::move(dict)),
        ambiguity_(std::move(ambiguity)),
        weights_(std::move(weights)),
        second_(std::move(second)),
        clusters_(clusters && !clusters->empty() ? std::move(clusters) : nullptr) {}

  // Tags tokens [first, end) of one sentence: writes classes to out[0..end-first) and fills the
  // tokens' upos and xpos.
  void tag(std::vector<Token>& tokens, uint32_t first, uint32_t end, uint16_t* out) const;
  // Tags the headline tokens [first, end) (headlines.h) as tag() does, the tagger seeing `forms`
  // (one a token) in place of the tokens' forms. A headline is a clause: when no finite verb is
  // found in its main clause, the word that most plausibly is its present-tense verb is tagged
  // one (headline_verbs.cpp), if that costs the tag sequence's score little.
  void tag_headline(std::vector<Token>& tokens, uint32_t first, uint32_t end,
                    const std::vector<std::string>& forms, uint16_t* out) const;
  // The UPOS bit of `upos` in ambiguity classes; -1 when the tag set lacks it.
  int upos_bit(std::string_view upos) const;

  const TagSet& tags() const { return tags_; }
  const WeightTable& weights() const { return weights_; }
  bool two_pass() const { return second_.n_classes() != 0; }
  const AmbiguityTable& ambiguity() const { return ambiguity_; }
  // Null when the model has no word clusters.
  const std::shared_ptr<const WordClusters>& clusters() const { return clusters_; }
  // Dictionary of unambiguous frequent words: hash of the exact form -> class.
  const std::unordered_map<uint64_t, uint16_t>& dictionary() const { return dict_; }

  // Tags one sentence's tokens (their info filled in, guesses too for `templates` with
  // kSecondPassTemplates) with `weights`, left to right; writes classes to out. `margins`, when
  // given, receives each word's margin (infinite for dictionary words); words whose `keep_above`
  // margin is at least kSecondPassMargin keep the class out already holds. A word whose `forced`
  // class is not negative takes it (margin infinite); `total`, when given, receives the sum of
  // the chosen classes' scores over the words not in the dictionary.
  void run_pass(const std::vector<TaggerToken>& info, const WeightTable& weights,
                unsigned templates, uint16_t* out, float* margins = nullptr,
                const float* keep_above = nullptr, const int* forced = nullptr,
                float* total = nullptr) const;

  // The clusters are not part of the tagger's section (the parser reads them too). `version`:
  // the model file's format (a second pass since format 6).
  void write(ByteWriter& w) const;
  static Tagger read(ByteReader& r, std::shared_ptr<const WordClusters> clusters, uint32_t version);

 private:
  // The tokens' lexical information for `forms` (the tokens' own forms when null).
  std::vector<TaggerToken> token_info(const std::vector<Token>& tokens, uint32_t first,
                                      uint32_t end, const std::vector<std::string>* forms) const;
  // The second pass (when the model has one) over first-pass classes `out` with `margins`, then
  // the tokens' upos and xpos.
  void finish(std::vector<Token>& tokens, uint32_t first, std::vector<TaggerToken>& info,
              uint16_t* out, const std::vector<float>& margins, const int* forced) const;

  TagSet tags_;
  std::unordered_map<uint64_t, uint16_t> dict_;
  AmbiguityTable ambiguity_;
  WeightTable weights_;
  WeightTable second_;
  std::shared_ptr<const WordClusters> clusters_;
};

// What the parser reads of a word tagged with class `cls` by `tagger`: the normalised form's
// hash, its clusters (from `clusters`, the parser's; may be null) and its tags.
ParserToken parser_token(const Tagger& tagger, const WordClusters* clusters, std::string_view form,
                         uint16_t cls);

}  // namespace kg
