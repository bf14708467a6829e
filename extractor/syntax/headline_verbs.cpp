// A headline's verb. Headlines drop their articles and put their verb in the present tense, so
// "leader tours factories" or "ministry plans new rules" reads, to a tagger trained on running
// text, as one noun phrase with no verb at all. A headline is a clause: the first word after its
// subject (a plain noun phrase: no preposition but "of", no verb) that can be a present-tense
// verb agreeing with it ("tours" after "leader": a verb in the treebank, itself or its stem) is
// tried as that verb, the tagger re-reading the words after it, and kept unless it lowers the
// tag sequence's score by more than kHeadlineVerbCost (a headline of noun phrases: "Record
// harvest for rice farmers" has no such word). Where the tagger found a finite verb, only a word
// before it is tried, and only when that verb does not follow it right away.
#include <algorithm>
#include <string>
#include <vector>

#include "extractor/syntax/model_file.h"
#include "extractor/syntax/tagger.h"

namespace kg {

namespace {

// What forcing a verb may cost the tag sequence's score (sum of the chosen classes' scores, in
// weight units), chosen on tests/data/headlines.tsv.
constexpr float kHeadlineVerbCost = 80.0f;
// The same where the tagger found a finite verb later in the headline, then in a clause the
// verb takes ("court rules worship ... is legal"). Never where that verb follows the word right
// away: "peace talks resume" is read as the tagger reads it.
constexpr float kReplaceVerbCost = 60.0f;

bool lower_word(const std::string& f) {
  if (f.size() < 3) return false;
  for (char c : f)
    if (c < 'a' || c > 'z') return false;
  return true;
}

bool ends_in_s(const std::string& f) {
  return f.size() > 3 && f.back() == 's' && f[f.size() - 2] != 's' && f[f.size() - 2] != 'u' &&
         f[f.size() - 2] != 'i';
}

// Prepositions a tagger may read as adverbs or particles in a headline ("probes airline over
// refund delays").
bool is_preposition(const std::string& w) {
  static const char* const kWords[] = {"over",  "after", "amid",    "against", "before", "for",
                                       "from",  "with",  "without", "despite", "near",   "off",
                                       "under", "into",  "onto",    "about",   "across", "as"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// "tours" -> "tour", "pushes" -> "push", "carries" -> "carry": the base forms a present-tense
// -s form may come from.
std::vector<std::string> stems(const std::string& f) {
  std::vector<std::string> out{f.substr(0, f.size() - 1)};
  if (f.size() > 4 && f.compare(f.size() - 3, 3, "ies") == 0)
    out.push_back(f.substr(0, f.size() - 3) + "y");
  if (f.size() > 4 && f.compare(f.size() - 2, 2, "es") == 0)
    out.push_back(f.substr(0, f.size() - 2));
  return out;
}

}  // namespace

void Tagger::tag_headline(std::vector<Token>& tokens, uint32_t first, uint32_t end,
                          const std::vector<std::string>& forms, uint16_t* out) const {
  std::vector<TaggerToken> info = token_info(tokens, first, end, &forms);
  const size_t n = info.size();
  const unsigned templates = clusters_ ? kClusterTemplates : 0;
  std::vector<float> margins(n);
  float total = 0;
  run_pass(info, weights_, templates, out, margins.data(), nullptr, nullptr, &total);

  auto xpos = [&](size_t i) -> const std::string& { return tags_.xpos[tags_.class_xpos[out[i]]]; };
  auto finite = [&](size_t i) {
    const std::string& x = xpos(i);
    return x == "VBZ" || x == "VBP" || x == "VBD" || x == "MD";
  };
  auto nominal = [&](size_t i) {
    const std::string& x = xpos(i);
    return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" || x == "PRP" || x == "CD";
  };
  // The main clause's verb comes before any finite verb the tagger found: [1, limit).
  size_t limit = 0;
  while (limit < n && !finite(limit)) ++limit;
  int verb_bit = upos_bit("VERB");
  int vbz = tags_.find("VERB", "VBZ"), vbp = tags_.find("VERB", "VBP");
  int best_at = -1, best_class = -1;
  if (verb_bit >= 0 && vbz >= 0 && vbp >= 0) {
    const uint64_t bit = uint64_t{1} << verb_bit;
    bool listed = false;  // the subject is a list ("Acme and Zenith", "48 countries, EU")
    for (size_t i = 1; i < limit; ++i) {
      const std::string& f = forms[i];
      const std::string& x = xpos(i);
      // The subject is a plain noun phrase: no verb, preposition (but "of") or clause before.
      if (x == "IN" ? normalize_form(f) != "of"
                    : (x == "TO" || x == "WDT" || x == "WP" || x == "VBG" || x == "VBN" ||
                       x == "-LRB-" || is_preposition(normalize_form(f))))
        break;
      // "Cup day five: Sweden, Belgium, England win": a colon opens the clause.
      if (x == ":") listed = false;
      if (x == "CC" || x == ",") listed = true;
      if (!lower_word(f) ||
          !(x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" || x == "VB" || x == "JJ"))
        continue;
      // The subject ends just before: a noun, or an adjective after a noun ("police chief").
      bool after_noun = nominal(i - 1) || (xpos(i - 1) == "JJ" && i >= 2 && nominal(i - 2) &&
                                           lower_word(forms[i - 1]));
      if (!after_noun) continue;
      // Agreement: "leader tours", "farmers protest", "Acme and Zenith agree"; a capitalised
      // plural may be a name ("Nordlys halts").
      bool s_form = ends_in_s(f);
      if (s_form
              ? xpos(i - 1) == "NNS"
              : !(xpos(i - 1) == "NNS" || xpos(i - 1) == "NNPS" || xpos(i - 1) == "PRP" || listed))
        continue;
      bool can_be_verb = (info[i].amb & bit) != 0;
      if (!can_be_verb && s_form)
        for (const std::string& stem : stems(f))
          can_be_verb |= (ambiguity_of(ambiguity_, fnv1a64(stem)) & bit) != 0;
      // A word the treebank never saw ("unite") may be a base-form verb after a plural or
      // listed subject when the headline has no finite verb at all; the tagger's scores decide.
      bool unseen = info[i].amb == 0 && !s_form && limit == n;
      if (!can_be_verb && !unseen) continue;
      if (limit < n && limit < i + 2) break;
      // The first word that can be the verb is the one tried: a later one would leave a verb
      // reading of an earlier word that the tagger prefers even less.
      std::vector<int> forced(n, -1);
      forced[i] = s_form ? vbz : vbp;
      std::vector<uint16_t> trial(out, out + n);
      float t = 0;
      run_pass(info, weights_, templates, trial.data(), nullptr, nullptr, forced.data(), &t);
      if (total - t < (limit < n ? kReplaceVerbCost : kHeadlineVerbCost)) {
        best_at = static_cast<int>(i);
        best_class = forced[i];
      }
      break;
    }
  }
  std::vector<int> forced;
  if (best_at >= 0) {
    forced.assign(n, -1);
    forced[best_at] = best_class;
    run_pass(info, weights_, templates, out, margins.data(), nullptr, forced.data());
  }
  finish(tokens, first, info, out, margins, forced.empty() ? nullptr : forced.data());
}

}  // namespace kg
