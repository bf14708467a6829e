#include "extractor/syntax/tagger.h"

#include <algorithm>
#include <limits>

#include "extractor/syntax/model_file.h"

namespace kg {

uint16_t TagSet::add(const std::string& u, const std::string& x) {
  int c = find(u, x);
  if (c >= 0) return static_cast<uint16_t>(c);
  auto index = [](std::vector<std::string>& names, const std::string& v) {
    auto it = std::find(names.begin(), names.end(), v);
    if (it != names.end()) return static_cast<uint16_t>(it - names.begin());
    names.push_back(v);
    return static_cast<uint16_t>(names.size() - 1);
  };
  class_upos.push_back(index(upos, u));
  class_xpos.push_back(index(xpos, x));
  return static_cast<uint16_t>(class_upos.size() - 1);
}

int TagSet::find(std::string_view u, std::string_view x) const {
  for (size_t c = 0; c < size(); ++c)
    if (upos[class_upos[c]] == u && xpos[class_xpos[c]] == x) return static_cast<int>(c);
  return -1;
}

void TagSet::write(ByteWriter& w) const {
  w.u32(static_cast<uint32_t>(upos.size()));
  for (const auto& s : upos) w.str(s);
  w.u32(static_cast<uint32_t>(xpos.size()));
  for (const auto& s : xpos) w.str(s);
  w.u32(static_cast<uint32_t>(size()));
  for (size_t c = 0; c < size(); ++c) {
    w.u16(class_upos[c]);
    w.u16(class_xpos[c]);
  }
}

TagSet TagSet::read(ByteReader& r) {
  TagSet t;
  for (uint32_t i = 0, n = r.count(4); i < n; ++i) t.upos.push_back(r.str());
  for (uint32_t i = 0, n = r.count(4); i < n; ++i) t.xpos.push_back(r.str());
  uint32_t n = r.count(4);
  if (n == 0 || n > 65535) r.fail("bad tag class count");
  for (uint32_t c = 0; c < n; ++c) {
    uint16_t u = r.u16(), x = r.u16();
    if (u >= t.upos.size() || x >= t.xpos.size()) r.fail("tag index out of range");
    t.class_upos.push_back(u);
    t.class_xpos.push_back(x);
  }
  return t;
}

std::string normalize_form(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c >= '0' && c <= '9') {
      out += '0';
    } else if (c == '\xE2' && i + 2 < form.size() && form[i + 1] == '\x80' &&
               (form[i + 2] == '\x99' || form[i + 2] == '\x98')) {
      out += '\'';
      i += 2;
    } else if (c == '\xE2' && i + 2 < form.size() && form[i + 1] == '\x80' &&
               (form[i + 2] == '\x9C' || form[i + 2] == '\x9D')) {
      out += '"';
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

void tagger_token_info(std::string_view form, TaggerToken& out) {
  std::string norm = normalize_form(form);
  out.form = fnv1a64(form);
  out.norm = fnv1a64(norm);
  size_t n = norm.size();
  for (size_t k = 0; k < 3; ++k)
    out.prefix[k] = fnv1a64(std::string_view(norm).substr(0, std::min(n, k + 1)), 0x100 + k);
  for (size_t k = 0; k < 4; ++k)
    out.suffix[k] = fnv1a64(std::string_view(norm).substr(n - std::min(n, k + 1)), 0x200 + k);
  // Shape: X x d or the character itself, runs of the same class collapsed to two.
  std::string shape;
  bool upper = false, lower_c = false, digit = false, hyphen = false, period = false;
  char last = 0;
  int run = 0;
  for (char c : form) {
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      upper = true;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      lower_c = true;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      digit = true;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      s = 'u';
    } else {
      s = c;
      if (c == '-') hyphen = true;
      if (c == '.') period = true;
    }
    run = (s == last) ? run + 1 : 1;
    last = s;
    if (run <= 2) shape += s;
  }
  out.shape = fnv1a64(shape, 0x300);
  bool title = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  out.flags = 1 + (upper ? 2 : 0) + (lower_c ? 4 : 0) + (digit ? 8 : 0) + (hyphen ? 16 : 0) +
              (period ? 32 : 0) + (title ? 64 : 0);
  size_t dash = norm.rfind('-');
  out.tail = (dash != std::string::npos && dash + 1 < n)
                 ? fnv1a64(std::string_view(norm).substr(dash + 1), 0x400)
                 : 0;
}

size_t tagger_features(const TaggerToken* toks, size_t n, size_t i, int p1, int p2,
                       unsigned templates, uint64_t* out) {
  static const TaggerToken kNone = [] {
    TaggerToken t;
    tagger_token_info("<none>", t);
    t.cluster = 0xFFFFFFFFFFFFULL;  // every level: "no word", unlike 0, "unknown word"
    return t;
  }();
  const TaggerToken& w = toks[i];
  const TaggerToken& l1 = i >= 1 ? toks[i - 1] : kNone;
  const TaggerToken& l2 = i >= 2 ? toks[i - 2] : kNone;
  const TaggerToken& r1 = i + 1 < n ? toks[i + 1] : kNone;
  const TaggerToken& r2 = i + 2 < n ? toks[i + 2] : kNone;
  uint64_t t1 = static_cast<uint64_t>(p1 + 2), t2 = static_cast<uint64_t>(p2 + 2);
  size_t k = 0;
  out[k++] = feature_key(0, 1);
  out[k++] = feature_key(1, w.form);
  out[k++] = feature_key(2, w.norm);
  for (int s = 0; s < 4; ++s) out[k++] = feature_key(3 + s, w.suffix[s]);
  for (int p = 0; p < 3; ++p) out[k++] = feature_key(7 + p, w.prefix[p]);
  out[k++] = feature_key(10, w.shape);
  out[k++] = feature_key(11, w.flags);
  out[k++] = feature_key(12, t1);
  out[k++] = feature_key(13, t2);
  out[k++] = feature_key(14, t1, t2);
  out[k++] = feature_key(15, t1, w.norm);
  out[k++] = feature_key(16, l1.norm);
  out[k++] = feature_key(17, l1.suffix[2]);
  out[k++] = feature_key(18, l2.norm);
  out[k++] = feature_key(19, r1.norm);
  out[k++] = feature_key(20, r1.suffix[2]);
  out[k++] = feature_key(21, r2.norm);
  out[k++] = feature_key(22, w.norm, r1.norm);
  out[k++] = feature_key(23, l1.norm, w.norm);
  out[k++] = feature_key(24, t1, r1.norm);
  out[k++] = feature_key(25, r1.shape);
  out[k++] = feature_key(26, l1.shape);
  if (w.tail != 0) out[k++] = feature_key(27, w.tail);
  out[k++] = feature_key(28, r1.norm, r2.norm);
  out[k++] = feature_key(29, t1, w.suffix[2]);
  out[k++] = feature_key(30, i == 0 ? 1 : 2, w.shape);
  out[k++] = feature_key(31, t1, w.shape);
  out[k++] = feature_key(32, r1.suffix[1]);
  out[k++] = feature_key(33, l1.norm, r1.norm);
  out[k++] = feature_key(34, w.amb);
  out[k++] = feature_key(35, r1.amb);
  out[k++] = feature_key(36, r2.amb);
  out[k++] = feature_key(37, w.amb, r1.amb);
  out[k++] = feature_key(38, t1, w.amb);
  out[k++] = feature_key(39, r1.amb, r2.amb);
  out[k++] = feature_key(40, t1, w.amb, r1.amb);
  if (templates & kClusterTemplates) {
    // Clusters: 0 coarse, 1 middle, 2 fine.
    auto c = [](const TaggerToken& t, int level) { return cluster_at(t.cluster, level); };
    out[k++] = feature_key(41, c(w, 0));
    out[k++] = feature_key(42, c(w, 1));
    out[k++] = feature_key(43, c(w, 2));
    out[k++] = feature_key(44, c(r1, 1));
    out[k++] = feature_key(45, c(r1, 2));
    out[k++] = feature_key(46, c(l1, 1));
    out[k++] = feature_key(47, c(r2, 1));
    out[k++] = feature_key(48, t1, c(w, 1));
    out[k++] = feature_key(49, c(w, 1), c(r1, 1));
  }
  if (templates & kSecondPassTemplates) {
    // The first pass's guesses (kNone's is 0): what the words to the right turned out to be.
    out[k++] = feature_key(50, w.guess);
    out[k++] = feature_key(51, r1.guess);
    out[k++] = feature_key(52, r2.guess);
    out[k++] = feature_key(53, r1.guess, r2.guess);
    out[k++] = feature_key(54, t1, r1.guess);
    out[k++] = feature_key(55, w.guess, r1.guess);
    out[k++] = feature_key(56, w.norm, r1.guess);
    out[k++] = feature_key(57, t1, w.guess, r1.guess);
    out[k++] = feature_key(58, w.suffix[2], r1.guess);
    out[k++] = feature_key(59, l1.norm, w.guess);
  }
  return k;
}

void Tagger::run_pass(const std::vector<TaggerToken>& info, const WeightTable& weights,
                      unsigned templates, uint16_t* out, float* margins, const float* keep_above,
                      const int* forced, float* total) const {
  size_t n = info.size();
  std::vector<float> scores(tags_.size());
  uint64_t keys[kMaxTaggerFeatures];
  int p1 = -1, p2 = -1;
  for (size_t i = 0; i < n; ++i) {
    int best = -1;
    float margin = std::numeric_limits<float>::infinity();
    bool force = forced && forced[i] >= 0;
    auto it = force ? dict_.end() : dict_.find(info[i].form);
    if (it != dict_.end()) {
      best = it->second;
    } else if (!force && keep_above && keep_above[i] >= kSecondPassMargin) {
      best = out[i];
    } else {
      size_t nk = tagger_features(info.data(), n, i, p1, p2, templates, keys);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights.score(keys, nk, scores.data());
      best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      if (force) {
        best = forced[i];
      } else {
        float second = -std::numeric_limits<float>::infinity();
        for (size_t c = 0; c < scores.size(); ++c)
          if (static_cast<int>(c) != best) second = std::max(second, scores[c]);
        margin = (scores[best] - second) * weights.scale();
      }
      if (total) *total += scores[best] * weights.scale();
    }
    if (margins) margins[i] = margin;
    out[i] = static_cast<uint16_t>(best);
    p2 = p1;
    p1 = best;
  }
}

std::vector<TaggerToken> Tagger::token_info(const std::vector<Token>& tokens, uint32_t first,
                                            uint32_t end,
                                            const std::vector<std::string>* forms) const {
  size_t n = end - first;
  std::vector<TaggerToken> info(n);
  for (size_t i = 0; i < n; ++i) {
    tagger_token_info(forms ? (*forms)[i] : tokens[first + i].form, info[i]);
    info[i].amb = ambiguity_of(ambiguity_, info[i].norm);
    if (clusters_) info[i].cluster = clusters_->packed(info[i].norm);
  }
  return info;
}

void Tagger::finish(std::vector<Token>& tokens, uint32_t first, std::vector<TaggerToken>& info,
                    uint16_t* out, const std::vector<float>& margins, const int* forced) const {
  size_t n = info.size();
  if (two_pass()) {
    const unsigned templates = clusters_ ? kClusterTemplates : 0;
    for (size_t i = 0; i < n; ++i) info[i].guess = out[i] + 1u;
    run_pass(info, second_, templates | kSecondPassTemplates, out, nullptr, margins.data(), forced);
  }
  for (size_t i = 0; i < n; ++i) {
    Token& t = tokens[first + i];
    t.upos = tags_.upos[tags_.class_upos[out[i]]];
    t.xpos = tags_.xpos[tags_.class_xpos[out[i]]];
  }
}

int Tagger::upos_bit(std::string_view upos) const {
  for (size_t u = 0; u < tags_.upos.size(); ++u)
    if (tags_.upos[u] == upos) return static_cast<int>(u);
  return -1;
}

void Tagger::tag(std::vector<Token>& tokens, uint32_t first, uint32_t end, uint16_t* out) const {
  std::vector<TaggerToken> info = token_info(tokens, first, end, nullptr);
  const unsigned templates = clusters_ ? kClusterTemplates : 0;
  std::vector<float> margins(two_pass() ? info.size() : 0);
  run_pass(info, weights_, templates, out, two_pass() ? margins.data() : nullptr);
  finish(tokens, first, info, out, margins, nullptr);
}

ParserToken parser_token(const Tagger& tagger, const WordClusters* clusters, std::string_view form,
                         uint16_t cls) {
  ParserToken t;
  t.word = fnv1a64(normalize_form(form));
  if (clusters) t.cluster = clusters->packed(t.word);
  const TagSet& tags = tagger.tags();
  t.xpos = static_cast<uint16_t>(tags.class_xpos[cls] + 1);
  t.upos = static_cast<uint16_t>(tags.class_upos[cls] + 1);
  return t;
}

void Tagger::write(ByteWriter& w) const {
  tags_.write(w);
  std::vector<std::pair<uint64_t, uint16_t>> dict(dict_.begin(), dict_.end());
  std::sort(dict.begin(), dict.end());
  w.u32(static_cast<uint32_t>(dict.size()));
  for (const auto& [k, c] : dict) {
    w.u64(k);
    w.u16(c);
  }
  std::vector<std::pair<uint64_t, uint32_t>> amb(ambiguity_.begin(), ambiguity_.end());
  std::sort(amb.begin(), amb.end());
  w.u32(static_cast<uint32_t>(amb.size()));
  for (const auto& [k, m] : amb) {
    w.u64(k);
    w.u32(m);
  }
  weights_.write(w);
  w.u8(two_pass() ? 2 : 1);
  if (two_pass()) second_.write(w);
}

Tagger Tagger::read(ByteReader& r, std::shared_ptr<const WordClusters> clusters, uint32_t version) {
  TagSet tags = TagSet::read(r);
  std::unordered_map<uint64_t, uint16_t> dict;
  uint32_t n = r.count(10);
  dict.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k = r.u64();
    uint16_t c = r.u16();
    if (c >= tags.size()) r.fail("tag dictionary class out of range");
    dict.emplace(k, c);
  }
  AmbiguityTable ambiguity;
  n = r.count(12);
  ambiguity.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k = r.u64();
    ambiguity.emplace(k, r.u32());
  }
  WeightTable weights = WeightTable::read(r, version);
  if (weights.n_classes() != tags.size()) r.fail("tagger weights do not match the tag set");
  WeightTable second;
  uint8_t passes = version >= 6 ? r.u8() : 1;
  if (passes != 1 && passes != 2) r.fail("bad tagger pass count");
  if (passes == 2) {
    second = WeightTable::read(r, version);
    if (second.n_classes() != tags.size())
      r.fail("second-pass tagger weights do not match the tag set");
  }
  return Tagger(std::move(tags), std::move(dict), std::move(ambiguity), std::move(weights),
                std::move(clusters), std::move(second));
}

}  // namespace kg
