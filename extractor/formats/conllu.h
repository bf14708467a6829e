// Reading and writing CoNLL-U (https://universaldependencies.org/format.html).
//
// The reader keeps what training and evaluation need: the ten columns of every syntactic word,
// multiword-token ranges (form and SpaceAfter), and the sent_id / text / newdoc / newpar comments.
// Empty nodes (ids like 8.1) are skipped. Malformed lines throw kg::Error (ErrorKind::Input)
// naming the file and line.
//
// Stateless functions; thread-safe.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "extractor/core/document.h"

namespace kg {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = 0;  // 1-based id of the head within the sentence, 0 for the root
  bool space_after = true;
};

struct ConlluMultiword {
  int first = 0, last = 0;  // 1-based word ids covered
  std::string form;
  bool space_after = true;
};

struct ConlluSentence {
  std::string sent_id;
  std::string text;
  bool new_doc = false;
  bool new_par = false;
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
};

// Reads a whole CoNLL-U file.
std::vector<ConlluSentence> read_conllu(const std::string& path);
// Parses CoNLL-U text; `name` is used in error messages.
std::vector<ConlluSentence> parse_conllu(const std::string& content, const std::string& name);

// Builds a Document whose text is the gold words joined (a space where SpaceAfter allows it,
// one sentence per line) and whose tokens are the gold words with their annotation copied
// (head as document-wide index). Multiword tokens contribute their words.
Document document_from_conllu(const std::vector<ConlluSentence>& sentences);

// Writes the analysed document as CoNLL-U: `# sent_id = <prefix><n>` (1-based), `# text`,
// the ten columns and SpaceAfter=No in MISC. Paragraph starts are marked with `# newpar`.
void write_conllu(std::ostream& out, const Document& doc, const std::string& sent_id_prefix);

}  // namespace kg
