// Training of the averaged-perceptron tagger and of the lemmatizer.
#include <algorithm>
#include <atomic>
#include <functional>
#include <iomanip>
#include <map>
#include <ostream>
#include <thread>

#include "extractor/syntax/model_file.h"
#include "extractor/syntax/train/perceptron_trainer.h"
#include "extractor/syntax/train/trainer.h"

namespace kg {

uint64_t TrainRng::next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, n));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) fn(i);
    });
  for (std::thread& t : pool) t.join();
}

namespace {

struct TaggerExample {
  std::vector<TaggerToken> info;
  std::vector<uint16_t> gold;
};

// Accuracy (UPOS) of a tagger on gold sentences.
double upos_accuracy(const Tagger& tagger, const std::vector<ConlluSentence>& sents) {
  size_t total = 0, good = 0;
  std::vector<Token> toks;
  std::vector<uint16_t> out;
  for (const ConlluSentence& s : sents) {
    toks.assign(s.words.size(), Token{});
    for (size_t i = 0; i < s.words.size(); ++i) toks[i].form = s.words[i].form;
    out.resize(toks.size());
    tagger.tag(toks, 0, static_cast<uint32_t>(toks.size()), out.data());
    for (size_t i = 0; i < toks.size(); ++i) {
      ++total;
      good += toks[i].upos == s.words[i].upos;
    }
  }
  return total ? 100.0 * static_cast<double>(good) / static_cast<double>(total) : 0.0;
}

constexpr size_t kAmbiguityFolds = 10;
// Folds of the first-pass guesses the second pass trains on.
constexpr size_t kGuessFolds = 5;
using AmbiguityCounts = std::unordered_map<uint64_t, std::map<uint16_t, int>>;

// The ambiguity classes of `all` minus `held_out`: each word's UPOS that make up at least 1% of
// its occurrences.
AmbiguityTable ambiguity_table(const AmbiguityCounts& all, const AmbiguityCounts* held_out) {
  AmbiguityTable table;
  for (const auto& [norm, by_upos] : all) {
    const std::map<uint16_t, int>* minus = nullptr;
    if (held_out) {
      auto it = held_out->find(norm);
      if (it != held_out->end()) minus = &it->second;
    }
    std::map<uint16_t, int> counts = by_upos;
    int total = 0;
    for (auto& [u, c] : counts) {
      if (minus) {
        auto m = minus->find(u);
        if (m != minus->end()) c -= m->second;
      }
      total += c;
    }
    uint32_t mask = 0;
    for (const auto& [u, c] : counts)
      if (c > 0 && c * 100 >= total) mask |= 1u << u;
    if (mask != 0) table.emplace(norm, mask);
  }
  return table;
}

// What training reads: the tag set, the tag dictionary, the ambiguity classes and the
// training sentences' tokens (with jackknifed ambiguity classes) and gold classes.
struct TaggerData {
  TagSet tags;
  std::unordered_map<uint64_t, uint16_t> dict;
  AmbiguityTable ambiguity;
  std::vector<TaggerExample> examples;
};

TaggerData prepare_tagger_data(const std::vector<ConlluSentence>& train,
                               const WordClusters* clusters) {
  TaggerData d;
  std::unordered_map<std::string, std::map<uint16_t, int>> counts;
  for (const ConlluSentence& s : train) {
    TaggerExample ex;
    ex.info.resize(s.words.size());
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      tagger_token_info(w.form, ex.info[i]);
      if (clusters) ex.info[i].cluster = clusters->packed(ex.info[i].norm);
      uint16_t c = d.tags.add(w.upos, w.xpos);
      ex.gold.push_back(c);
      ++counts[w.form][c];
    }
    d.examples.push_back(std::move(ex));
  }
  // Ambiguity classes. A training word's own occurrences would make its class a perfect cue
  // that unseen words never have, so each fold of the training sentences sees the classes
  // counted on the other folds (jackknifing); the tagger keeps the classes of all of them.
  std::vector<AmbiguityCounts> fold_counts(kAmbiguityFolds);
  AmbiguityCounts all_counts;
  for (size_t e = 0; e < d.examples.size(); ++e) {
    const TaggerExample& ex = d.examples[e];
    for (size_t i = 0; i < ex.info.size(); ++i) {
      uint16_t u = d.tags.class_upos[ex.gold[i]];
      ++fold_counts[e % kAmbiguityFolds][ex.info[i].norm][u];
      ++all_counts[ex.info[i].norm][u];
    }
  }
  d.ambiguity = ambiguity_table(all_counts, nullptr);
  // Too few sentences to hold any out (a test treebank): every sentence sees all classes.
  bool jackknife = d.examples.size() >= 2 * kAmbiguityFolds;
  for (size_t f = 0; f < kAmbiguityFolds; ++f) {
    AmbiguityTable held_out =
        jackknife ? ambiguity_table(all_counts, &fold_counts[f]) : d.ambiguity;
    for (size_t e = f; e < d.examples.size(); e += kAmbiguityFolds)
      for (TaggerToken& t : d.examples[e].info) t.amb = ambiguity_of(held_out, t.norm);
  }
  // Tag dictionary: frequent words that almost always take one class.
  for (const auto& [form, by_class] : counts) {
    int total = 0, best = 0;
    uint16_t best_c = 0;
    for (const auto& [c, n] : by_class) {
      total += n;
      if (n > best) {
        best = n;
        best_c = c;
      }
    }
    if (total >= 20 && best >= 0.995 * total) d.dict.emplace(fnv1a64(form), best_c);
  }
  return d;
}

