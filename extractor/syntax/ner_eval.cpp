#include "extractor/syntax/ner_eval.h"

#include <fstream>
#include <sstream>

#include "extractor/core/error.h"

namespace kg {

std::vector<NerSentence> parse_iob2(const std::string& content, const std::string& name) {
  std::vector<NerSentence> out;
  NerSentence cur;
  std::istringstream in(content);
  std::string line;
  size_t line_no = 0;
  auto flush = [&] {
    if (!cur.forms.empty()) out.push_back(std::move(cur));
    cur = NerSentence();
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    size_t a = line.find('\t');
    size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos || b == a + 1)
      throw Error(ErrorKind::Input, name + ":" + std::to_string(line_no) +
                                        ": expected index, form and label separated by tabs");
    size_t c = line.find('\t', b + 1);
    std::string label = line.substr(b + 1, c == std::string::npos ? c : c - b - 1);
    if (label != "O" &&
        (label.size() < 3 || (label[0] != 'B' && label[0] != 'I') || label[1] != '-'))
      throw Error(ErrorKind::Input,
                  name + ":" + std::to_string(line_no) + ": bad label \"" + label + "\"");
    cur.forms.push_back(line.substr(a + 1, b - a - 1));
    cur.tags.push_back(ner_tag_of(label));
  }
  flush();
  return out;
}

std::vector<NerSentence> read_iob2(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, "cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_iob2(ss.str(), path);
}

std::vector<NerSpan> ner_spans(const std::vector<NerTag>& tags) {
  std::vector<NerSpan> out;
  for (size_t i = 0; i < tags.size();) {
    int type = ner_type(tags[i]);
    if (type == 0) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tags.size() && !ner_begins(tags[j]) && ner_type(tags[j]) == type) ++j;
    out.push_back({i, j, type});
    i = j;
  }
  return out;
}

std::vector<NerTag> ner_label(const SyntaxModel& syntax, const NerTagger& ner,
                              const std::vector<std::string>& forms) {
  std::vector<Token> toks(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) toks[i].form = forms[i];
  std::vector<uint16_t> classes(forms.size());
  auto n = static_cast<uint32_t>(forms.size());
  syntax.tagger().tag(toks, 0, n, classes.data());
  ner.tag(toks, 0, n);
  std::vector<NerTag> out(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) out[i] = toks[i].ner;
  return out;
}

NerScores evaluate_ner(const SyntaxModel& syntax, const NerTagger& ner,
                       const std::vector<NerSentence>& gold) {
  NerScores s;
  for (const NerSentence& sent : gold) {
    std::vector<NerSpan> g = ner_spans(sent.tags);
    std::vector<NerSpan> p = ner_spans(ner_label(syntax, ner, sent.forms));
    for (const NerSpan& x : g) ++s.by_type[0].gold, ++s.by_type[x.type].gold;
    for (const NerSpan& x : p) {
      ++s.by_type[0].predicted, ++s.by_type[x.type].predicted;
      for (const NerSpan& y : g)
        if (x == y) ++s.by_type[0].correct, ++s.by_type[x.type].correct;
    }
  }
  return s;
}

}  // namespace kg
