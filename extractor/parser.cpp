#include "extractor/parser.h"

#include <algorithm>
#include <limits>

#include "extractor/model_file.h"

namespace kg {

void ParserState::init(int n_tokens, int root_label_index) {
  n = n_tokens;
  b = 0;
  root_label = root_label_index;
  stack.clear();
  // One slot more than tokens: the root's left children.
  head.assign(n + 1, -1);
  label.assign(n + 1, -1);
  lc1.assign(n + 1, -1);
  lc2.assign(n + 1, -1);
  rc1.assign(n + 1, -1);
  rc2.assign(n + 1, -1);
  nl.assign(n + 1, 0);
  nr.assign(n + 1, 0);
  lset.assign(n + 1, 0);
  rset.assign(n + 1, 0);
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
  if (stack.empty()) return b < n ? kShift : -1;
  if (b < n) return -1;
  if (head[stack.back()] >= 0) return kReduce;
  return root_label >= 0 ? left_arc(root_label) : -1;
}

void ParserState::apply(int action) {
  if (action == kShift) {
    stack.push_back(b++);
    return;
  }
  if (action == kReduce) {
    stack.pop_back();
    return;
  }
  int l = (action - 2) / 2;
  if ((action & 1) == 0) {  // LEFT-ARC: s0 <- b0
    int s = stack.back();
    stack.pop_back();
    head[s] = b;
    label[s] = l;
    lc2[b] = lc1[b];
    lc1[b] = s;
    if (nl[b] < 255) ++nl[b];
    lset[b] |= 1ULL << (l & 63);
  } else {  // RIGHT-ARC: s0 -> b0, push b0
    int s = stack.back();
    head[b] = s;
    label[b] = l;
    rc2[s] = rc1[s];
    rc1[s] = b;
    if (nr[s] < 255) ++nr[s];
    rset[s] |= 1ULL << (l & 63);
    stack.push_back(b++);
  }
}

ParserContext parser_context(const ParserState& st) {
  const int n = st.n;
  ParserContext ctx;
  ctx.s0 = st.s0();
  ctx.s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  ctx.n0 = st.b < n ? st.b : -1;
  ctx.n1 = st.b + 1 < n ? st.b + 1 : -1;
  ctx.n2 = st.b + 2 < n ? st.b + 2 : -1;
  auto head_of = [&](int i) { return i < 0 || st.head[i] >= n ? -1 : st.head[i]; };
  ctx.s0h = head_of(ctx.s0);
  ctx.s0h2 = head_of(ctx.s0h);
  if (ctx.s0 >= 0) {
    ctx.s0l = st.lc1[ctx.s0];
    ctx.s0l2 = st.lc2[ctx.s0];
    ctx.s0r = st.rc1[ctx.s0];
    ctx.s0r2 = st.rc2[ctx.s0];
    ctx.s0_left = st.nl[ctx.s0];
    ctx.s0_right = st.nr[ctx.s0];
    ctx.s0_prev = ctx.s0 - 1;
    ctx.s0_next = ctx.s0 + 1 < n ? ctx.s0 + 1 : -1;
  }
  if (ctx.n0 >= 0) {
    ctx.n0l = st.lc1[ctx.n0];
    ctx.n0l2 = st.lc2[ctx.n0];
    ctx.n0_left = st.nl[ctx.n0];
    ctx.n0_prev = ctx.n0 - 1;
  }
  ctx.depth = static_cast<int>(std::min<size_t>(st.stack.size(), 4));
  return ctx;
}

size_t label_free_features(const ParserContext& ctx, const ParserToken* toks, bool clusters,
                           uint64_t* out) {
  const int s0 = ctx.s0, s1 = ctx.s1, n0 = ctx.n0, n1 = ctx.n1, n2 = ctx.n2;
  const int s0h = ctx.s0h, s0h2 = ctx.s0h2, s0l = ctx.s0l, s0l2 = ctx.s0l2, s0r = ctx.s0r, s0r2 = ctx.s0r2;
  const int n0l = ctx.n0l, n0l2 = ctx.n0l2;
  auto w = [&](int i) -> uint64_t { return i < 0 ? 1 : toks[i].word; };
  auto p = [&](int i) -> uint64_t { return i < 0 ? 0xFFFF : toks[i].xpos; };
  auto wp = [&](int i) -> uint64_t { return i < 0 ? 1 : mix64(toks[i].word ^ (toks[i].xpos + 7)); };
  uint64_t dist = 0;
  if (s0 >= 0 && n0 >= 0) {
    int d = n0 - s0;
    dist = d <= 5 ? static_cast<uint64_t>(d) : d <= 10 ? 6 : d <= 20 ? 7 : 8;
  }
  const uint64_t vs0l = s0 >= 0 ? static_cast<uint64_t>(ctx.s0_left) : 0xFF;
  const uint64_t vs0r = s0 >= 0 ? static_cast<uint64_t>(ctx.s0_right) : 0xFF;
  const uint64_t vn0l = n0 >= 0 ? static_cast<uint64_t>(ctx.n0_left) : 0xFF;

  size_t k = 0;
  auto add = [&](uint32_t t, uint64_t x, uint64_t y = 0, uint64_t z = 0) {
    out[k++] = feature_key(t, x, y, z);
  };
  // Single words.
  add(0, wp(s0));
  add(1, w(s0));
  add(2, p(s0));
  add(3, wp(n0));
  add(4, w(n0));
  add(5, p(n0));
  add(6, wp(n1));
  add(7, w(n1));
  add(8, p(n1));
  add(9, wp(n2));
  add(10, w(n2));
  add(11, p(n2));
  // Pairs.
  add(12, wp(s0), wp(n0));
  add(13, wp(s0), w(n0));
  add(14, w(s0), wp(n0));
  add(15, wp(s0), p(n0));
  add(16, p(s0), wp(n0));
  add(17, w(s0), w(n0));
  add(18, p(s0), p(n0));
  add(19, p(n0), p(n1));
  // Three tags.
  add(20, p(n0), p(n1), p(n2));
  add(21, p(s0), p(n0), p(n1));
  add(22, p(s0h), p(s0), p(n0));
  add(23, p(s0), p(s0l), p(n0));
  add(24, p(s0), p(s0r), p(n0));
  add(25, p(s0), p(n0), p(n0l));
  // Distance.
  add(26, w(s0), dist);
  add(27, p(s0), dist);
  add(28, w(n0), dist);
  add(29, p(n0), dist);
  add(30, w(s0), w(n0), dist);
  add(31, p(s0), p(n0), dist);
  // Valency.
  add(32, w(s0), vs0r);
  add(33, p(s0), vs0r);
  add(34, w(s0), vs0l);
  add(35, p(s0), vs0l);
  add(36, w(n0), vn0l);
  add(37, p(n0), vn0l);
  // Unigrams of heads and children.
  add(38, w(s0h));
  add(39, p(s0h));
  add(41, w(s0l));
  add(42, p(s0l));
  add(44, w(s0r));
  add(45, p(s0r));
  add(47, w(n0l));
  add(48, p(n0l));
  // Third order.
  add(50, w(s0h2));
  add(51, p(s0h2));
  add(53, w(s0l2));
  add(54, p(s0l2));
  add(56, w(s0r2));
  add(57, p(s0r2));
  add(59, w(n0l2));
  add(60, p(n0l2));
  add(62, p(s0), p(s0l), p(s0l2));
  add(63, p(s0), p(s0r), p(s0r2));
  add(64, p(s0), p(s0h), p(s0h2));
  add(65, p(n0), p(n0l), p(n0l2));
  // Second stack item and extra context (beyond Zhang & Nivre).
  add(72, wp(s1));
  add(73, p(s1), p(s0), p(n0));
  add(76, w(s0), p(n0), p(n1));
  add(77, p(s0), w(n0), p(n1));
  add(78, p(s0), p(n0), w(n1));
  add(80, w(s0h), p(s0), p(n0));
  add(82, static_cast<uint64_t>(ctx.depth), p(n0));
  add(83, p(ctx.s0_prev), p(s0), p(n0));
  add(84, p(s0), p(ctx.n0_prev), p(n0));
  add(85, p(s0), p(ctx.s0_next), p(n0));
  if (clusters) {
    // Word clusters (level 1 middle, 2 fine): the word templates above for words the treebank
    // has few examples of.
    auto c = [&](int i, int level) -> uint64_t {
      return i < 0 ? 0xFFFF : cluster_at(toks[i].cluster, level);
    };
    add(86, c(s0, 1));
    add(87, c(n0, 1));
    add(88, c(n1, 1));
    add(89, c(s0, 2));
    add(90, c(n0, 2));
    add(91, c(s0, 1), c(n0, 1));
    add(92, c(s0, 1), p(n0));
    add(93, p(s0), c(n0, 1));
    add(94, c(s0h, 1), c(s0, 1));
    add(95, c(s0, 2), c(n0, 2));
  }
  return k;
}

size_t label_features(const ParserContext& ctx, const ParserState& st, const ParserToken* toks,
                      uint64_t* out) {
  const int s0 = ctx.s0, s1 = ctx.s1, n0 = ctx.n0;
  const int s0h = ctx.s0h, s0l = ctx.s0l, s0l2 = ctx.s0l2, s0r = ctx.s0r, s0r2 = ctx.s0r2;
  const int n0l = ctx.n0l, n0l2 = ctx.n0l2;
  const int s1r = s1 >= 0 ? st.rc1[s1] : -1;
  auto w = [&](int i) -> uint64_t { return i < 0 ? 1 : toks[i].word; };
  auto p = [&](int i) -> uint64_t { return i < 0 ? 0xFFFF : toks[i].xpos; };
  auto u = [&](int i) -> uint64_t { return i < 0 ? 0xFFFF : toks[i].upos; };
  auto l = [&](int i) -> uint64_t {
    return i < 0 ? 0xFFFF : static_cast<uint64_t>(st.label[i] + 1);
  };
  const uint64_t ls0l = s0 >= 0 ? st.lset[s0] : 1ULL << 63;
  const uint64_t ls0r = s0 >= 0 ? st.rset[s0] : 1ULL << 63;
  const uint64_t ln0l = n0 >= 0 ? st.lset[n0] : 1ULL << 63;

  size_t k = 0;
  auto add = [&](uint32_t t, uint64_t x, uint64_t y = 0, uint64_t z = 0) {
    out[k++] = feature_key(t, x, y, z);
  };
  // Arc labels and label sets.
  add(40, l(s0));
  add(43, l(s0l));
  add(46, l(s0r));
  add(49, l(n0l));
  add(52, l(s0h));
  add(55, l(s0l2));
  add(58, l(s0r2));
  add(61, l(n0l2));
  add(66, w(s0), ls0r);
  add(67, p(s0), ls0r);
  add(68, w(s0), ls0l);
  add(69, p(s0), ls0l);
  add(70, w(n0), ln0l);
  add(71, p(n0), ln0l);
  add(74, p(s1), l(s1r));
  add(75, u(s0), u(n0), l(s0));
  add(79, l(s0), p(s0), p(n0));
  add(81, u(s0), l(s0l), l(s0r));
  return k;
}

size_t parser_features(const ParserState& st, const ParserToken* toks, bool clusters,
                       uint64_t* out) {
  ParserContext ctx = parser_context(st);
  size_t k = label_free_features(ctx, toks, clusters, out);
  return k + label_features(ctx, st, toks, out + k);
}

void ParserBeam::start(int n, int root_label, int width) {
  width_ = std::max(1, width);
  states_.resize(1);
  states_[0].init(n, root_label);
  lattice_.assign(1, std::vector<Item>(1));
}

void ParserBeam::advance(const float* scores, int n_actions) {
  // The `width` best candidates, as a min-heap on (score, then later item and action first).
  // Candidates come in (item, action) order, so a newcomer that ties the worst kept one ranks
  // below it and is dropped: the same beam as sorting every candidate.
  auto better = [](const Candidate& x, const Candidate& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.item != y.item ? x.item < y.item : x.action < y.action;
  };
  candidates_.clear();
  const std::vector<Item>& items = lattice_.back();
  const int n_labels = (n_actions - 2) / 2;
  const auto width = static_cast<size_t>(width_);
  for (int k = 0; k < size(); ++k) {
    // The valid actions, in action order, as ParserState::valid() decides them.
    const ParserState& st = states_[k];
    const float base = items[k].score;
    const float* s = scores + static_cast<size_t>(k) * n_actions;
    auto push = [&](int a) {
      Candidate c{base + s[a], k, a};
      if (candidates_.size() < width) {
        candidates_.push_back(c);
        std::push_heap(candidates_.begin(), candidates_.end(), better);
      } else if (c.score > candidates_.front().score) {
        std::pop_heap(candidates_.begin(), candidates_.end(), better);
        candidates_.back() = c;
        std::push_heap(candidates_.begin(), candidates_.end(), better);
      }
    };
    if (st.can_shift()) push(kShift);
    if (st.can_reduce()) push(kReduce);
    const bool left = st.can_left(), right = st.can_right(), at_root = st.b >= st.n;
    for (int l = 0; l < n_labels; ++l) {
      const bool to_root = l == st.root_label;
      if (left && to_root == at_root) push(left_arc(l));
      if (right && !to_root) push(right_arc(l));
    }
  }
  std::sort_heap(candidates_.begin(), candidates_.end(), better);
  const size_t keep = candidates_.size();
  next_.resize(keep);
  std::vector<Item> step(keep);
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
    step[i] = Item{c.score, c.item, c.action};
  }
  states_.swap(next_);
  lattice_.push_back(std::move(step));
}

