#include "extractor/syntax/headlines.h"

#include <unordered_map>

#include "extractor/syntax/model_file.h"

namespace kg {

namespace {

// Headlines come first: a line past the fourth paragraph is body text however it ends.
constexpr uint32_t kHeadlineParagraphs = 4;
// Longer lines are prose that lacks its full stop.
constexpr uint32_t kHeadlineTokens = 30;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool capitalised_word(const std::string& f) {
  if (f.size() < 2 || !is_upper(f[0])) return false;
  for (size_t i = 1; i < f.size(); ++i)
    if (!is_lower(f[i]) && f[i] != '-' && f[i] != '\'') return false;
  return true;
}

std::string lower(std::string f) {
  for (char& c : f)
    if (is_upper(c)) c = static_cast<char>(c + 32);
  return f;
}

// Whether the sentence ends as body text does: with . ! ? before any closing quotes or brackets.
bool ends_as_prose(const Document& doc, const Sentence& s) {
  for (uint32_t t = s.end_token; t-- > s.first_token;) {
    const std::string& f = doc.tokens[t].form;
    if (f == "\"" || f == "'" || f == ")" || f == "\xE2\x80\x9D" || f == "\xE2\x80\x99") continue;
    char last = f.empty() ? 0 : f.back();
    return last == '.' || last == '!' || last == '?';
  }
  return false;
}

}  // namespace

std::vector<bool> find_headlines(const Document& doc) {
  std::vector<bool> out(doc.sentences.size(), false);
  for (size_t i = 0; i < doc.sentences.size();) {
    uint32_t par = doc.sentences[i].paragraph;
    if (par >= kHeadlineParagraphs) break;
    size_t j = i;
    bool body = false;
    for (; j < doc.sentences.size() && doc.sentences[j].paragraph == par; ++j)
      body |= doc.sentences[j].size() > kHeadlineTokens || ends_as_prose(doc, doc.sentences[j]);
    if (body) break;
    for (; i < j; ++i) out[i] = true;
  }
  return out;
}

bool is_title_case(const Document& doc, const Sentence& s) {
  int words = 0, capitalised = 0;
  for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
    const std::string& f = doc.tokens[t].form;
    if (f.size() < 4 || !(is_upper(f[0]) || is_lower(f[0]))) continue;
    ++words;
    capitalised += is_upper(f[0]);
  }
  return words >= 2 && capitalised * 4 >= words * 3;
}

std::vector<std::string> sentence_case_forms(const Document& doc, const Sentence& s,
                                             const std::vector<bool>& headline,
                                             const AmbiguityTable& ambiguity, uint32_t propn_bit) {
  // How the body writes each word: in lower case, or capitalised where no sentence begins.
  enum : uint8_t { kLower = 1, kName = 2 };
  std::unordered_map<std::string, uint8_t> body;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (headline[i]) continue;
    const Sentence& b = doc.sentences[i];
    for (uint32_t t = b.first_token; t < b.end_token; ++t) {
      const std::string& f = doc.tokens[t].form;
      if (f.empty() || !(is_upper(f[0]) || is_lower(f[0]))) continue;
      if (is_lower(f[0])) {
        body[f] |= kLower;
      } else if (t > b.first_token && capitalised_word(f) && doc.tokens[t - 1].form != "\"" &&
                 doc.tokens[t - 1].form != ":") {
        body[lower(f)] |= kName;
      }
    }
  }
  std::vector<std::string> forms;
  forms.reserve(s.size());
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string& f = doc.tokens[t].form;
    forms.push_back(f);
    if (!capitalised_word(f)) continue;
    std::string low = lower(f);
    auto it = body.find(low);
    uint8_t seen = it == body.end() ? 0 : it->second;
    if (seen & kName) continue;
    uint64_t amb = ambiguity_of(ambiguity, fnv1a64(normalize_form(low)));
    // An unknown -s form ("Condemns"): what its stem is.
    if (amb == 0 && low.size() > 3 && low.back() == 's')
      amb = ambiguity_of(ambiguity, fnv1a64(normalize_form(low.substr(0, low.size() - 1))));
    if ((seen & kLower) || (amb & ~(uint64_t{1} << propn_bit)) != 0) forms.back() = low;
  }
  return forms;
}

}  // namespace kg
