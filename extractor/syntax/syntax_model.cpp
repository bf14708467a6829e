#include "extractor/syntax/syntax_model.h"

#include <cstdlib>

#include "extractor/core/error.h"
#include "extractor/syntax/analyzer.h"
#include "extractor/syntax/headlines.h"
#include "extractor/syntax/model_file.h"
#include "extractor/tokenize/sentence_limit.h"
#include "extractor/tokenize/tokenizer.h"

namespace kg {

std::unique_ptr<Analyzer> Analyzer::load(const std::string& model_path) {
  return SyntaxModel::load(model_path);
}

std::string default_model_path() {
  const char* env = std::getenv("KG_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(KG_SOURCE_DIR) + "/models/en_ewt.kgm";
}

uint64_t SyntaxModel::fingerprint() const {
  std::string s;
  s += kTaggerFeatureVersion;
  s += '|';
  s += kParserFeatureVersion;
  s += '|';
  // Models without clusters keep the fingerprint they had before clusters existed, and models
  // with clusters in both the tagger and the parser the one of format 4.
  const bool tagger_clusters = tagger_.clusters() != nullptr;
  const bool parser_clusters = parser_.uses_clusters();
  if (tagger_clusters && parser_clusters) s += "word-clusters-1|";
  if (tagger_clusters && !parser_clusters) s += "tagger-clusters-1|";
  if (!tagger_clusters && parser_clusters) s += "parser-clusters-1|";
  if (tagger_.two_pass()) {
    s += kTaggerSecondPassVersion;
    s += '|';
  }
  const TagSet& tags = tagger_.tags();
  for (size_t c = 0; c < tags.size(); ++c) {
    s += tags.upos[tags.class_upos[c]];
    s += '/';
    s += tags.xpos[tags.class_xpos[c]];
    s += ' ';
  }
  s += '|';
  for (const std::string& l : parser_.labels()) {
    s += l;
    s += ' ';
  }
  return fnv1a64(s);
}

void SyntaxModel::save(const std::string& path) const {
  ByteWriter w;
  // One table, whichever stages use it (training gives both the same one).
  const std::shared_ptr<const WordClusters>& clusters =
      parser_.clusters() ? parser_.clusters() : tagger_.clusters();
  w.tag("WCLU");
  (clusters ? *clusters : WordClusters()).write(w);
  w.u8(static_cast<uint8_t>((tagger_.clusters() ? kClustersInTagger : 0) |
                            (parser_.clusters() ? kClustersInParser : 0)));
  w.tag("TAGR");
  tagger_.write(w);
  w.tag("LEMM");
  lemmatizer_.write(w);
  w.tag("PARS");
  parser_.write(w);
  w.tag("END.");
  write_model_file(path, fingerprint(), w.bytes());
}

std::unique_ptr<SyntaxModel> SyntaxModel::load(const std::string& path) {
  ModelFileContents contents = read_model_file(path);
  ByteReader r(contents.payload, path);
  std::shared_ptr<const WordClusters> clusters;
  uint8_t users = 0;
  if (contents.version >= 4) {
    r.expect_tag("WCLU");
    clusters = std::make_shared<WordClusters>(WordClusters::read(r));
    // Format 4 has no user byte: both stages use a non-empty table.
    users = contents.version >= 5 ? r.u8() : kClustersInTagger | kClustersInParser;
    if (users > (kClustersInTagger | kClustersInParser)) r.fail("bad word-cluster users");
  }
  r.expect_tag("TAGR");
  Tagger tagger = Tagger::read(r, users & kClustersInTagger ? clusters : nullptr, contents.version);
  r.expect_tag("LEMM");
  Lemmatizer lemmatizer = Lemmatizer::read(r);
  r.expect_tag("PARS");
  Parser parser = Parser::read(r, users & kClustersInParser ? clusters : nullptr, contents.version);
  r.expect_tag("END.");
  if (!r.at_end()) r.fail("trailing data");
  auto p =
      std::make_unique<SyntaxModel>(std::move(tagger), std::move(lemmatizer), std::move(parser));
  if (p->fingerprint() != contents.fingerprint)
    throw Error(ErrorKind::Model, "model file " + path +
                                      " was built for other feature templates or tag sets "
                                      "(fingerprint mismatch); retrain it with this kg");
  return p;
}

void SyntaxModel::analyze(Document& doc) const {
  tokenize(doc);
  split_long_sentences(doc);
  annotate(doc, Stage::Parse, Tags::Predict, true);
}

void SyntaxModel::annotate(Document& doc, Stage upto, Tags given, bool headlines) const {
  std::vector<uint16_t> classes;
  std::vector<ParserToken> ptoks;
  std::vector<int> heads, labels;
  const TagSet& tags = tagger_.tags();
  std::vector<bool> headline;
  if (headlines && given == Tags::Predict) headline = find_headlines(doc);
  std::vector<std::string> forms;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    uint32_t n = s.size();
    if (n == 0) continue;
    classes.resize(n);
    forms.clear();
    if (k < headline.size() && headline[k]) {
      int propn = tagger_.upos_bit("PROPN");
      if (is_title_case(doc, s) && propn >= 0) {
        forms = sentence_case_forms(doc, s, headline, tagger_.ambiguity(),
                                    static_cast<uint32_t>(propn));
      } else {
        for (uint32_t i = s.first_token; i < s.end_token; ++i) forms.push_back(doc.tokens[i].form);
      }
      tagger_.tag_headline(doc.tokens, s.first_token, s.end_token, forms, classes.data());
    } else if (given == Tags::Predict) {
      tagger_.tag(doc.tokens, s.first_token, s.end_token, classes.data());
    }
    if (upto == Stage::Tag) continue;
    for (uint32_t i = 0; i < n; ++i) {
      Token& t = doc.tokens[s.first_token + i];
      t.lemma = lemmatizer_.lemma(forms.empty() ? t.form : forms[i], t.xpos);
    }
    if (upto == Stage::Lemma) continue;
    ptoks.resize(n);
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = doc.tokens[s.first_token + i];
      ptoks[i] = parser_token(tagger_, parser_.clusters().get(), t.form,
                              given == Tags::Given ? 0 : classes[i]);
      if (given == Tags::Given) {
        ptoks[i].xpos = tag_code(tags.xpos, t.xpos);
        ptoks[i].upos = tag_code(tags.upos, t.upos);
      }
    }
    heads.resize(n);
    labels.resize(n);
    parser_.parse(ptoks.data(), static_cast<int>(n), heads.data(), labels.data());
    for (uint32_t i = 0; i < n; ++i) {
      Token& t = doc.tokens[s.first_token + i];
      if (heads[i] < 0) {
        t.head = -1;
        t.deprel = "root";
        continue;
      }
      t.head = static_cast<int>(s.first_token) + heads[i];
      if (labels[i] >= 0) {
        t.deprel = parser_.labels()[labels[i]];
      } else {
        t.deprel = t.upos == "PUNCT" ? "punct" : "parataxis";
      }
    }
  }
}

}  // namespace kg
