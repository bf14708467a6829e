#include "extractor/syntax/parser.h"

#include <algorithm>
#include <limits>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include "extractor/syntax/model_file.h"

namespace kg {

void ParserState::init(int n_tokens, int root_label_index) {
  n = n_tokens;
  b = 0;
  root_label = root_label_index;
  top = -1;
  depth = 0;
  nodes.assign(static_cast<size_t>(n) + 1, Node{});
}

bool ParserState::valid(int action) const {
  if (action == kShift) return can_shift();
  if (action == kReduce) return can_reduce();
  // The root takes LEFT-ARC(root) only, and only the root takes it.
  bool to_root = (action - 2) / 2 == root_label;
  if ((action & 1) == 0) return can_left() && to_root == (b >= n);
  return can_right() && !to_root;
}

int ParserState::forced_action() const {
  if (top < 0) return b < n ? kShift : -1;
  if (b < n) return -1;
  if (node(top).head >= 0) return kReduce;
  return root_label >= 0 ? left_arc(root_label) : -1;
}

void ParserState::push(int i) {
  nodes[static_cast<size_t>(i)].below = top;
  top = i;
  ++depth;
}

void ParserState::pop() {
  top = node(top).below;
  --depth;
}

void ParserState::apply(int action) {
  if (action == kShift) {
    push(b++);
    return;
  }
  if (action == kReduce) {
    pop();
    return;
  }
  const int l = (action - 2) / 2;
  if ((action & 1) == 0) {  // LEFT-ARC: s0 <- b0
    const int s = top;
    pop();
    add_arc(b, s, l);
  } else {  // RIGHT-ARC: s0 -> b0, push b0
    add_arc(top, b, l);
    push(b++);
  }
}

void ParserState::add_arc(int h, int d, int l) {
  Node& head = nodes[static_cast<size_t>(h)];
  Node& dep = nodes[static_cast<size_t>(d)];
  dep.head = h;
  dep.label = l;
  const uint64_t bit = 1ULL << (l & 63);
  if (d < h) {
    head.lc2 = head.lc1;
    head.lc1 = d;
    if (head.nl < 255) ++head.nl;
    head.lset |= bit;
  } else {
    head.rc2 = head.rc1;
    head.rc1 = d;
    if (head.nr < 255) ++head.nr;
    head.rset |= bit;
  }
}

ParserContext parser_context(const ParserState& st) {
  const int n = st.n;
  ParserContext ctx;
  ctx.s0 = st.s0();
  ctx.s1 = st.s1();
  ctx.n0 = st.b < n ? st.b : -1;
  ctx.n1 = st.b + 1 < n ? st.b + 1 : -1;
  ctx.n2 = st.b + 2 < n ? st.b + 2 : -1;
  auto head_of = [&](int i) { return i < 0 || st.node(i).head >= n ? -1 : st.node(i).head; };
  ctx.s0h = head_of(ctx.s0);
  ctx.s0h2 = head_of(ctx.s0h);
  if (ctx.s0 >= 0) {
    const ParserState::Node& s0 = st.node(ctx.s0);
    ctx.s0l = s0.lc1;
    ctx.s0l2 = s0.lc2;
    ctx.s0r = s0.rc1;
    ctx.s0r2 = s0.rc2;
    ctx.s0_left = s0.nl;
    ctx.s0_right = s0.nr;
    ctx.s0_prev = ctx.s0 - 1;
    ctx.s0_next = ctx.s0 + 1 < n ? ctx.s0 + 1 : -1;
  }
  if (ctx.n0 >= 0) {
    const ParserState::Node& n0 = st.node(ctx.n0);
    ctx.n0l = n0.lc1;
    ctx.n0l2 = n0.lc2;
    ctx.n0_left = n0.nl;
    ctx.n0_prev = ctx.n0 - 1;
  }
  ctx.depth = std::min(st.depth, 4);
  return ctx;
}

namespace {

// What the templates read of a token or an arc, with the value for "no such position".
struct FeatureWriter {
  const ParserToken* toks;
  uint64_t* out;
  size_t k = 0;
  uint64_t w(int i) const { return i < 0 ? 1 : toks[i].word; }
  uint64_t p(int i) const { return i < 0 ? 0xFFFF : toks[i].xpos; }
  uint64_t u(int i) const { return i < 0 ? 0xFFFF : toks[i].upos; }
  uint64_t wp(int i) const { return i < 0 ? 1 : mix64(toks[i].word ^ (toks[i].xpos + 7)); }
  // Word clusters: level 1 middle, 2 fine.
  uint64_t c(int i, int level) const { return i < 0 ? 0xFFFF : cluster_at(toks[i].cluster, level); }
  void add(uint32_t t, uint64_t x, uint64_t y = 0, uint64_t z = 0) {
    out[k++] = feature_key(t, x, y, z);
  }
};

uint64_t arc_label(const ParserState& st, int i) {
  return i < 0 ? 0xFFFF : static_cast<uint64_t>(st.node(i).label + 1);
}
uint64_t left_labels(const ParserState& st, int i) { return i < 0 ? 1ULL << 63 : st.node(i).lset; }
uint64_t right_labels(const ParserState& st, int i) { return i < 0 ? 1ULL << 63 : st.node(i).rset; }
uint64_t valency(int i, int count) { return i < 0 ? 0xFF : static_cast<uint64_t>(count); }

}  // namespace

size_t buffer_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                       uint64_t* out) {
  FeatureWriter f{toks, out};
  const int n0 = ctx.n0, n1 = ctx.n1, n2 = ctx.n2;
  f.add(3, f.wp(n0));
  f.add(4, f.w(n0));
  f.add(5, f.p(n0));
  f.add(6, f.wp(n1));
  f.add(7, f.w(n1));
  f.add(8, f.p(n1));
  f.add(9, f.wp(n2));
  f.add(10, f.w(n2));
  f.add(11, f.p(n2));
  f.add(19, f.p(n0), f.p(n1));
  f.add(20, f.p(n0), f.p(n1), f.p(n2));
  if (clusters) {
    f.add(87, f.c(n0, 1));
    f.add(88, f.c(n1, 1));
    f.add(90, f.c(n0, 2));
  }
  return f.k;
}