// Trains the weights for `epochs` epochs. With `dev_upos`, keeps the epoch whose weights it
// scores best (reported in *best_epoch), else the last.
WeightTable train_weights(const TaggerData& d, unsigned templates, int epochs, uint64_t seed,
                          const std::function<double(const WeightTable&)>& dev_upos,
                          std::ostream* log, int* best_epoch) {
  PerceptronTrainer model(static_cast<uint32_t>(d.tags.size()));
  TrainRng rng(seed);
  std::vector<size_t> order(d.examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(d.tags.size());
  uint64_t keys[kMaxTaggerFeatures];
  WeightTable best;
  double best_acc = -1;
  int best_ep = epochs;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    rng.shuffle(order);
    size_t errors = 0, total = 0;
    for (size_t idx : order) {
      const TaggerExample& ex = d.examples[idx];
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < ex.info.size(); ++i) {
        int pred;
        auto it = d.dict.find(ex.info[i].form);
        if (it != d.dict.end()) {
          pred = it->second;
        } else {
          size_t nk = tagger_features(ex.info.data(), ex.info.size(), i, p1, p2, templates, keys);
          std::fill(scores.begin(), scores.end(), 0.0f);
          model.score(keys, nk, scores.data());
          pred = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          model.tick();
          if (pred != ex.gold[i]) {
            model.update(keys, nk, ex.gold[i], static_cast<uint16_t>(pred));
            ++errors;
          }
        }
        ++total;
        p2 = p1;
        p1 = pred;
      }
    }
    bool last = epoch == epochs;
    if (!dev_upos && !last) continue;
    WeightTable weights = model.averaged(0.0f);
    double acc = dev_upos ? dev_upos(weights) : 0.0;
    if (log) {
      *log << "tagger " << ((templates & kSecondPassTemplates) ? "pass 2 " : "") << "epoch "
           << epoch << ": train errors " << std::fixed << std::setprecision(2)
           << 100.0 * static_cast<double>(errors) / static_cast<double>(std::max<size_t>(1, total))
           << "%";
      if (dev_upos) *log << ", dev UPOS " << acc;
      *log << std::endl;
    }
    if (!dev_upos || acc > best_acc) {
      best_acc = acc;
      best_ep = epoch;
      best = std::move(weights);
    }
  }
  if (best_epoch) *best_epoch = best_ep;
  return best;
}

