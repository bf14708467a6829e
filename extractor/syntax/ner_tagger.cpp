#include "extractor/syntax/ner_tagger.h"

#include <array>
#include <cstdlib>

#include "extractor/core/error.h"
#include "extractor/syntax/model_file.h"
#include "extractor/syntax/tagger.h"

namespace kg {

namespace {
constexpr std::array<std::string_view, kNerTags> kNames = {"O",     "B-PER", "I-PER", "B-ORG",
                                                           "I-ORG", "B-LOC", "I-LOC"};
}  // namespace

std::string_view ner_tag_name(NerTag t) { return kNames[static_cast<size_t>(t)]; }

NerTag ner_tag_of(std::string_view name) {
  for (size_t k = 0; k < kNames.size(); ++k)
    if (kNames[k] == name) return static_cast<NerTag>(k);
  return NerTag::O;
}

void ner_token_info(std::string_view form, std::string_view upos, const WordClusters* clusters,
                    NerToken& out) {
  TaggerToken t;
  tagger_token_info(form, t);
  out.form = t.form;
  out.norm = t.norm;
  out.shape = t.shape;
  out.flags = t.flags;
  out.prefix = t.prefix[1];
  out.suffix2 = t.suffix[1];
  out.suffix3 = t.suffix[2];
  out.cluster = clusters ? clusters->packed(t.norm) : 0;
  out.upos = fnv1a64(upos, 0x500);
  out.plain = true;
  for (char c : form)
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out.plain = false;
}

size_t ner_features(const NerToken* toks, size_t n, size_t i, NerTag p1, NerTag p2, uint64_t* out) {
  static const NerToken kNone = [] {
    NerToken t;
    ner_token_info("<none>", "<none>", nullptr, t);
    t.cluster = 0xFFFFFFFFFFFFULL;
    return t;
  }();
  const NerToken& w = toks[i];
  const NerToken& l1 = i >= 1 ? toks[i - 1] : kNone;
  const NerToken& l2 = i >= 2 ? toks[i - 2] : kNone;
  const NerToken& r1 = i + 1 < n ? toks[i + 1] : kNone;
  const NerToken& r2 = i + 2 < n ? toks[i + 2] : kNone;
  // Template ids start at 100: the syntax features' keys never meet these anyway (own table),
  // but distinct ids keep the two readable side by side.
  uint64_t t1 = static_cast<uint64_t>(p1) + 1, t2 = static_cast<uint64_t>(p2) + 1;
  auto c = [](const NerToken& t, int level) { return cluster_at(t.cluster, level); };
  size_t k = 0;
  out[k++] = feature_key(100, 1);
  out[k++] = feature_key(101, w.form);
  out[k++] = feature_key(102, w.norm);
  out[k++] = feature_key(103, w.shape);
  out[k++] = feature_key(104, w.flags);
  out[k++] = feature_key(105, w.prefix);
  out[k++] = feature_key(106, w.suffix3);
  out[k++] = feature_key(107, w.suffix2);
  out[k++] = feature_key(108, w.upos);
  out[k++] = feature_key(109, l1.upos, w.upos);
  out[k++] = feature_key(110, w.upos, r1.upos);
  out[k++] = feature_key(111, l1.norm);
  out[k++] = feature_key(112, l2.norm);
  out[k++] = feature_key(113, r1.norm);
  out[k++] = feature_key(114, r2.norm);
  out[k++] = feature_key(115, l1.shape);
  out[k++] = feature_key(116, r1.shape);
  out[k++] = feature_key(117, c(w, 0));
  out[k++] = feature_key(118, c(w, 1));
  out[k++] = feature_key(119, c(w, 2));
  out[k++] = feature_key(120, c(l1, 1));
  out[k++] = feature_key(121, c(r1, 1));
  out[k++] = feature_key(122, t1);
  out[k++] = feature_key(123, t1, t2);
  out[k++] = feature_key(124, t1, w.shape);
  out[k++] = feature_key(125, t1, w.upos);
  out[k++] = feature_key(126, t1, w.norm);
  out[k++] = feature_key(127, l1.norm, w.norm);
  out[k++] = feature_key(128, w.norm, r1.norm);
  out[k++] = feature_key(129, l1.norm, w.shape);
  out[k++] = feature_key(130, w.shape, r1.norm);
  out[k++] = feature_key(131, i == 0 ? 1 : 2, w.shape);
  out[k++] = feature_key(132, r1.upos, r2.upos);
  out[k++] = feature_key(133, t1, c(w, 1));
  return k;
}

void NerTagger::run(const std::vector<NerToken>& info, NerTag* out) const {
  std::array<float, kNerTags> scores{};
  uint64_t keys[kMaxNerFeatures];
  NerTag p1 = NerTag::O, p2 = NerTag::O;
  for (size_t i = 0; i < info.size(); ++i) {
    NerTag best = NerTag::O;
    if (!(info[i].plain && p1 == NerTag::O)) {
      size_t nk = ner_features(info.data(), info.size(), i, p1, p2, keys);
      scores.fill(0.0f);
      weights_.score(keys, nk, scores.data());
      float top = scores[0];
      for (int cls = 1; cls < kNerTags; ++cls) {
        auto tag = static_cast<NerTag>(cls);
        if (scores[cls] > top && ner_allowed(p1, tag)) top = scores[cls], best = tag;
      }
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
}

void NerTagger::tag(std::vector<Token>& tokens, uint32_t first, uint32_t end) const {
  std::vector<NerToken> info(end - first);
  for (uint32_t i = first; i < end; ++i)
    ner_token_info(tokens[i].form, tokens[i].upos, clusters_.get(), info[i - first]);
  std::vector<NerTag> out(info.size());
  run(info, out.data());
  for (uint32_t i = first; i < end; ++i) tokens[i].ner = out[i - first];
}

void NerTagger::tag(Document& doc) const {
  for (const Sentence& s : doc.sentences) tag(doc.tokens, s.first_token, s.end_token);
}

uint64_t NerTagger::fingerprint() {
  std::string s(kNerFeatureVersion);
  for (std::string_view n : kNames) s += "|" + std::string(n);
  return fnv1a64(s);
}

void NerTagger::save(const std::string& path) const {
  ByteWriter w;
  w.tag("WCLU");
  (clusters_ ? *clusters_ : WordClusters()).write(w);
  w.tag("NERT");
  weights_.write(w);
  w.tag("END.");
  write_model_file(path, fingerprint(), w.bytes());
}

NerTagger NerTagger::load(const std::string& path) {
  ModelFileContents contents = read_model_file(path);
  if (contents.fingerprint != fingerprint())
    throw Error(ErrorKind::Model, "NER model file " + path +
                                      " was built for other feature templates or labels "
                                      "(fingerprint mismatch); retrain it with kg train-ner");
  ByteReader r(contents.payload, path);
  r.expect_tag("WCLU");
  auto clusters = std::make_shared<WordClusters>(WordClusters::read(r));
  r.expect_tag("NERT");
  WeightTable weights = WeightTable::read(r, contents.version);
  if (weights.n_classes() != kNerTags) r.fail("NER weights do not match the label set");
  r.expect_tag("END.");
  if (!r.at_end()) r.fail("trailing data");
  return NerTagger(std::move(weights), clusters->empty() ? nullptr : std::move(clusters));
}

std::string ner_model_path_for(const std::string& syntax_model_path) {
  const char* env = std::getenv("KG_NER_MODEL");
  if (env != nullptr && *env != '\0') return env;
  std::string p = syntax_model_path;
  if (p.size() > 4 && p.compare(p.size() - 4, 4, ".kgm") == 0) p.erase(p.size() - 4);
  return p + "_ner.kgm";
}

}  // namespace kg