size_t stack_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                      uint64_t* out) {
  FeatureWriter f{toks, out};
  const int s0 = ctx.s0, s0h = ctx.s0h, s0h2 = ctx.s0h2, s0l = ctx.s0l, s0l2 = ctx.s0l2;
  const int s0r = ctx.s0r, s0r2 = ctx.s0r2;
  const uint64_t vs0l = valency(s0, ctx.s0_left), vs0r = valency(s0, ctx.s0_right);
  f.add(0, f.wp(s0));
  f.add(1, f.w(s0));
  f.add(2, f.p(s0));
  // Valency.
  f.add(32, f.w(s0), vs0r);
  f.add(33, f.p(s0), vs0r);
  f.add(34, f.w(s0), vs0l);
  f.add(35, f.p(s0), vs0l);
  // Heads and children, second and third order.
  f.add(38, f.w(s0h));
  f.add(39, f.p(s0h));
  f.add(41, f.w(s0l));
  f.add(42, f.p(s0l));
  f.add(44, f.w(s0r));
  f.add(45, f.p(s0r));
  f.add(50, f.w(s0h2));
  f.add(51, f.p(s0h2));
  f.add(53, f.w(s0l2));
  f.add(54, f.p(s0l2));
  f.add(56, f.w(s0r2));
  f.add(57, f.p(s0r2));
  f.add(62, f.p(s0), f.p(s0l), f.p(s0l2));
  f.add(63, f.p(s0), f.p(s0r), f.p(s0r2));
  f.add(64, f.p(s0), f.p(s0h), f.p(s0h2));
  if (clusters) {
    f.add(86, f.c(s0, 1));
    f.add(89, f.c(s0, 2));
    f.add(94, f.c(s0h, 1), f.c(s0, 1));
  }
  return f.k;
}

size_t buffer_child_features(const ParserContext& ctx, const ParserToken* toks, uint64_t* out) {
  FeatureWriter f{toks, out};
  const int n0 = ctx.n0, n0l = ctx.n0l, n0l2 = ctx.n0l2;
  const uint64_t vn0l = valency(n0, ctx.n0_left);
  f.add(36, f.w(n0), vn0l);
  f.add(37, f.p(n0), vn0l);
  f.add(47, f.w(n0l));
  f.add(48, f.p(n0l));
  f.add(59, f.w(n0l2));
  f.add(60, f.p(n0l2));
  f.add(65, f.p(n0), f.p(n0l), f.p(n0l2));
  return f.k;
}