// Fills in every training token's guess with the first pass of a tagger trained for `epochs`
// epochs on the other folds, so that the second pass learns how far real guesses can be trusted.
// Too few sentences to hold any out: the guesses of one tagger trained on all of them.
void jackknife_guesses(TaggerData& d, unsigned templates, int epochs, uint64_t seed,
                       const WeightTable& all, unsigned threads) {
  const bool jackknife = d.examples.size() >= 2 * kGuessFolds;
  const size_t folds = jackknife ? kGuessFolds : 1;
  // Fold f guesses the examples e with e % folds == f; the guesses go in once all folds are done.
  std::vector<std::vector<uint16_t>> guesses(d.examples.size());
  parallel_for(folds, threads, [&](size_t f) {
    WeightTable fold_weights;
    if (jackknife) {
      TaggerData rest{d.tags, d.dict, {}, {}};
      for (size_t e = 0; e < d.examples.size(); ++e)
        if (e % folds != f) rest.examples.push_back(d.examples[e]);
      fold_weights =
          train_weights(rest, templates, epochs, seed + 1 + f, nullptr, nullptr, nullptr);
    }
    // run_pass reads the tagger's dictionary and tag count; the weights are given to it.
    const Tagger fold(d.tags, d.dict, {}, WeightTable());
    for (size_t e = f; e < d.examples.size(); e += folds) {
      const std::vector<TaggerToken>& info = d.examples[e].info;
      guesses[e].resize(info.size());
      fold.run_pass(info, jackknife ? fold_weights : all, templates, guesses[e].data());
    }
  });
  for (size_t e = 0; e < d.examples.size(); ++e)
    for (size_t i = 0; i < guesses[e].size(); ++i) d.examples[e].info[i].guess = guesses[e][i] + 1u;
}

}  // namespace

Tagger train_tagger(const std::vector<ConlluSentence>& train,
                    const std::vector<ConlluSentence>& dev, const TaggerTrainOptions& options,
                    std::ostream* log, int* best_epoch,
                    std::shared_ptr<const WordClusters> clusters) {
  if (clusters && clusters->empty()) clusters = nullptr;
  TaggerData d = prepare_tagger_data(train, clusters.get());
  const unsigned templates = clusters ? kClusterTemplates : 0;
  auto dev_upos = [&](const WeightTable* first) -> std::function<double(const WeightTable&)> {
    if (dev.empty()) return nullptr;
    return [&, first](const WeightTable& w) {
      return upos_accuracy(first ? Tagger(d.tags, d.dict, d.ambiguity, *first, clusters, w)
                                 : Tagger(d.tags, d.dict, d.ambiguity, w, clusters),
                           dev);
    };
  };
  int first_epoch = options.epochs;
  WeightTable weights = train_weights(d, templates, options.epochs, options.seed, dev_upos(nullptr),
                                      log, &first_epoch);
  if (best_epoch) *best_epoch = first_epoch;
  if (options.passes < 2)
    return Tagger(d.tags, d.dict, d.ambiguity, std::move(weights), std::move(clusters));
  jackknife_guesses(d, templates, first_epoch, options.seed, weights, options.threads);
  if (log) *log << "tagger: first-pass guesses jackknifed" << std::endl;
  int second_epoch = options.epochs;
  WeightTable second = train_weights(d, templates | kSecondPassTemplates, options.epochs,
                                     options.seed + 100, dev_upos(&weights), log, &second_epoch);
  if (log) *log << "tagger: pass 2 best epoch " << second_epoch << std::endl;
  return Tagger(d.tags, d.dict, d.ambiguity, std::move(weights), std::move(clusters),
                std::move(second));
}

