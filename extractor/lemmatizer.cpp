#include "extractor/lemmatizer.h"

#include <algorithm>
#include <vector>

#include "extractor/model_file.h"

namespace kg {

std::string lemma_key_form(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c == '\xE2' && i + 2 < form.size() && form[i + 1] == '\x80' &&
               (form[i + 2] == '\x99' || form[i + 2] == '\x98')) {
      out += '\'';
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {
std::string key2(std::string_view a, std::string_view b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k.append(a);
  k += '\t';
  k.append(b);
  return k;
}
bool lowers_unknown(std::string_view xpos) {
  static constexpr std::string_view kTags[] = {"NN",  "NNS", "VB",  "VBD", "VBG", "VBN", "VBP",
                                               "VBZ", "RB",  "RBR", "UH",  "JJR", "JJS"};
  return std::find(std::begin(kTags), std::end(kTags), xpos) != std::end(kTags);
}
}  // namespace

LemmaRule Lemmatizer::rule_for(std::string_view form, std::string_view lemma) {
  std::string lower = lemma_key_form(form);
  auto common = [&](std::string_view f) {
    size_t k = 0;
    while (k < f.size() && k < lemma.size() && f[k] == lemma[k]) ++k;
    return k;
  };
  size_t keep_exact = common(form);
  size_t keep_lower = common(lower);
  LemmaRule r;
  r.lower = keep_lower > keep_exact;
  size_t keep = r.lower ? keep_lower : keep_exact;
  size_t len = r.lower ? lower.size() : form.size();
  r.cut = static_cast<uint8_t>(std::min<size_t>(255, len - keep));
  r.append = std::string(lemma.substr(keep));
  return r;
}

std::string Lemmatizer::apply(const LemmaRule& rule, std::string_view form) {
  std::string base = rule.lower ? lemma_key_form(form) : std::string(form);
  if (rule.cut > base.size()) return base;
  base.resize(base.size() - rule.cut);
  base += rule.append;
  return base;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos) const {
  auto it = exact_.find(key2(form, xpos));
  if (it != exact_.end()) return it->second;
  std::string lower = lemma_key_form(form);
  it = lower_.find(key2(lower, xpos));
  if (it != lower_.end()) return it->second;
  // Unknown capitalised common nouns, verbs and adverbs (sentence-initial, headlines, acronyms)
  // have lower-case lemmas in UD English; only proper nouns and adjectives keep their case.
  bool lower_case = lowers_unknown(xpos);
  for (size_t k = std::min(kMaxSuffix, lower.size()) + 1; k-- > 0;) {
    auto r = rules_.find(key2(xpos, std::string_view(lower).substr(lower.size() - k)));
    if (r != rules_.end()) return apply(r->second, lower_case ? std::string_view(lower) : form);
  }
  return lower;
}

void Lemmatizer::write(ByteWriter& w) const {
  auto write_map = [&](const std::unordered_map<std::string, std::string>& m) {
    std::vector<std::pair<std::string, std::string>> v(m.begin(), m.end());
    std::sort(v.begin(), v.end());
    w.u32(static_cast<uint32_t>(v.size()));
    for (const auto& [k, l] : v) {
      w.str(k);
      w.str(l);
    }
  };
  write_map(exact_);
  write_map(lower_);
  std::vector<std::pair<std::string, LemmaRule>> rules(rules_.begin(), rules_.end());
  std::sort(rules.begin(), rules.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  w.u32(static_cast<uint32_t>(rules.size()));
  for (const auto& [k, r] : rules) {
    w.str(k);
    w.u8(r.cut);
    w.u8(r.lower ? 1 : 0);
    w.str(r.append);
  }
}

Lemmatizer Lemmatizer::read(ByteReader& r) {
  auto read_map = [&]() {
    std::unordered_map<std::string, std::string> m;
    uint32_t n = r.count(8);
    m.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      std::string k = r.str();
      m.emplace(std::move(k), r.str());
    }
    return m;
  };
  auto exact = read_map();
  auto lower = read_map();
  std::unordered_map<std::string, LemmaRule> rules;
  uint32_t n = r.count(10);
  for (uint32_t i = 0; i < n; ++i) {
    std::string k = r.str();
    LemmaRule rule;
    rule.cut = r.u8();
    rule.lower = r.u8() != 0;
    rule.append = r.str();
    rules.emplace(std::move(k), std::move(rule));
  }
  return Lemmatizer(std::move(exact), std::move(lower), std::move(rules));
}

}  // namespace kg