size_t pair_core_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                          uint64_t* out) {
  FeatureWriter f{toks, out};
  const int s0 = ctx.s0, n0 = ctx.n0, n1 = ctx.n1;
  uint64_t dist = 0;
  if (s0 >= 0 && n0 >= 0) {
    int d = n0 - s0;
    dist = d <= 5 ? static_cast<uint64_t>(d) : d <= 10 ? 6 : d <= 20 ? 7 : 8;
  }
  f.add(12, f.wp(s0), f.wp(n0));
  f.add(13, f.wp(s0), f.w(n0));
  f.add(14, f.w(s0), f.wp(n0));
  f.add(15, f.wp(s0), f.p(n0));
  f.add(16, f.p(s0), f.wp(n0));
  f.add(17, f.w(s0), f.w(n0));
  f.add(18, f.p(s0), f.p(n0));
  f.add(21, f.p(s0), f.p(n0), f.p(n1));
  // Distance.
  f.add(26, f.w(s0), dist);
  f.add(27, f.p(s0), dist);
  f.add(28, f.w(n0), dist);
  f.add(29, f.p(n0), dist);
  f.add(30, f.w(s0), f.w(n0), dist);
  f.add(31, f.p(s0), f.p(n0), dist);
  // Extra context (beyond Zhang & Nivre): the next word, the words beside s0 and before n0.
  f.add(76, f.w(s0), f.p(n0), f.p(n1));
  f.add(77, f.p(s0), f.w(n0), f.p(n1));
  f.add(78, f.p(s0), f.p(n0), f.w(n1));
  f.add(83, f.p(ctx.s0_prev), f.p(s0), f.p(n0));
  f.add(84, f.p(s0), f.p(ctx.n0_prev), f.p(n0));
  f.add(85, f.p(s0), f.p(ctx.s0_next), f.p(n0));
  if (clusters) {
    f.add(91, f.c(s0, 1), f.c(n0, 1));
    f.add(92, f.c(s0, 1), f.p(n0));
    f.add(93, f.p(s0), f.c(n0, 1));
    f.add(95, f.c(s0, 2), f.c(n0, 2));
  }
  return f.k;
}

size_t pair_features(const ParserContext& ctx, const ParserToken* toks, uint64_t* out) {
  FeatureWriter f{toks, out};
  const int s0 = ctx.s0, s1 = ctx.s1, n0 = ctx.n0;
  f.add(22, f.p(ctx.s0h), f.p(s0), f.p(n0));
  f.add(23, f.p(s0), f.p(ctx.s0l), f.p(n0));
  f.add(24, f.p(s0), f.p(ctx.s0r), f.p(n0));
  f.add(25, f.p(s0), f.p(n0), f.p(ctx.n0l));
  // Second stack item, the head of s0 and the stack depth (beyond Zhang & Nivre).
  f.add(72, f.wp(s1));
  f.add(73, f.p(s1), f.p(s0), f.p(n0));
  f.add(80, f.w(ctx.s0h), f.p(s0), f.p(n0));
  f.add(82, static_cast<uint64_t>(ctx.depth), f.p(n0));
  return f.k;
}

size_t stack_label_features(const ParserContext& ctx, const ParserState& st,
                            const ParserToken* toks, uint64_t* out) {
  FeatureWriter f{toks, out};
  const int s0 = ctx.s0;
  const uint64_t ls0l = left_labels(st, s0), ls0r = right_labels(st, s0);
  f.add(40, arc_label(st, s0));
  f.add(43, arc_label(st, ctx.s0l));
  f.add(46, arc_label(st, ctx.s0r));
  f.add(52, arc_label(st, ctx.s0h));
  f.add(55, arc_label(st, ctx.s0l2));
  f.add(58, arc_label(st, ctx.s0r2));
  f.add(66, f.w(s0), ls0r);
  f.add(67, f.p(s0), ls0r);
  f.add(68, f.w(s0), ls0l);
  f.add(69, f.p(s0), ls0l);
  f.add(81, f.u(s0), arc_label(st, ctx.s0l), arc_label(st, ctx.s0r));
  return f.k;
}