Lemmatizer train_lemmatizer(const std::vector<ConlluSentence>& train) {
  // Dictionary: the most frequent lemma of each (form, xpos) and (lower form, xpos).
  std::unordered_map<std::string, std::map<std::string, int>> exact_counts, lower_counts;
  std::map<std::tuple<std::string, std::string, std::string>, int> types;  // form, xpos, lemma
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      ++exact_counts[w.form + '\t' + w.xpos][w.lemma];
      ++lower_counts[lemma_key_form(w.form) + '\t' + w.xpos][w.lemma];
      ++types[{w.form, w.xpos, w.lemma}];
    }
  }
  auto best_of = [](const std::map<std::string, int>& m) {
    const std::string* best = nullptr;
    int n = -1;
    for (const auto& [l, c] : m)
      if (c > n) {
        n = c;
        best = &l;
      }
    return *best;
  };
  std::unordered_map<std::string, std::string> exact, lower;
  for (const auto& [k, m] : exact_counts) exact.emplace(k, best_of(m));
  for (const auto& [k, m] : lower_counts) {
    std::string l = best_of(m);
    lower.emplace(k, l);
  }
  // Drop exact entries the lower-case dictionary already gets right.
  for (auto it = exact.begin(); it != exact.end();) {
    size_t tab = it->first.find('\t');
    std::string lk = lemma_key_form(it->first.substr(0, tab)) + it->first.substr(tab);
    auto l = lower.find(lk);
    if (l != lower.end() && l->second == it->second) {
      it = exact.erase(it);
    } else {
      ++it;
    }
  }
  // Suffix rules from word types (each distinct form/xpos/lemma once), so that rules reflect
  // the open-class words an unknown word is likely to be. Types differing only in case count
  // once ("are", "Are", "ARE"), in their lower-case spelling when there is one, so frequent
  // closed-class words do not outvote open-class ones.
  std::map<std::tuple<std::string, std::string, std::string>, std::string> by_lower;
  for (const auto& [t, n] : types) {
    const auto& [form, xpos, lemma] = t;
    std::string& f = by_lower[{lemma_key_form(form), xpos, lemma}];
    if (f.empty() || form == lemma_key_form(form)) f = form;
  }
  std::map<std::string, std::map<std::pair<std::string, int>, int>> rule_counts;
  std::map<std::pair<std::string, int>, LemmaRule> rule_by_id;
  std::map<std::tuple<int, bool, std::string>, int> rule_ids;
  for (const auto& [t, form] : by_lower) {
    const std::string& xpos = std::get<1>(t);
    const std::string& lemma = std::get<2>(t);
    LemmaRule r = Lemmatizer::rule_for(form, lemma);
    auto [it, inserted] =
        rule_ids.emplace(std::make_tuple(static_cast<int>(r.cut), r.lower, r.append),
                         static_cast<int>(rule_ids.size()));
    rule_by_id[{xpos, it->second}] = r;
    std::string lf = lemma_key_form(form);
    for (size_t k = 0; k <= std::min(Lemmatizer::kMaxSuffix, lf.size()); ++k) {
      ++rule_counts[xpos + '\t' + lf.substr(lf.size() - k)][{xpos, it->second}];
    }
  }
  std::unordered_map<std::string, LemmaRule> rules;
  // A suffix seen in one type only teaches that word's quirk (often a misspelling corrected in
  // the lemma: "Queesland" -> "Queensland"), so such suffixes fall back to shorter ones.
  for (const auto& [key, m] : rule_counts) {
    int best = -1, support = 0;
    std::pair<std::string, int> best_id;
    for (const auto& [id, c] : m) {
      support += c;
      if (c > best) {
        best = c;
        best_id = id;
      }
    }
    if (support < 2 && key.back() != '\t') continue;
    rules.emplace(key, rule_by_id[best_id]);
  }
  // Drop rules equal to the rule of their one-shorter suffix (the lookup falls back to it).
  for (auto it = rules.begin(); it != rules.end();) {
    size_t tab = it->first.find('\t');
    std::string suffix = it->first.substr(tab + 1);
    if (suffix.empty()) {
      ++it;
      continue;
    }
    auto parent = rules.find(it->first.substr(0, tab + 1) + suffix.substr(1));
    if (parent != rules.end() && parent->second == it->second) {
      it = rules.erase(it);
    } else {
      ++it;
    }
  }
  return Lemmatizer(std::move(exact), std::move(lower), std::move(rules));
}

}  // namespace kg
