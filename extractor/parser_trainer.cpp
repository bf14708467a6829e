// Training of the arc-eager parser with the dynamic oracle of Goldberg & Nivre (2012): at every
// configuration the cost of each transition is the number of gold arcs it makes unreachable, the
// perceptron is updated toward the best zero-cost transition, and after the first epoch the
// parser follows its own (possibly wrong) prediction with probability explore_p, so that it learns
// to recover from its mistakes.
#include <algorithm>
#include <iomanip>
#include <limits>
#include <ostream>

#include "extractor/perceptron_trainer.h"
#include "extractor/trainer.h"

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

Parser train_parser(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                    const std::vector<std::string>& labels, const TrainOptions& options,
                    std::ostream* log) {
  const int n_labels = static_cast<int>(labels.size());
  const int n_actions = 2 + 2 * n_labels;
  PerceptronTrainer model(static_cast<uint32_t>(n_actions));
  TrainRng rng(options.seed * 7919 + 17);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(n_actions);
  std::vector<int> cost(n_actions);
  uint64_t keys[kMaxParserFeatures];
  ParserState st;
  std::vector<char> in_stack;
  std::vector<std::vector<int>> children;
  Parser best_parser;
  double best_las = -1;

  for (int epoch = 1; epoch <= options.parser_epochs; ++epoch) {
    rng.shuffle(order);
    bool explore = epoch > options.explore_after;
    size_t errors = 0, decisions = 0;
    for (size_t idx : order) {
      const ParserExample& ex = train[idx];
      const int n = static_cast<int>(ex.tokens.size());
      const std::vector<int>& gh = ex.heads;
      children.assign(n, {});
      for (int d = 0; d < n; ++d)
        if (gh[d] >= 0) children[gh[d]].push_back(d);
      st.init(n);
      in_stack.assign(n, 0);
      while (!st.terminal()) {
        const int s0 = st.s0();
        const int b = st.b;
        // Unlabelled costs of the four transition types.
        int c_shift = kInf, c_reduce = kInf, c_left = kInf, c_right = kInf;
        if (st.can_shift()) {
          c_shift = 0;
          for (int d : children[b])
            if (in_stack[d] && st.head[d] < 0) ++c_shift;
          if (gh[b] >= 0 && in_stack[gh[b]]) ++c_shift;
        }
        if (st.can_reduce()) {
          c_reduce = 0;
          for (int d : children[s0])
            if (d >= b) ++c_reduce;
        }
        if (st.can_left()) {
          c_left = 0;
          for (int d : children[s0])
            if (d >= b) ++c_left;
          if (gh[s0] < 0 || gh[s0] > b) ++c_left;
        }
        if (st.can_right()) {
          c_right = 0;
          if (gh[b] != s0 && (gh[b] < 0 || gh[b] > b || in_stack[gh[b]])) ++c_right;
          for (int d : children[b])
            if (in_stack[d] && st.head[d] < 0) ++c_right;
        }
        cost[kShift] = c_shift;
        cost[kReduce] = c_reduce;
        for (int l = 0; l < n_labels; ++l) {
          cost[left_arc(l)] = c_left == kInf ? kInf : c_left + (gh[s0] == b && ex.labels[s0] != l);
          cost[right_arc(l)] =
              c_right == kInf ? kInf : c_right + (gh[b] == s0 && ex.labels[b] != l);
        }
        size_t nk = parser_features(st, ex.tokens.data(), keys);
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
        ++decisions;
        int next = pred;
        if (cost[pred] > min_cost) {
          ++errors;
          model.update(keys, nk, static_cast<uint16_t>(gold), static_cast<uint16_t>(pred));
          if (!(explore && rng.uniform() < options.explore_p)) next = gold;
        }
        if (next == kReduce || (next >= 2 && (next & 1) == 0)) in_stack[s0] = 0;
        if (next == kShift || (next >= 2 && (next & 1) == 1)) in_stack[b] = 1;
        st.apply(next);
      }
    }
    bool last = epoch == options.parser_epochs;
    if (dev.empty() && !last) continue;
    Parser parser(labels, model.averaged(options.prune));
    Scores s = dev.empty() ? Scores{} : evaluate(parser, dev);
    if (log) {
      *log << "parser epoch " << epoch << ": train errors " << std::fixed << std::setprecision(2)
           << 100.0 * static_cast<double>(errors) / static_cast<double>(std::max<size_t>(1, decisions))
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

}  // namespace kg
