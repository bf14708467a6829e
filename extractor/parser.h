// Transition-based dependency parser: arc-eager (Nivre 2003) without an artificial root, greedy
// decoding, averaged-perceptron scores over Zhang & Nivre (2011) style feature templates (words
// and tags of stack and buffer positions, heads, leftmost/rightmost children, distance, valency,
// label sets). Tokens left without a head at the end are attached to the first such token, which
// becomes the root.
//
// A Parser is immutable after construction; parse() is const and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/perceptron.h"

namespace kg {

class ByteReader;
class ByteWriter;

// What the parser reads of a token.
struct ParserToken {
  uint64_t word = 0;  // hash of the normalised form
  uint16_t xpos = 0;  // XPOS index + 1 (0 = none)
  uint16_t upos = 0;  // UPOS index + 1
};

// Transitions: 0 SHIFT, 1 REDUCE, 2 + 2l LEFT-ARC(l), 3 + 2l RIGHT-ARC(l).
enum : int { kShift = 0, kReduce = 1 };
inline int left_arc(int label) { return 2 + 2 * label; }
inline int right_arc(int label) { return 3 + 2 * label; }

// The parser configuration. Shared with the trainer (which runs the dynamic oracle on it).
struct ParserState {
  int n = 0;
  int b = 0;  // first buffer position
  std::vector<int> stack;
  std::vector<int> head;     // -1 = none yet
  std::vector<int> label;    // -1 = none
  std::vector<int> lc1, lc2, rc1, rc2;
  std::vector<uint8_t> nl, nr;
  std::vector<uint64_t> lset, rset;

  void init(int n_tokens);
  bool terminal() const { return b >= n; }
  int s0() const { return stack.empty() ? -1 : stack.back(); }
  bool can_shift() const { return b < n; }
  bool can_reduce() const { return !stack.empty() && head[stack.back()] >= 0; }
  bool can_left() const { return !stack.empty() && b < n && head[stack.back()] < 0; }
  bool can_right() const { return !stack.empty() && b < n; }
  bool valid(int action) const;
  void apply(int action);
};

inline constexpr std::string_view kParserFeatureVersion = "parser-features-1";
inline constexpr size_t kMaxParserFeatures = 96;
size_t parser_features(const ParserState& st, const ParserToken* toks, uint64_t* out);

class Parser {
 public:
  Parser() = default;
  Parser(std::vector<std::string> labels, WeightTable weights)
      : labels_(std::move(labels)), weights_(std::move(weights)) {}

  // Parses one sentence of n tokens. heads[i] = sentence-relative head index or -1 for the root;
  // labels[i] = index into labels(), or -1 for the root.
  void parse(const ParserToken* toks, int n, int* heads, int* labels) const;

  const std::vector<std::string>& labels() const { return labels_; }
  size_t n_actions() const { return 2 + 2 * labels_.size(); }
  const WeightTable& weights() const { return weights_; }

  void write(ByteWriter& w) const;
  static Parser read(ByteReader& r);

 private:
  std::vector<std::string> labels_;
  WeightTable weights_;
};

// Attaches headless tokens (other than the first) to the first headless token; that token gets
// head -1. Returns the root index.
int finish_tree(int n, int* heads);

}  // namespace kg
