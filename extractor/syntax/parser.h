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
#include <iterator>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/syntax/perceptron.h"
#include "extractor/syntax/row_add.h"
#include "extractor/syntax/sum_cache.h"
#include "extractor/syntax/word_clusters.h"

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
// dependents only by LEFT-ARC with the root label. Everything lives in one vector, so that the
// beam copies a state with one memcpy: the stack is a list through the positions on it (the item
// under a stacked position never changes while it is there).
struct ParserState {
  struct Node {
    int head = -1;   // -1 = none yet, n = the artificial root
    int label = -1;  // -1 = none
    int below = -1;  // on the stack: the item under this one (-1 = bottom)
    int lc1 = -1, lc2 = -1, rc1 = -1, rc2 = -1;  // leftmost/rightmost children, nearest first
    uint8_t nl = 0, nr = 0;                      // left/right children, at most 255
    uint64_t lset = 0, rset = 0;                 // labels of the left/right children (bit l % 64)
  };
  int n = 0;
  int b = 0;  // first buffer position (n = only the root is left)
  int root_label = -1;
  int top = -1;             // s0, -1 = empty stack
  int depth = 0;            // stack size
  std::vector<Node> nodes;  // n + 1: the root's left children too

  void init(int n_tokens, int root_label_index);
  const Node& node(int i) const { return nodes[static_cast<size_t>(i)]; }
  bool terminal() const { return b >= n && top < 0; }
  int s0() const { return top; }
  int s1() const { return top < 0 ? -1 : node(top).below; }
  bool can_shift() const { return b < n; }
  bool can_reduce() const { return top >= 0 && node(top).head >= 0; }
  bool can_left() const { return top >= 0 && node(top).head < 0; }
  bool can_right() const { return top >= 0 && b < n; }
  bool valid(int action) const;
  // The action when it is the only valid one (SHIFT onto an empty stack, REDUCE or
  // LEFT-ARC(root) once only the root is left), else -1. Greedy decoding applies it unscored.
  int forced_action() const;
  void apply(int action);

 private:
  void push(int i);
  void pop();
  // Head h takes dependent d with label l (a left child when d < h).
  void add_arc(int h, int d, int l);
};

// What the label-free feature templates read of a configuration: positions (-1 = none), the
// valencies of s0 and n0 and the stack depth (at most 4). Configurations with equal contexts
// have equal label-free features: beam items that differ only in the labels of their arcs (most
// of a beam) share them, so their scores are summed once.
struct ParserContext {
  int s0 = -1, s1 = -1, n0 = -1, n1 = -1, n2 = -1;
  int s0h = -1, s0h2 = -1, s0l = -1, s0l2 = -1, s0r = -1, s0r2 = -1, n0l = -1, n0l2 = -1;
  int s0_prev = -1, s0_next = -1, n0_prev = -1;  // the words beside s0 and before n0
  int s0_left = 0, s0_right = 0, n0_left = 0, depth = 0;
  bool operator==(const ParserContext&) const = default;
};
ParserContext parser_context(const ParserState& st);

inline constexpr std::string_view kParserFeatureVersion = "parser-features-1";
inline constexpr size_t kMaxParserFeatures = 112;
// The feature templates in groups by what they read, each writing its keys to out and returning
// their count (`clusters`: the model has word clusters, so the cluster templates are added).
// Label-free: the buffer front n0..n2; s0 with its head, children and valency; n0 with its left
// children; s0 and n0 with the words beside them and their distance (the pair core); and the
// other pairs (with s1, s0's head and children, n0's left child, the stack depth).
size_t buffer_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                       uint64_t* out);
size_t stack_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                      uint64_t* out);
size_t buffer_child_features(const ParserContext& ctx, const ParserToken* toks, uint64_t* out);
size_t pair_core_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                          uint64_t* out);
size_t pair_features(const ParserContext& ctx, const ParserToken* toks, uint64_t* out);
// With arc labels: of s0's arcs, of n0's left arcs, and of both.
size_t stack_label_features(const ParserContext& ctx, const ParserState& st,
                            const ParserToken* toks, uint64_t* out);
size_t buffer_label_features(const ParserContext& ctx, const ParserState& st,
                             const ParserToken* toks, uint64_t* out);
size_t pair_label_features(const ParserContext& ctx, const ParserState& st, const ParserToken* toks,
                           uint64_t* out);
// All label-free groups; all label groups; both, for one configuration.
size_t label_free_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                           uint64_t* out);
size_t label_features(const ParserContext& ctx, const ParserState& st, const ParserToken* toks,
                      uint64_t* out);
size_t parser_features(const ParserState& st, const ParserToken* toks, bool clusters,
                       uint64_t* out);

