// The document model that every extractor stage fills in.
//
// A Document owns the article's UTF-8 text. Tokens and sentences refer to it by byte offsets and
// to each other by index, so every fact extracted later can point back to the exact words it came
// from. Stages run in order: the tokenizer fills `tokens` and `sentences`, the tagger `upos`,
// `xpos` and `lemma`, the parser `head` and `deprel`, the named-entity tagger `ner`.
//
// Not thread-safe for writing; distinct documents may be processed on distinct threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Article metadata, from a JSON Lines record or read off a plain-text layout.
struct ArticleMeta {
  std::string id;  // caller-given id, or derived from the file name
  std::string title;
  std::string published;  // ISO date "YYYY-MM-DD" (optionally with "THH:MM"), or empty
  std::string author;
  std::string url;
  std::string source;  // file the article came from ("-" for standard input)
};

// BIO label of the named-entity tagger (extractor/syntax/ner_tagger.h): B- opens a span, I-
// continues one. O also when no tagger ran.
enum class NerTag : uint8_t { O, BPer, IPer, BOrg, IOrg, BLoc, ILoc };
inline constexpr int kNerTags = 7;

struct Token {
  uint32_t begin = 0;  // byte offset of the first byte in Document::text
  uint32_t end = 0;    // byte offset one past the last byte
  std::string form;    // the token as written (a clitic such as "n't" is its own token)
  std::string lemma;
  std::string upos;    // Universal POS tag
  std::string xpos;    // Penn Treebank tag
  int head = -1;       // document-wide index of the head token; -1 for the sentence root
  std::string deprel;  // UD relation with subtype ("nsubj:pass"); "root" for the root
  bool space_after = true;
  NerTag ner = NerTag::O;
};

struct Sentence {
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last token
  uint32_t begin = 0;        // byte offsets of the sentence in Document::text
  uint32_t end = 0;
  uint32_t paragraph = 0;  // 0-based paragraph index (paragraphs are split by blank lines)

  uint32_t size() const { return end_token - first_token; }
};

struct Document {
  std::string text;
  ArticleMeta meta;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // Problems that did not stop the analysis (a sentence over the length limit); shown to the user.
  std::vector<std::string> warnings;

  std::string_view span_text(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view sentence_text(const Sentence& s) const { return span_text(s.begin, s.end); }
  // Index of the sentence holding token `t` (binary search over sentences).
  int sentence_of(uint32_t t) const;
};

}  // namespace kg
