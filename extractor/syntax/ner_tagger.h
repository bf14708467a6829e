// Named-entity tagger: BIO labels for person, organisation and place spans (Token::ner), a greedy
// left-to-right averaged perceptron like the part-of-speech tagger, over the word, its shape and
// affixes, its word clusters, the UPOS the tagger gave it and its neighbours, and the two labels
// before it. Trained on Universal NER's annotation of English EWT (`kg train-ner`).
//
// A token without a capital letter or digit after an O label is O without scoring: entity spans
// start with such a token in news text, and skipping keeps the tagger cheap (most words are
// lower case). Its weights live in a file of their own beside the syntax model (default
// models/en_ewt_ner.kgm, see model_format.md), with a copy of the word clusters they were trained
// with, so that retraining the syntax model does not change what the NER features mean.
//
// Immutable after construction; tag() is const and thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/syntax/perceptron.h"
#include "extractor/syntax/word_clusters.h"

namespace kg {

// Bumped whenever the feature templates or the skip rule change; part of the file's fingerprint.
inline constexpr std::string_view kNerFeatureVersion = "ner-features-1";
inline constexpr size_t kMaxNerFeatures = 40;
// "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", in NerTag order.
std::string_view ner_tag_name(NerTag t);
// The tag of a name ("B-PER"); O for anything else ("B-OTH", "B-O", unknown names).
NerTag ner_tag_of(std::string_view name);
// The entity type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC.
inline int ner_type(NerTag t) { return (static_cast<int>(t) + 1) / 2; }
inline bool ner_begins(NerTag t) { return t != NerTag::O && static_cast<int>(t) % 2 == 1; }
// Whether `next` may follow `prev` (an I- only continues a span of its own type).
inline bool ner_allowed(NerTag prev, NerTag next) {
  return ner_begins(next) || next == NerTag::O || ner_type(prev) == ner_type(next);
}

// What the features read of one token, hashed once.
struct NerToken {
  uint64_t form = 0, norm = 0, shape = 0, flags = 0, prefix = 0, suffix2 = 0, suffix3 = 0;
  uint64_t cluster = 0;  // WordClusters::packed() of the normalised form
  uint64_t upos = 0;     // hash of the UPOS name
  bool plain = false;    // no capital letter and no digit: O after O without scoring
};
void ner_token_info(std::string_view form, std::string_view upos, const WordClusters* clusters,
                    NerToken& out);
// Writes the feature keys of token i (previous labels p1, p2) to out; returns the count.
size_t ner_features(const NerToken* toks, size_t n, size_t i, NerTag p1, NerTag p2, uint64_t* out);

class NerTagger {
 public:
  NerTagger() = default;
  NerTagger(WeightTable weights, std::shared_ptr<const WordClusters> clusters)
      : weights_(std::move(weights)), clusters_(std::move(clusters)) {}

  // Labels one sentence's tokens (read from the whole token info) into out[0..info.size()).
  void run(const std::vector<NerToken>& info, NerTag* out) const;
  // Sets Token::ner of tokens [first, end) of one sentence (they need their UPOS).
  void tag(std::vector<Token>& tokens, uint32_t first, uint32_t end) const;
  void tag(Document& doc) const;

  const WeightTable& weights() const { return weights_; }
  const WordClusters* clusters() const { return clusters_.get(); }

  // Writes the file (temporary file + rename); throws kg::Error (ErrorKind::Output).
  void save(const std::string& path) const;
  // Throws kg::Error (ErrorKind::Model) naming the file when it is missing, corrupt, of another
  // format version or of other feature templates.
  static NerTagger load(const std::string& path);
  static uint64_t fingerprint();

 private:
  WeightTable weights_;
  std::shared_ptr<const WordClusters> clusters_;
};

// The NER file beside a syntax model: "DIR/NAME.kgm" -> "DIR/NAME_ner.kgm"; $KG_NER_MODEL when set.
std::string ner_model_path_for(const std::string& syntax_model_path);

}  // namespace kg