// The groups the beam remembers within a sentence: configurations with the same group key (what
// the group's templates read, at most kMaxGroupKey values) have the same group features.
enum class ParserGroup : uint32_t {
  kBuffer,
  kStack,
  kBufferChildren,
  kPairCore,
  kStackLabels,
  kBufferLabels
};
// The label-free groups the beam remembers (the pairs left are summed per distinct context).
inline constexpr ParserGroup kFreeGroups[] = {ParserGroup::kBuffer, ParserGroup::kStack,
                                              ParserGroup::kBufferChildren, ParserGroup::kPairCore};
inline constexpr size_t kMaxGroupKey = 9;
size_t group_key(ParserGroup group, const ParserContext& ctx, const ParserState& st, uint64_t* out);
size_t group_features(ParserGroup group, const ParserContext& ctx, const ParserState& st,
                      const ParserToken* toks, bool clusters, uint64_t* out);

// Beam search over parser states (Zhang & Clark 2008), shared by decoding and training. Every
// transition sequence of a sentence has 2n steps (each token is pushed once and popped once), so
// all items of a beam finish together.
class ParserBeam {
 public:
  // `margin`: after each step, items scoring more than this below the best are dropped (decoding
  // only; training keeps the full beam).
  void start(int n, int root_label, int width,
             float margin = std::numeric_limits<float>::infinity());
  bool terminal() const { return states_[0].terminal(); }
  int size() const { return static_cast<int>(states_.size()); }
  const ParserState& state(int k) const { return states_[k]; }
  float score(int k) const { return last(k).score; }
  // The item and action item k of the last step came from (-1 before the first step).
  int parent(int k) const { return last(k).parent; }
  int action(int k) const { return last(k).action; }
  // Extends every item k with every valid action a, scored score(k) + scores[k * n_actions + a],
  // and keeps the `width` best (ties: lower item, then lower action).
  void advance(const float* scores, int n_actions);
  // The action scores of every item (scores[k * n_actions + a]) from `weights` (a WeightTable
  // or the trainer's PerceptronTrainer: anything whose score(keys, n, out) adds to out). An item
  // whose label-free feature keys equal an earlier item's starts from that item's sum.
  template <class Weights>
  const std::vector<float>& score_actions(const ParserToken* toks, bool clusters,
                                          const Weights& weights, int n_actions);
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
  const Item& last(int k) const { return lattice_[steps_.back() + static_cast<size_t>(k)]; }

  int width_ = 1;
  float margin_ = std::numeric_limits<float>::infinity();
  std::vector<ParserState> states_, next_;
  // Item k after step t is lattice_[steps_[t] + k].
  std::vector<Item> lattice_;
  std::vector<size_t> steps_;
  std::vector<Candidate> candidates_;
  // score_actions() state: the sentence's group sums (cache_ row r is sums_ row r); per item, its
  // context, the item whose label-free sum it shares and its sum rows; the keys to score with
  // their rows; the scores.
  struct ItemRows {
    uint32_t free[std::size(kFreeGroups)] = {};  // the label-free groups' rows
    uint32_t labels[2] = {0, 0};                 // stack-labels, buffer-labels group rows
    uint32_t pair = 0, pair_labels = 0;
  };
  SumCache cache_;
  std::vector<ParserContext> contexts_;
  std::vector<size_t> source_;
  std::vector<ItemRows> item_rows_;
  std::vector<uint64_t> batch_keys_;
  std::vector<uint32_t> batch_rows_;
  std::vector<float> sums_, scores_;
};

