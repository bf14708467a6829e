// Training of the arc-eager parser. Greedy (beam 1): the dynamic oracle of Goldberg & Nivre
// (2012): at every configuration the cost of each transition is the number of gold arcs it makes
// unreachable, the perceptron is updated toward the best zero-cost transition, and after the first
// epoch the parser follows its own (possibly wrong) prediction with probability explore_p, so that
// it learns to recover from its mistakes. Beam search (beam > 1): global training with
// max-violation updates (Huang et al. 2012) against the transition sequence a static oracle
// derives from the same costs.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <ostream>
#include <sstream>
#include <unordered_map>

#include "extractor/syntax/train/perceptron_trainer.h"
#include "extractor/syntax/train/trainer.h"

namespace kg {
namespace {

bool is_projective_arc(const std::vector<int>& heads, int d) {
  int h = heads[d];
  if (h < 0) return true;
  int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    int a = k;
    int steps = 0;
    while (a >= 0 && a != h && steps++ <= static_cast<int>(heads.size())) a = heads[a];
    if (a != h) return false;
  }
  return true;
}

struct Scores {
  double uas = 0, las = 0;
};

Scores evaluate(const Parser& parser, const std::vector<ParserExample>& dev) {
  size_t total = 0, uas = 0, las = 0;
  std::vector<int> heads, labels;
  for (const ParserExample& ex : dev) {
    int n = static_cast<int>(ex.tokens.size());
    heads.resize(n);
    labels.resize(n);
    parser.parse(ex.tokens.data(), n, heads.data(), labels.data());
    for (int i = 0; i < n; ++i) {
      ++total;
      if (heads[i] == ex.heads[i]) {
        ++uas;
        if (labels[i] == ex.labels[i]) ++las;
      }
    }
  }
  double t = static_cast<double>(std::max<size_t>(1, total));
  return {100.0 * static_cast<double>(uas) / t, 100.0 * static_cast<double>(las) / t};
}

constexpr int kInf = 1 << 20;

// Transition costs against one gold tree (root = position n).
class Oracle {
 public:
  Oracle(const ParserExample& ex, int n_actions) : ex_(ex), n_(static_cast<int>(ex.tokens.size())) {
    gh_.resize(n_);
    // The root's children are not tracked: LEFT-ARC(root) stays possible to the end.
    children_.assign(n_, {});
    for (int d = 0; d < n_; ++d) {
      gh_[d] = ex.heads[d] < 0 ? n_ : ex.heads[d];
      if (gh_[d] < n_) children_[gh_[d]].push_back(d);
    }
    cost_.resize(n_actions);
    in_stack_.assign(n_, 0);
  }

  // cost()[a] = gold arcs that action a makes unreachable (kInf when invalid).
  const std::vector<int>& costs(const ParserState& st) {
    std::fill(in_stack_.begin(), in_stack_.end(), 0);
    for (int i = st.s0(); i >= 0; i = st.node(i).below) in_stack_[i] = 1;
    const int s0 = st.s0(), b = st.b;
    int c_shift = kInf, c_reduce = kInf, c_left = kInf, c_right = kInf;
    if (st.can_shift()) {
      c_shift = 0;
      for (int d : children_[b])
        if (in_stack_[d] && st.node(d).head < 0) ++c_shift;
      if (gh_[b] < n_ && in_stack_[gh_[b]]) ++c_shift;
    }
    if (st.can_reduce()) {
      c_reduce = 0;
      for (int d : children_[s0])
        if (d >= b) ++c_reduce;
    }
    if (st.can_left()) {
      c_left = 0;
      for (int d : children_[s0])
        if (d >= b) ++c_left;
      if (gh_[s0] > b) ++c_left;
    }
    if (st.can_right()) {
      c_right = 0;
      if (gh_[b] != s0 && (gh_[b] > b || in_stack_[gh_[b]])) ++c_right;
      for (int d : children_[b])
        if (in_stack_[d] && st.node(d).head < 0) ++c_right;
    }
    cost_[kShift] = c_shift;
    cost_[kReduce] = c_reduce;
    const int n_labels = (static_cast<int>(cost_.size()) - 2) / 2;
    for (int l = 0; l < n_labels; ++l) {
      int left = left_arc(l), right = right_arc(l);
      cost_[left] =
          !st.valid(left) ? kInf : c_left + (gh_[s0] == b && b < n_ && ex_.labels[s0] != l);
      cost_[right] = !st.valid(right) ? kInf : c_right + (gh_[b] == s0 && ex_.labels[b] != l);
    }
    return cost_;
  }

  // The static oracle: a zero-cost sequence preferring arcs, then REDUCE, then SHIFT.
  std::vector<int> gold_sequence(int root_label) {
    std::vector<int> actions;
    ParserState st;
    st.init(n_, root_label);
    while (!st.terminal()) {
      const std::vector<int>& c = costs(st);
      int best = -1;
      for (int a = 2; a < static_cast<int>(c.size()) && best < 0; ++a)
        if (c[a] == 0) best = a;
      if (best < 0) best = c[kReduce] == 0 ? kReduce : kShift;
      actions.push_back(best);
      st.apply(best);
    }
    return actions;
  }