std::vector<int> ParserBeam::history(int k) const {
  std::vector<int> actions(lattice_.size() - 1);
  for (size_t t = lattice_.size() - 1; t > 0; --t) {
    const Item& item = lattice_[t][k];
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
  ParserBeam beam;
  beam.start(st.n, root_label_, beam_);
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
    bool root = st.head[i] < 0 || st.head[i] >= n;
    heads[i] = root ? -1 : st.head[i];
    labels[i] = root ? -1 : st.label[i];
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

Parser Parser::read(ByteReader& r, std::shared_ptr<const WordClusters> clusters) {
  std::vector<std::string> labels;
  uint32_t n = r.count(4);
  if (n == 0 || n > 1000) r.fail("bad label count");
  for (uint32_t i = 0; i < n; ++i) labels.push_back(r.str());
  if (std::find(labels.begin(), labels.end(), "root") == labels.end())
    r.fail("parser labels lack root");
  uint32_t beam = r.u32();
  if (beam == 0 || beam > 64) r.fail("bad beam width");
  WeightTable weights = WeightTable::read(r);
  if (weights.n_classes() != 2 + 2 * labels.size()) r.fail("parser weights do not match labels");
  return Parser(std::move(labels), std::move(weights), static_cast<int>(beam), std::move(clusters));
}

}  // namespace kg