template <class Weights>
const std::vector<float>& ParserBeam::score_actions(const ParserToken* toks, bool clusters,
                                                    const Weights& weights, int n_actions) {
  // Sum rows (sums_ row r = n_actions floats): first the group sums this sentence has made so
  // far (cache_ row r), then this step's: per distinct label-free context its pair features, per
  // item its pair-label features. One scoring call for every new row.
  const size_t items = states_.size(), n_act = static_cast<size_t>(n_actions);
  const uint32_t cached_before = cache_.size();
  contexts_.resize(items);
  source_.resize(items);
  item_rows_.resize(items);
  // The keys are written straight into the batch: an item's groups have at most
  // kMaxParserFeatures keys in all. The buffers only grow, so they are not cleared either.
  if (batch_keys_.size() < items * kMaxParserFeatures) {
    batch_keys_.resize(items * kMaxParserFeatures);
    batch_rows_.resize(items * kMaxParserFeatures);
  }
  size_t n_keys = 0;
  uint64_t key[kMaxGroupKey];
  uint64_t* keys = batch_keys_.data();
  auto push = [&](size_t n, uint32_t row) {
    std::fill_n(batch_rows_.data() + n_keys, n, row);
    n_keys += n;
  };
  auto group_row = [&](ParserGroup g, size_t k) {
    size_t n = group_key(g, contexts_[k], states_[k], key);
    auto [row, added] = cache_.find_or_add(static_cast<uint32_t>(g), key, n);
    if (added)
      push(group_features(g, contexts_[k], states_[k], toks, clusters, keys + n_keys), row);
    return row;
  };
  for (size_t k = 0; k < items; ++k) {
    contexts_[k] = parser_context(states_[k]);
    size_t src = 0;
    while (src < k && !(contexts_[src] == contexts_[k])) ++src;
    source_[k] = src;
    ItemRows& r = item_rows_[k];
    if (src == k) {
      for (size_t g = 0; g < std::size(kFreeGroups); ++g) r.free[g] = group_row(kFreeGroups[g], k);
    }
    r.labels[0] = group_row(ParserGroup::kStackLabels, k);
    r.labels[1] = group_row(ParserGroup::kBufferLabels, k);
  }
  uint32_t next = cache_.size();
  for (size_t k = 0; k < items; ++k) {
    ItemRows& r = item_rows_[k];
    if (source_[k] == k) push(pair_features(contexts_[k], toks, keys + n_keys), r.pair = next++);
    push(pair_label_features(contexts_[k], states_[k], toks, keys + n_keys),
         r.pair_labels = next++);
  }
  // Rows from cached_before on are new: zero before scoring.
  sums_.resize(cached_before * n_act);
  sums_.resize(next * n_act, 0.0f);
  weights.score_rows(batch_keys_.data(), batch_rows_.data(), n_keys, sums_.data());
  auto row = [&](uint32_t r) { return &sums_[r * n_act]; };
  for (size_t k = 0; k < items; ++k) {
    const ItemRows& r = item_rows_[k];
    if (source_[k] != k) continue;
    float* free = row(r.pair);  // the whole label-free sum, in place
    for (uint32_t g : r.free) add_score_row(row(g), free, n_act);
  }
  scores_.resize(items * n_act);
  for (size_t k = 0; k < items; ++k) {
    const ItemRows& r = item_rows_[k];
    const float* free = row(item_rows_[source_[k]].pair);
    sum_score_rows(free, row(r.labels[0]), row(r.labels[1]), row(r.pair_labels),
                   &scores_[k * n_act], n_act);
  }
  return scores_;
}

class Parser {
 public:
  Parser() = default;
  // `labels` contain "root", the label of LEFT-ARC from the artificial root; `beam` = 1 decodes
  // greedily; `clusters` (null or empty: none): the weights are for the word-cluster templates
  // too, and the tokens carry the words' clusters (parser_token()).
  Parser(std::vector<std::string> labels, WeightTable weights, int beam = 1,
         std::shared_ptr<const WordClusters> clusters = nullptr);

  // Parses one sentence of n tokens. heads[i] = sentence-relative head index or -1 for the root;
  // labels[i] = index into labels(), or -1 for the root.
  void parse(const ParserToken* toks, int n, int* heads, int* labels) const;

  const std::vector<std::string>& labels() const { return labels_; }
  int root_label() const { return root_label_; }
  int beam() const { return beam_; }
  // Decodes with another beam width than the model's (for speed/accuracy measurements).
  void set_beam(int width) { beam_ = std::max(1, width); }
  // Beam items scoring more than this below the step's best are dropped (in the weights'
  // quantised units; infinity keeps the whole beam): such items almost never win in the end.
  float beam_margin() const { return beam_margin_; }
  void set_beam_margin(float margin) { beam_margin_ = margin; }
  // Chosen on GUM train (which no model trains on) for the shipped model: UAS/LAS 84.96/81.33
  // against 85.00/81.37 with the whole beam; 5.8 items a step instead of 7.8, 22% fewer parser
  // instructions (bench/README.md).
  static constexpr float kDefaultBeamMargin = 45000;
  size_t n_actions() const { return 2 + 2 * labels_.size(); }
  const WeightTable& weights() const { return weights_; }
  bool uses_clusters() const { return clusters_ != nullptr; }
  // Null when the parser has no cluster templates.
  const std::shared_ptr<const WordClusters>& clusters() const { return clusters_; }

  // The clusters are not part of the parser's section (the tagger may read them too). `version`:
  // the model file's format.
  void write(ByteWriter& w) const;
  static Parser read(ByteReader& r, std::shared_ptr<const WordClusters> clusters, uint32_t version);

 private:
  void parse_greedy(const ParserToken* toks, ParserState& st) const;
  void parse_beam(const ParserToken* toks, ParserState& st) const;

  std::vector<std::string> labels_;
  int root_label_ = -1;
  int beam_ = 1;
  float beam_margin_ = kDefaultBeamMargin;
  std::shared_ptr<const WordClusters> clusters_;
  WeightTable weights_;
};

// Attaches headless tokens (other than the first) to the first headless token, which stays the
// root (head -1). Returns the root index.
int finish_tree(int n, int* heads);

}  // namespace kg