size_t buffer_label_features(const ParserContext& ctx, const ParserState& st,
                             const ParserToken* toks, uint64_t* out) {
  FeatureWriter f{toks, out};
  const uint64_t ln0l = left_labels(st, ctx.n0);
  f.add(49, arc_label(st, ctx.n0l));
  f.add(61, arc_label(st, ctx.n0l2));
  f.add(70, f.w(ctx.n0), ln0l);
  f.add(71, f.p(ctx.n0), ln0l);
  return f.k;
}

size_t pair_label_features(const ParserContext& ctx, const ParserState& st, const ParserToken* toks,
                           uint64_t* out) {
  FeatureWriter f{toks, out};
  const int s0 = ctx.s0, s1 = ctx.s1, n0 = ctx.n0;
  f.add(74, f.p(s1), arc_label(st, s1 >= 0 ? st.node(s1).rc1 : -1));
  f.add(75, f.u(s0), f.u(n0), arc_label(st, s0));
  f.add(79, arc_label(st, s0), f.p(s0), f.p(n0));
  return f.k;
}

size_t group_key(ParserGroup group, const ParserContext& ctx, const ParserState& st,
                 uint64_t* out) {
  auto pos = [](int i) { return static_cast<uint64_t>(static_cast<int64_t>(i)); };
  size_t k = 0;
  auto put = [&](std::initializer_list<uint64_t> values) {
    for (uint64_t v : values) out[k++] = v;
  };
  switch (group) {
    case ParserGroup::kBuffer:
      put({pos(ctx.n0)});
      break;
    case ParserGroup::kStack:
      put({pos(ctx.s0), pos(ctx.s0h), pos(ctx.s0h2), pos(ctx.s0l), pos(ctx.s0l2), pos(ctx.s0r),
           pos(ctx.s0r2), pos(ctx.s0_left), pos(ctx.s0_right)});
      break;
    case ParserGroup::kBufferChildren:
      put({pos(ctx.n0), pos(ctx.n0l), pos(ctx.n0l2), pos(ctx.n0_left)});
      break;
    case ParserGroup::kPairCore:
      put({pos(ctx.s0), pos(ctx.n0)});
      break;
    case ParserGroup::kStackLabels:
      put({pos(ctx.s0), arc_label(st, ctx.s0), arc_label(st, ctx.s0l), arc_label(st, ctx.s0r),
           arc_label(st, ctx.s0h), arc_label(st, ctx.s0l2), arc_label(st, ctx.s0r2),
           left_labels(st, ctx.s0), right_labels(st, ctx.s0)});
      break;
    case ParserGroup::kBufferLabels:
      put({pos(ctx.n0), arc_label(st, ctx.n0l), arc_label(st, ctx.n0l2), left_labels(st, ctx.n0)});
      break;
  }
  return k;
}

size_t group_features(ParserGroup group, const ParserContext& ctx, const ParserState& st,
                      const ParserToken* toks, bool clusters, uint64_t* out) {
  switch (group) {
    case ParserGroup::kBuffer:
      return buffer_features(ctx, toks, clusters, out);
    case ParserGroup::kStack:
      return stack_features(ctx, toks, clusters, out);
    case ParserGroup::kBufferChildren:
      return buffer_child_features(ctx, toks, out);
    case ParserGroup::kPairCore:
      return pair_core_features(ctx, toks, clusters, out);
    case ParserGroup::kStackLabels:
      return stack_label_features(ctx, st, toks, out);
    case ParserGroup::kBufferLabels:
      return buffer_label_features(ctx, st, toks, out);
  }
  return 0;
}

size_t label_free_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                           uint64_t* out) {
  size_t k = buffer_features(ctx, toks, clusters, out);
  k += stack_features(ctx, toks, clusters, out + k);
  k += buffer_child_features(ctx, toks, out + k);
  k += pair_core_features(ctx, toks, clusters, out + k);
  return k + pair_features(ctx, toks, out + k);
}

size_t label_features(const ParserContext& ctx, const ParserState& st, const ParserToken* toks,
                      uint64_t* out) {
  size_t k = stack_label_features(ctx, st, toks, out);
  k += buffer_label_features(ctx, st, toks, out + k);
  return k + pair_label_features(ctx, st, toks, out + k);
}
size_t parser_features(const ParserState& st, const ParserToken* toks, bool clusters,
                       uint64_t* out) {
  ParserContext ctx = parser_context(st);
  size_t k = label_free_features(ctx, toks, clusters, out);
  return k + label_features(ctx, st, toks, out + k);
}