 private:
  const ParserExample& ex_;
  int n_;
  std::vector<int> gh_, cost_;
  std::vector<char> in_stack_;
  std::vector<std::vector<int>> children_;
};

// Greedy: wrong transitions of all transitions; beam: sentences updated of all sentences.
struct EpochStats {
  size_t errors = 0, decisions = 0;
};

// One sentence with the dynamic oracle.
void train_greedy(const ParserExample& ex, bool clusters, int root_label, bool explore,
                  double explore_p, PerceptronTrainer& model, TrainRng& rng, EpochStats& stats) {
  const int n_actions = static_cast<int>(model.n_classes());
  Oracle oracle(ex, n_actions);
  std::vector<float> scores(n_actions);
  uint64_t keys[kMaxParserFeatures];
  ParserState st;
  st.init(static_cast<int>(ex.tokens.size()), root_label);
  while (!st.terminal()) {
    const std::vector<int>& cost = oracle.costs(st);
    size_t nk = parser_features(st, ex.tokens.data(), clusters, keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model.score(keys, nk, scores.data());
    int pred = -1, gold = -1, min_cost = kInf;
    for (int a = 0; a < n_actions; ++a) min_cost = std::min(min_cost, cost[a]);
    float best_p = -std::numeric_limits<float>::infinity();
    float best_g = best_p;
    for (int a = 0; a < n_actions; ++a) {
      if (cost[a] >= kInf) continue;
      if (scores[a] > best_p || pred < 0) {
        best_p = scores[a];
        pred = a;
      }
      if (cost[a] == min_cost && (scores[a] > best_g || gold < 0)) {
        best_g = scores[a];
        gold = a;
      }
    }
    model.tick();
    ++stats.decisions;
    int next = pred;
    if (cost[pred] > min_cost) {
      ++stats.errors;
      model.update(keys, nk, static_cast<uint16_t>(gold), static_cast<uint16_t>(pred));
      if (!(explore && rng.uniform() < explore_p)) next = gold;
    }
    st.apply(next);
  }
}

// One sentence with beam search and a max-violation update: at the step where the best item
// outscores the gold prefix by most, the gold prefix's features are rewarded and the best item's
// penalised.
void train_beam(const ParserExample& ex, bool clusters, int root_label, int width,
                PerceptronTrainer& model, EpochStats& stats) {
  const int n_actions = static_cast<int>(model.n_classes());
  const int n = static_cast<int>(ex.tokens.size());
  Oracle oracle(ex, n_actions);
  std::vector<int> gold = oracle.gold_sequence(root_label);
  ParserBeam beam;
  beam.start(n, root_label, width);
  ParserState gold_state;
  gold_state.init(n, root_label);
  std::vector<float> gold_scores(n_actions);
  uint64_t keys[kMaxParserFeatures];
  float gold_score = 0, max_violation = 0;
  int gold_item = 0, worst_step = -1;
  std::vector<int> worst_history;
  for (size_t t = 0; t < gold.size(); ++t) {
    const std::vector<float>& scores =
        beam.score_actions(ex.tokens.data(), clusters, model, n_actions);
    if (gold_item >= 0) {
      gold_score += scores[static_cast<size_t>(gold_item * n_actions + gold[t])];
    } else {
      size_t nk = parser_features(gold_state, ex.tokens.data(), clusters, keys);
      std::fill(gold_scores.begin(), gold_scores.end(), 0.0f);
      model.score(keys, nk, gold_scores.data());
      gold_score += gold_scores[gold[t]];
    }
    gold_state.apply(gold[t]);
    int from = gold_item;
    beam.advance(scores.data(), n_actions);
    gold_item = -1;
    for (int k = 0; k < beam.size() && from >= 0; ++k)
      if (beam.parent(k) == from && beam.action(k) == gold[t]) gold_item = k;
    if (gold_item != 0 && beam.score(0) - gold_score >= max_violation) {
      max_violation = beam.score(0) - gold_score;
      worst_step = static_cast<int>(t);
      worst_history = beam.history(0);
    }
  }
  model.tick();
  ++stats.decisions;
  if (worst_step < 0) return;
  ++stats.errors;
  // Replay both prefixes; steps before they part cancel out.
  ParserState g, p;
  g.init(n, root_label);
  p.init(n, root_label);
  bool parted = false;
  for (int t = 0; t <= worst_step; ++t) {
    parted = parted || gold[t] != worst_history[t];
    if (parted) {
      size_t nk = parser_features(g, ex.tokens.data(), clusters, keys);
      model.add(keys, nk, static_cast<uint16_t>(gold[t]), 1.0f);
      nk = parser_features(p, ex.tokens.data(), clusters, keys);
      model.add(keys, nk, static_cast<uint16_t>(worst_history[t]), -1.0f);
    }
    g.apply(gold[t]);
    p.apply(worst_history[t]);
  }
}

}  // namespace

int projectivize(std::vector<int>& heads) {
  int lifts = 0;
  int n = static_cast<int>(heads.size());
  for (int guard = 0; guard < n * n + 1; ++guard) {
    int best = -1, best_len = kInf;
    for (int d = 0; d < n; ++d) {
      if (heads[d] < 0 || is_projective_arc(heads, d)) continue;
      int len = std::abs(heads[d] - d);
      if (len < best_len) {
        best_len = len;
        best = d;
      }
    }
    if (best < 0) break;
    int h = heads[best];
    if (heads[h] < 0) break;  // cannot lift above the root
    heads[best] = heads[h];
    ++lifts;
  }
  return lifts;
}

namespace {

Parser train_one_parser(const std::vector<ParserExample>& train,
                        const std::vector<ParserExample>& dev,
                        const std::vector<std::string>& labels,
                        const std::shared_ptr<const WordClusters>& word_clusters,
                        const TrainOptions& options, std::ostream* log) {
  const bool clusters = word_clusters != nullptr && !word_clusters->empty();
  const int n_actions = 2 + 2 * static_cast<int>(labels.size());
  const int root_label =
      static_cast<int>(std::find(labels.begin(), labels.end(), "root") - labels.begin());
  PerceptronTrainer model(static_cast<uint32_t>(n_actions));
  TrainRng rng(options.seed * 7919 + 17);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Parser best_parser;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.parser_epochs; ++epoch) {
    rng.shuffle(order);
    bool explore = epoch > options.explore_after;
    EpochStats stats;
    for (size_t idx : order) {
      if (options.beam > 1) {
        train_beam(train[idx], clusters, root_label, options.beam, model, stats);
      } else {
        train_greedy(train[idx], clusters, root_label, explore, options.explore_p, model, rng,
                     stats);
      }
    }
    bool last = epoch == options.parser_epochs;
    if (dev.empty() && !last) continue;
    Parser parser(labels, model.averaged(options.prune), options.beam, word_clusters);
    Scores s = dev.empty() ? Scores{} : evaluate(parser, dev);
    if (log) {
      *log << "parser epoch " << epoch << ": train errors " << std::fixed << std::setprecision(2)
           << 100.0 * static_cast<double>(stats.errors) /
                  static_cast<double>(std::max<size_t>(1, stats.decisions))
           << "%, features " << model.n_features();
      if (!dev.empty()) *log << ", dev UAS " << s.uas << " LAS " << s.las;
      *log << std::endl;
    }
    if (dev.empty() || s.las > best_las) {
      best_las = s.las;
      best_parser = std::move(parser);
    }
  }
  return best_parser;
}

// The average of the parsers' weights, dropping those below `prune`.
WeightTable average_weights(const std::vector<Parser>& parsers, float prune) {
  std::unordered_map<uint64_t, size_t> index;
  std::vector<WeightTable::Row> sum;
  for (const Parser& p : parsers) {
    for (WeightTable::Row& row : p.weights().rows()) {
      auto [it, fresh] = index.emplace(row.key, sum.size());
      if (fresh) {
        sum.push_back(std::move(row));
        continue;
      }
      auto& weights = sum[it->second].weights;
      for (const auto& [cls, w] : row.weights) {
        auto same = std::find_if(weights.begin(), weights.end(),
                                 [c = cls](const auto& e) { return e.first == c; });
        if (same == weights.end()) {
          weights.emplace_back(cls, w);
        } else {
          same->second += w;
        }
      }
    }
  }
  const auto n = static_cast<float>(parsers.size());
  std::vector<WeightTable::Row> kept;
  kept.reserve(sum.size());
  for (WeightTable::Row& row : sum) {
    std::vector<std::pair<uint16_t, float>> weights;
    for (const auto& [cls, w] : row.weights)
      if (std::fabs(w / n) >= prune && w != 0) weights.emplace_back(cls, w / n);
    if (!weights.empty()) kept.push_back({row.key, std::move(weights)});
  }
  return WeightTable(kept, parsers.front().weights().n_classes());
}

}  // namespace

