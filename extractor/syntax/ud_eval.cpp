#include "extractor/syntax/ud_eval.h"

#include <algorithm>
#include <utility>

#include "extractor/tokenize/tokenizer.h"

namespace kg {
namespace {

std::string_view universal(std::string_view deprel) {
  size_t colon = deprel.find(':');
  return colon == std::string_view::npos ? deprel : deprel.substr(0, colon);
}

double f1(size_t gold, size_t system, size_t correct) {
  if (gold + system == 0) return 100.0;
  return 200.0 * static_cast<double>(correct) / static_cast<double>(gold + system);
}

size_t count_common(std::vector<std::pair<uint32_t, uint32_t>> a,
                    std::vector<std::pair<uint32_t, uint32_t>> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return common;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

UdScores evaluate_ud(const SyntaxModel& pipeline, const std::vector<ConlluSentence>& gold, bool raw,
                     Tags tags) {
  UdScores sc;
  Document doc = document_from_conllu(gold);
  pipeline.annotate(doc, Stage::Parse, tags);
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  size_t t = 0;
  for (const ConlluSentence& s : gold) {
    size_t first = t;
    for (const ConlluWord& w : s.words) {
      const Token& tok = doc.tokens[t++];
      upos += tok.upos == w.upos;
      xpos += tok.xpos == w.xpos;
      lemma += tok.lemma == w.lemma;
      int head = tok.head < 0 ? 0 : tok.head - static_cast<int>(first) + 1;
      if (head == w.head) {
        ++uas;
        las += universal(tok.deprel) == universal(w.deprel);
        las_full += tok.deprel == w.deprel;
      }
    }
  }
  sc.words = t;
  sc.sentences_gold = gold.size();
  double n = static_cast<double>(std::max<size_t>(1, t));
  sc.upos = 100.0 * static_cast<double>(upos) / n;
  sc.xpos = 100.0 * static_cast<double>(xpos) / n;
  sc.lemma = 100.0 * static_cast<double>(lemma) / n;
  sc.uas = 100.0 * static_cast<double>(uas) / n;
  sc.las = 100.0 * static_cast<double>(las) / n;
  sc.las_full = 100.0 * static_cast<double>(las_full) / n;
  if (!raw) return sc;

  // Raw text as in the CoNLL 2018 shared task: sentences of a paragraph joined by a space,
  // paragraphs (and documents) separated by a blank line.
  sc.raw = true;
  Document text_doc;
  std::vector<std::pair<uint32_t, uint32_t>> gold_words, gold_sents;
  for (size_t si = 0; si < gold.size(); ++si) {
    const ConlluSentence& s = gold[si];
    if (si > 0) text_doc.text += (s.new_par || s.new_doc) ? "\n\n" : " ";
    uint32_t base = static_cast<uint32_t>(text_doc.text.size());
    std::string sentence_text = s.text;
    if (sentence_text.empty()) {
      for (size_t i = 0; i < s.words.size(); ++i) {
        sentence_text += s.words[i].form;
        if (s.words[i].space_after && i + 1 < s.words.size()) sentence_text += ' ';
      }
    }
    text_doc.text += sentence_text;
    // Surface tokens: multiword ranges as one token, split into words when the word forms
    // concatenate to the surface form.
    size_t pos = 0;
    uint32_t sent_begin = UINT32_MAX, sent_end = 0;
    auto locate = [&](const std::string& form, uint32_t& b, uint32_t& e) {
      while (pos < sentence_text.size() && is_space(sentence_text[pos])) ++pos;
      size_t at =
          sentence_text.compare(pos, form.size(), form) == 0 ? pos : sentence_text.find(form, pos);
      if (at == std::string::npos) return false;
      b = base + static_cast<uint32_t>(at);
      e = b + static_cast<uint32_t>(form.size());
      pos = at + form.size();
      sent_begin = std::min(sent_begin, b);
      sent_end = std::max(sent_end, e);
      return true;
    };
    size_t mw = 0;
    for (size_t wi = 0; wi < s.words.size();) {
      int id = static_cast<int>(wi) + 1;
      while (mw < s.multiwords.size() && s.multiwords[mw].last < id) ++mw;
      if (mw < s.multiwords.size() && s.multiwords[mw].first == id) {
        const ConlluMultiword& m = s.multiwords[mw];
        uint32_t b, e;
        size_t count = static_cast<size_t>(m.last - m.first + 1);
        if (locate(m.form, b, e)) {
          std::string concat;
          for (size_t k = 0; k < count && wi + k < s.words.size(); ++k)
            concat += s.words[wi + k].form;
          uint32_t at = b;
          for (size_t k = 0; k < count && wi + k < s.words.size(); ++k) {
            if (concat == m.form) {
              uint32_t len = static_cast<uint32_t>(s.words[wi + k].form.size());
              gold_words.emplace_back(at, at + len);
              at += len;
            } else {
              gold_words.emplace_back(b, e);
            }
          }
        }
        wi += count;
        continue;
      }
      uint32_t b, e;
      if (locate(s.words[wi].form, b, e)) gold_words.emplace_back(b, e);
      ++wi;
    }
    if (sent_begin < sent_end) gold_sents.emplace_back(sent_begin, sent_end);
  }
  tokenize(text_doc);
  std::vector<std::pair<uint32_t, uint32_t>> sys_words, sys_sents;
  for (const Token& tok : text_doc.tokens) sys_words.emplace_back(tok.begin, tok.end);
  for (const Sentence& s : text_doc.sentences) sys_sents.emplace_back(s.begin, s.end);
  sc.tokens = f1(gold_words.size(), sys_words.size(), count_common(gold_words, sys_words));
  sc.sentences = f1(gold_sents.size(), sys_sents.size(), count_common(gold_sents, sys_sents));
  return sc;
}

}  // namespace kg