void ParserBeam::start(int n, int root_label, int width, float margin) {
  width_ = std::max(1, width);
  margin_ = margin;
  states_.resize(1);
  states_[0].init(n, root_label);
  lattice_.assign(1, Item{});
  steps_.assign(1, 0);
  cache_.clear();  // group sums are of this sentence's tokens
  sums_.clear();
}

namespace {

// Bit i set when base + s[i] > worst, for i < n <= 8: the sums the beam compares, rounded the same
// way; a full block of eight in two SSE comparisons.
uint32_t above_mask(const float* s, int n, float base, float worst) {
#if defined(__SSE2__)
  if (n == 8) {
    const __m128 b = _mm_set1_ps(base), w = _mm_set1_ps(worst);
    const __m128 lo = _mm_add_ps(_mm_loadu_ps(s), b), hi = _mm_add_ps(_mm_loadu_ps(s + 4), b);
    return static_cast<uint32_t>(_mm_movemask_ps(_mm_cmpgt_ps(lo, w)) |
                                 _mm_movemask_ps(_mm_cmpgt_ps(hi, w)) << 4);
  }
#endif
  uint32_t mask = 0;
  for (int i = 0; i < n; ++i) mask |= uint32_t{base + s[i] > worst} << i;
  return mask;
}

}  // namespace

void ParserBeam::advance(const float* scores, int n_actions) {
  // The `width` best candidates so far, best first. Candidates come in (item, action) order, so
  // a newcomer ranks below every kept candidate of equal score (ties: lower item, then lower
  // action): it goes after them, and once the beam is full it must beat the worst kept one.
  // Items come best first, so that bar rises early and most scores fail one vector comparison.
  candidates_.clear();
  const auto width = static_cast<size_t>(width_);
  float worst = -std::numeric_limits<float>::infinity();
  // A candidate more than the margin below the best so far is out too (the best only rises), so
  // the bar is the higher of the two.
  auto push = [&](float score, int k, int a) {
    size_t i = candidates_.size();
    if (i == width) {
      --i;  // the worst kept candidate is dropped
    } else {
      candidates_.emplace_back();
    }
    for (; i > 0 && candidates_[i - 1].score < score; --i) candidates_[i] = candidates_[i - 1];
    candidates_[i] = Candidate{score, k, a};
    worst = candidates_[0].score - margin_;
    if (candidates_.size() == width) worst = std::max(worst, candidates_.back().score);
  };
  for (int k = 0; k < size(); ++k) {
    // The valid actions, in action order, as ParserState::valid() decides them.
    const ParserState& st = states_[k];
    const float base = score(k);
    const float* s = scores + static_cast<size_t>(k) * n_actions;
    auto consider = [&](int a) {
      const float score = base + s[a];
      if (score > worst) push(score, k, a);
    };
    if (st.can_shift()) consider(kShift);
    if (st.can_reduce()) consider(kReduce);
    const bool left = st.can_left(), right = st.can_right();
    const int root = st.root_label;
    if (st.b >= st.n) {
      // Only the artificial root is left: it takes LEFT-ARC(root), and nothing else does.
      if (left && root >= 0) consider(left_arc(root));
      continue;
    }
    if (!left && !right) continue;
    // Arcs other than the root's, eight at a time: LEFT-ARCs are the even actions (bits 0, 2, 4
    // and 6 of a block from an even action), RIGHT-ARCs the odd ones.
    const uint32_t valid = (left ? 0x55u : 0u) | (right ? 0xAAu : 0u);
    for (int first = 2; first < n_actions; first += 8) {
      const int n = std::min(8, n_actions - first);
      for (uint32_t m = above_mask(s + first, n, base, worst) & valid; m != 0; m &= m - 1) {
        const int a = first + __builtin_ctz(m);
        // push() may raise `worst` within the block.
        if ((a - 2) / 2 != root) consider(a);
      }
    }
  }
  // Best first, so the candidates below the margin of the final best are at the end.
  size_t keep = candidates_.size();
  while (keep > 1 && !(candidates_[keep - 1].score > candidates_[0].score - margin_)) --keep;
  next_.resize(keep);
  steps_.push_back(lattice_.size());
  for (size_t i = 0; i < keep; ++i) {
    const Candidate& c = candidates_[i];
    // An item's last successor takes its state instead of a copy.
    bool last_use = true;
    for (size_t j = i + 1; j < keep && last_use; ++j) last_use = candidates_[j].item != c.item;
    if (last_use) {
      std::swap(next_[i], states_[c.item]);
    } else {
      next_[i] = states_[c.item];
    }
    next_[i].apply(c.action);
    lattice_.push_back(Item{c.score, c.item, c.action});
  }
  states_.swap(next_);
}

