#include "extractor/syntax/train/ner_trainer.h"

#include <algorithm>
#include <iomanip>
#include <ostream>

#include "extractor/syntax/train/perceptron_trainer.h"
#include "extractor/syntax/train/trainer.h"

namespace kg {
namespace {

struct NerExample {
  std::vector<NerToken> info;
  std::vector<NerTag> gold;
};

std::vector<NerExample> prepare(const std::vector<NerSentence>& sents, const SyntaxModel* syntax,
                                const WordClusters* clusters, unsigned threads) {
  std::vector<NerExample> out(sents.size());
  parallel_for(sents.size(), threads, [&](size_t k) {
    const NerSentence& s = sents[k];
    std::vector<Token> toks(s.forms.size());
    for (size_t i = 0; i < s.forms.size(); ++i) {
      toks[i].form = s.forms[i];
      if (i < s.upos.size()) toks[i].upos = s.upos[i];
    }
    std::vector<uint16_t> classes(toks.size());
    if (syntax) syntax->tagger().tag(toks, 0, static_cast<uint32_t>(toks.size()), classes.data());
    out[k].info.resize(toks.size());
    for (size_t i = 0; i < toks.size(); ++i)
      ner_token_info(toks[i].form, toks[i].upos, clusters, out[k].info[i]);
    out[k].gold = s.tags;
  });
  return out;
}

double span_f1(const NerTagger& tagger, const std::vector<NerExample>& dev) {
  NerCounts c;
  std::vector<NerTag> out;
  for (const NerExample& ex : dev) {
    out.resize(ex.info.size());
    tagger.run(ex.info, out.data());
    std::vector<NerSpan> g = ner_spans(ex.gold), p = ner_spans(out);
    c.gold += g.size();
    c.predicted += p.size();
    for (const NerSpan& x : p)
      for (const NerSpan& y : g) c.correct += x == y;
  }
  return c.f1();
}

}  // namespace

NerTagger train_ner(const std::vector<NerSentence>& train, const std::vector<NerSentence>& dev,
                    const SyntaxModel* syntax, const NerTrainOptions& options, std::ostream* log) {
  std::shared_ptr<const WordClusters> clusters;
  if (syntax)
    clusters =
        syntax->tagger().clusters() ? syntax->tagger().clusters() : syntax->parser().clusters();
  std::vector<NerExample> examples = prepare(train, syntax, clusters.get(), options.threads);
  std::vector<NerExample> dev_examples = prepare(dev, syntax, clusters.get(), options.threads);
  PerceptronTrainer model(kNerTags);
  TrainRng rng(options.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t keys[kMaxNerFeatures];
  float scores[kNerTags];
  NerTagger best;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    rng.shuffle(order);
    size_t errors = 0, scored = 0;
    for (size_t k : order) {
      const NerExample& ex = examples[k];
      NerTag p1 = NerTag::O, p2 = NerTag::O;
      for (size_t i = 0; i < ex.info.size(); ++i) {
        NerTag pred = NerTag::O;
        // The same skip as NerTagger::run: those tokens are never scored, so never learnt.
        if (!(ex.info[i].plain && p1 == NerTag::O)) {
          size_t nk = ner_features(ex.info.data(), ex.info.size(), i, p1, p2, keys);
          std::fill(scores, scores + kNerTags, 0.0f);
          model.score(keys, nk, scores);
          float top = scores[0];
          for (int cls = 1; cls < kNerTags; ++cls)
            if (scores[cls] > top && ner_allowed(p1, static_cast<NerTag>(cls)))
              top = scores[cls], pred = static_cast<NerTag>(cls);
          model.tick();
          ++scored;
          if (pred != ex.gold[i]) {
            ++errors;
            model.update(keys, nk, static_cast<uint16_t>(ex.gold[i]), static_cast<uint16_t>(pred));
          }
        }
        p2 = p1;
        p1 = pred;
      }
    }
    bool last = epoch == options.epochs;
    if (dev_examples.empty() && !last) continue;
    NerTagger tagger(model.averaged(options.prune), clusters);
    double f1 = dev_examples.empty() ? 0.0 : span_f1(tagger, dev_examples);
    if (log)
      *log << "ner epoch " << epoch << ": train errors " << std::fixed << std::setprecision(2)
           << 100.0 * static_cast<double>(errors) / static_cast<double>(std::max<size_t>(1, scored))
           << "% of " << scored << " scored tokens, dev span F1 " << 100.0 * f1 << ", "
           << tagger.weights().n_features() << " features" << std::endl;
    if (f1 > best_f1 || (dev_examples.empty() && last)) {
      best_f1 = f1;
      best_epoch = epoch;
      best = std::move(tagger);
    }
  }
  if (log) *log << "ner: best epoch " << best_epoch << std::endl;
  return best;
}

}  // namespace kg
