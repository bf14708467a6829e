#include "extractor/syntax/lemmatizer.h"

#include <algorithm>
#include <vector>

#include "extractor/syntax/model_file.h"

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
// The XPOS of a word's lemma form, for checking that a suffix rule yields a known word.
std::string_view base_xpos(std::string_view xpos) {
  if (xpos.size() == 3 && xpos.substr(0, 2) == "VB") return "VB";
  if (xpos == "NNS") return "NN";
  if (xpos == "NNPS") return "NNP";
  if (xpos == "JJR" || xpos == "JJS") return "JJ";
  if (xpos == "RBR" || xpos == "RBS") return "RB";
  return {};
}
bool ends_with(std::string_view s, std::string_view end) {
  return s.size() > end.size() + 1 && s.substr(s.size() - end.size()) == end;
}
// Regular English stems of an inflected form: "-ed" -> "", "-e", undoubled consonant, "-ied" ->
// "-y", and likewise for "-ing", "-s", "-er", "-est".
std::vector<std::string> regular_stems(std::string_view w, std::string_view xpos) {
  std::vector<std::string> out;
  auto strip = [&](std::string_view end, std::initializer_list<std::string_view> appends) {
    if (!ends_with(w, end)) return;
    std::string_view stem = w.substr(0, w.size() - end.size());
    for (std::string_view a : appends) out.push_back(std::string(stem) + std::string(a));
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2])
      out.push_back(std::string(stem.substr(0, stem.size() - 1)));
    if (stem.back() == 'i') out.push_back(std::string(stem.substr(0, stem.size() - 1)) + "y");
  };
  if (xpos == "VBD" || xpos == "VBN") strip("ed", {"", "e"});
  if (xpos == "VBG") strip("ing", {"", "e"});
  if (xpos == "VBZ" || xpos == "NNS" || xpos == "NNPS") {
    strip("es", {"", "e"});
    strip("s", {""});
  }
  if (xpos == "JJR" || xpos == "RBR") strip("er", {"", "e"});
  if (xpos == "JJS" || xpos == "RBS") strip("est", {"", "e"});
  return out;
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
  // The longest matching suffix decides, unless its result is not a known base form and a
  // shorter suffix's result is ("rolled": "-olled" as in "controlled" would give "rol").
  // Failing that, a regular stem that is a known base form is taken.
  bool lower_case = lowers_unknown(xpos);
  std::string_view written = lower_case ? std::string_view(lower) : form;
  std::string_view base = base_xpos(xpos);
  auto known = [&](const std::string& w) {
    return lower_.count(key2(lemma_key_form(w), base)) != 0;
  };
  std::string first;
  bool have_first = false;
  for (size_t k = std::min(kMaxSuffix, lower.size()) + 1; k-- > 0;) {
    auto r = rules_.find(key2(xpos, std::string_view(lower).substr(lower.size() - k)));
    if (r == rules_.end()) continue;
    std::string candidate = apply(r->second, written);
    if (base.empty() || known(candidate)) return candidate;
    if (!have_first) {
      first = std::move(candidate);
      have_first = true;
    }
  }
  if (!base.empty())
    for (std::string& stem : regular_stems(written, xpos))
      if (known(stem)) return stem;
  return have_first ? first : lower;
}

void Lemmatizer::add_base_forms(std::string_view xpos, const std::vector<std::string>& lemmas) {
  for (const std::string& l : lemmas) {
    std::string lower = lemma_key_form(l);
    lower_.emplace(key2(lower, xpos), lower);
  }
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