std::vector<int> ParserBeam::history(int k) const {
  std::vector<int> actions(steps_.size() - 1);
  for (size_t t = steps_.size() - 1; t > 0; --t) {
    const Item& item = lattice_[steps_[t] + static_cast<size_t>(k)];
    actions[t - 1] = item.action;
    k = item.parent;
  }
  return actions;
}

Parser::Parser(std::vector<std::string> labels, WeightTable weights, int beam,
               std::shared_ptr<const WordClusters> clusters)
    : labels_(std::move(labels)),
      beam_(std::max(1, beam)),
      clusters_(clusters && !clusters->empty() ? std::move(clusters) : nullptr),
      weights_(std::move(weights)) {
  auto it = std::find(labels_.begin(), labels_.end(), "root");
  root_label_ = it == labels_.end() ? -1 : static_cast<int>(it - labels_.begin());
}

void Parser::parse_greedy(const ParserToken* toks, ParserState& st) const {
  std::vector<float> scores(n_actions());
  uint64_t keys[kMaxParserFeatures];
  while (!st.terminal()) {
    if (int forced = st.forced_action(); forced >= 0) {
      st.apply(forced);
      continue;
    }
    size_t nk = parser_features(st, toks, uses_clusters(), keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.score(keys, nk, scores.data());
    int best = -1;
    float best_score = -std::numeric_limits<float>::infinity();
    for (int a = 0; a < static_cast<int>(scores.size()); ++a) {
      if (scores[a] > best_score && st.valid(a)) {
        best_score = scores[a];
        best = a;
      }
    }
    st.apply(best);
  }
}

void Parser::parse_beam(const ParserToken* toks, ParserState& st) const {
  // One beam per thread, so that its buffers are allocated once, not per sentence.
  thread_local ParserBeam beam;
  beam.start(st.n, root_label_, beam_, beam_margin_);
  const int n_act = static_cast<int>(n_actions());
  while (!beam.terminal())
    beam.advance(beam.score_actions(toks, uses_clusters(), weights_, n_act).data(), n_act);
  st = beam.state(0);
}

void Parser::parse(const ParserToken* toks, int n, int* heads, int* labels) const {
  ParserState st;
  st.init(n, root_label_);
  if (beam_ > 1) {
    parse_beam(toks, st);
  } else {
    parse_greedy(toks, st);
  }
  for (int i = 0; i < n; ++i) {
    const ParserState::Node& node = st.node(i);
    bool root = node.head < 0 || node.head >= n;
    heads[i] = root ? -1 : node.head;
    labels[i] = root ? -1 : node.label;
  }
  finish_tree(n, heads);
}

int finish_tree(int n, int* heads) {
  int root = -1;
  for (int i = 0; i < n; ++i) {
    if (heads[i] >= 0) continue;
    if (root < 0) {
      root = i;
    } else {
      heads[i] = root;
    }
  }
  return root;
}

void Parser::write(ByteWriter& w) const {
  w.u32(static_cast<uint32_t>(labels_.size()));
  for (const auto& l : labels_) w.str(l);
  w.u32(static_cast<uint32_t>(beam_));
  weights_.write(w);
}

Parser Parser::read(ByteReader& r, std::shared_ptr<const WordClusters> clusters, uint32_t version) {
  std::vector<std::string> labels;
  uint32_t n = r.count(4);
  if (n == 0 || n > 1000) r.fail("bad label count");
  for (uint32_t i = 0; i < n; ++i) labels.push_back(r.str());
  if (std::find(labels.begin(), labels.end(), "root") == labels.end())
    r.fail("parser labels lack root");
  uint32_t beam = r.u32();
  if (beam == 0 || beam > 64) r.fail("bad beam width");
  WeightTable weights = WeightTable::read(r, version);
  if (weights.n_classes() != 2 + 2 * labels.size()) r.fail("parser weights do not match labels");
  return Parser(std::move(labels), std::move(weights), static_cast<int>(beam), std::move(clusters));
}

}  // namespace kg
