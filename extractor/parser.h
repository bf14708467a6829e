// Transition-based dependency parser: arc-eager (Nivre 2003) with an artificial root at the end of
// the buffer (Ballesteros & Nivre 2013), greedy or beam-search decoding (the model says which),
// averaged-perceptron scores over Zhang & Nivre (2011) style feature templates (words and tags
// of stack and buffer positions, heads, leftmost/rightmost children, distance, valency, label
// sets). Once only the root is left in the buffer, every headless stack token is attached to it
// with LEFT-ARC(root); when that gives more than one root, the later ones are attached to the
// first.
//
// A Parser is immutable after construction; parse() is const and thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/perceptron.h"
#include "extractor/word_clusters.h"

namespace kg {

class ByteReader;
class ByteWriter;

// What the parser reads of a token.
struct ParserToken {
  uint64_t word = 0;     // hash of the normalised form
  uint64_t cluster = 0;  // WordClusters::packed() of the word (0 = unknown or no clusters)
  uint16_t xpos = 0;     // XPOS index + 1 (0 = none)
  uint16_t upos = 0;     // UPOS index + 1
};

// Transitions: 0 SHIFT, 1 REDUCE, 2 + 2l LEFT-ARC(l), 3 + 2l RIGHT-ARC(l).
enum : int { kShift = 0, kReduce = 1 };
inline int left_arc(int label) { return 2 + 2 * label; }
inline int right_arc(int label) { return 3 + 2 * label; }

// The parser configuration. Shared with the trainer (which runs the dynamic oracle on it).
// Position n is the artificial root: it is the last buffer item, never shifted, and takes
// dependents only by LEFT-ARC with the root label.
struct ParserState {
  int n = 0;
  int b = 0;  // first buffer position (n = only the root is left)
  int root_label = -1;
  std::vector<int> stack;
  std::vector<int> head;     // -1 = none yet, n = the artificial root
  std::vector<int> label;    // -1 = none
  std::vector<int> lc1, lc2, rc1, rc2;
  std::vector<uint8_t> nl, nr;
  std::vector<uint64_t> lset, rset;

  void init(int n_tokens, int root_label_index);
  bool terminal() const { return b >= n && stack.empty(); }
  int s0() const { return stack.empty() ? -1 : stack.back(); }
  bool can_shift() const { return b < n; }
  bool can_reduce() const { return !stack.empty() && head[stack.back()] >= 0; }
  bool can_left() const { return !stack.empty() && head[stack.back()] < 0; }
  bool can_right() const { return !stack.empty() && b < n; }
  bool valid(int action) const;
  // The action when it is the only valid one (SHIFT onto an empty stack, REDUCE or
  // LEFT-ARC(root) once only the root is left), else -1. Greedy decoding applies it unscored.
  int forced_action() const;
  void apply(int action);
};

// Beam search over parser states (Zhang & Clark 2008), shared by decoding and training. Every
// transition sequence of a sentence has 2n steps (each token is pushed once and popped once), so
// all items of a beam finish together.
class ParserBeam {
 public:
  void start(int n, int root_label, int width);
  bool terminal() const { return states_[0].terminal(); }
  int size() const { return static_cast<int>(states_.size()); }
  const ParserState& state(int k) const { return states_[k]; }
  float score(int k) const { return lattice_.back()[k].score; }
  // The item and action item k of the last step came from (-1 before the first step).
  int parent(int k) const { return lattice_.back()[k].parent; }
  int action(int k) const { return lattice_.back()[k].action; }
  // Extends every item k with every valid action a, scored score(k) + scores[k * n_actions + a],
  // and keeps the `width` best (ties: lower item, then lower action).
  void advance(const float* scores, int n_actions);
  // The actions item k took from the start.
  std::vector<int> history(int k) const;

 private:
  struct Item {
    float score = 0;
    int parent = -1, action = -1;
  };
  struct Candidate {
    float score;
    int item, action;
  };
  int width_ = 1;
  std::vector<ParserState> states_, next_;
  std::vector<std::vector<Item>> lattice_;  // lattice_[t][k]: item k after step t
  std::vector<Candidate> candidates_;
};

inline constexpr std::string_view kParserFeatureVersion = "parser-features-1";
inline constexpr size_t kMaxParserFeatures = 112;
// Writes the feature keys of a configuration to out; returns the count. `clusters`: the model
// has word clusters, so the cluster templates are added.
size_t parser_features(const ParserState& st, const ParserToken* toks, bool clusters,
                       uint64_t* out);

class Parser {
 public:
  Parser() = default;
  // `labels` contain "root", the label of LEFT-ARC from the artificial root; `beam` = 1 decodes
  // greedily; `clusters`: the weights are for the word-cluster templates too (the tokens carry
  // clusters).
  Parser(std::vector<std::string> labels, WeightTable weights, int beam = 1,
         bool clusters = false);

  // Parses one sentence of n tokens. heads[i] = sentence-relative head index or -1 for the root;
  // labels[i] = index into labels(), or -1 for the root.
  void parse(const ParserToken* toks, int n, int* heads, int* labels) const;

  const std::vector<std::string>& labels() const { return labels_; }
  int root_label() const { return root_label_; }
  int beam() const { return beam_; }
  // Decodes with another beam width than the model's (for speed/accuracy measurements).
  void set_beam(int width) { beam_ = std::max(1, width); }
  size_t n_actions() const { return 2 + 2 * labels_.size(); }
  const WeightTable& weights() const { return weights_; }
  bool uses_clusters() const { return clusters_; }

  void write(ByteWriter& w) const;
  static Parser read(ByteReader& r, bool clusters);

 private:
  void parse_greedy(const ParserToken* toks, ParserState& st) const;
  void parse_beam(const ParserToken* toks, ParserState& st) const;

  std::vector<std::string> labels_;
  int root_label_ = -1;
  int beam_ = 1;
  bool clusters_ = false;
  WeightTable weights_;
};

// Attaches headless tokens (other than the first) to the first headless token, which stays the
// root (head -1). Returns the root index.
int finish_tree(int n, int* heads);

}  // namespace kg