Parser train_parser(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                    const std::vector<std::string>& labels,
                    const std::shared_ptr<const WordClusters>& word_clusters,
                    const TrainOptions& options, std::ostream* log) {
  if (options.parsers <= 1)
    return train_one_parser(train, dev, labels, word_clusters, options, log);
  // One thread per parser, each with its own seed and log, printed in order afterwards.
  std::vector<Parser> parsers(static_cast<size_t>(options.parsers));
  std::vector<std::ostringstream> logs(parsers.size());
  parallel_for(parsers.size(), static_cast<unsigned>(parsers.size()), [&](size_t i) {
    TrainOptions one = options;
    one.seed = options.seed + 1000 * i;
    parsers[i] = train_one_parser(train, dev, labels, word_clusters, one, &logs[i]);
  });
  for (size_t i = 0; i < parsers.size() && log; ++i)
    *log << "parser " << (i + 1) << "/" << parsers.size() << ":\n" << logs[i].str();
  Parser merged(labels, average_weights(parsers, options.prune), options.beam, word_clusters);
  if (log && !dev.empty()) {
    Scores s = evaluate(merged, dev);
    *log << "parsers averaged: dev UAS " << std::fixed << std::setprecision(2) << s.uas << " LAS "
         << s.las << std::endl;
  }
  return merged;
}

}  // namespace kg
