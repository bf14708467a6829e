#include "extractor/formats/conllu.h"

#include <charconv>
#include <fstream>
#include <ostream>
#include <sstream>

#include "extractor/core/error.h"

namespace kg {
namespace {

bool misc_has_space_after_no(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    std::string_view item = misc.substr(pos, bar == std::string_view::npos ? misc.npos : bar - pos);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return false;
}

bool parse_int(std::string_view s, int& v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

std::vector<ConlluSentence> parse_conllu(const std::string& content, const std::string& name) {
  std::vector<ConlluSentence> result;
  ConlluSentence cur;
  bool pending_doc = false, pending_par = false;
  bool have = false;
  size_t line_no = 0;
  size_t pos = 0;
  auto fail = [&](const std::string& what) {
    throw Error(ErrorKind::Input, name + ":" + std::to_string(line_no) + ": " + what);
  };
  auto finish = [&]() {
    if (have && !cur.words.empty()) result.push_back(std::move(cur));
    cur = ConlluSentence();
    have = false;
  };
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line(content.data() + pos,
                          (nl == std::string::npos ? content.size() : nl) - pos);
    pos = nl == std::string::npos ? content.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      if (!have) {
        have = true;
        cur.new_doc = pending_doc;
        cur.new_par = pending_par;
        pending_doc = pending_par = false;
      }
      auto value = [&](std::string_view key) -> std::string_view {
        std::string_view rest = line.substr(1);
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        if (rest.substr(0, key.size()) != key) return {};
        rest.remove_prefix(key.size());
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        if (rest.empty() || rest[0] != '=') return {};
        rest.remove_prefix(1);
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        return rest;
      };
      std::string_view body = line.substr(1);
      while (!body.empty() && body[0] == ' ') body.remove_prefix(1);
      if (body.substr(0, 6) == "newdoc") cur.new_doc = true;
      if (body.substr(0, 6) == "newpar") cur.new_par = true;
      if (body.substr(0, 7) == "sent_id") cur.sent_id = std::string(value("sent_id"));
      if (body.substr(0, 4) == "text" && (body.size() == 4 || body[4] == ' ' || body[4] == '='))
        cur.text = std::string(value("text"));
      continue;
    }
    if (!have) {
      have = true;
    }
    std::string_view cols[10];
    size_t c = 0, start = 0;
    for (size_t i = 0; i <= line.size() && c < 10; ++i) {
      if (i == line.size() || line[i] == '\t') {
        cols[c++] = line.substr(start, i - start);
        start = i + 1;
      }
    }
    if (c != 10) fail("expected 10 tab-separated columns");
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      ConlluMultiword mw;
      if (!parse_int(id.substr(0, dash), mw.first) || !parse_int(id.substr(dash + 1), mw.last))
        fail("bad multiword id '" + std::string(id) + "'");
      mw.form = std::string(cols[1]);
      mw.space_after = !misc_has_space_after_no(cols[9]);
      cur.multiwords.push_back(std::move(mw));
      continue;
    }
    int n = 0;
    if (!parse_int(id, n) || n != static_cast<int>(cur.words.size()) + 1)
      fail("bad word id '" + std::string(id) + "'");
    ConlluWord w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!parse_int(cols[6], w.head) || w.head < 0) {
      fail("bad head '" + std::string(cols[6]) + "'");
    }
    w.deprel = std::string(cols[7]);
    w.misc = std::string(cols[9]);
    w.space_after = !misc_has_space_after_no(cols[9]);
    cur.words.push_back(std::move(w));
  }
  finish();
  for (const ConlluSentence& s : result) {
    for (const ConlluWord& w : s.words) {
      if (w.head > static_cast<int>(s.words.size()))
        throw Error(ErrorKind::Input, name + ": sentence " + s.sent_id + ": head out of range");
    }
  }
  return result;
}

std::vector<ConlluSentence> read_conllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, "cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_conllu(ss.str(), path);
}

Document document_from_conllu(const std::vector<ConlluSentence>& sentences) {
  Document doc;
  uint32_t paragraph = 0;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ConlluSentence& s = sentences[si];
    if (si > 0 && (s.new_par || s.new_doc)) ++paragraph;
    if (si > 0) doc.text += '\n';
    Sentence sent;
    sent.first_token = static_cast<uint32_t>(doc.tokens.size());
    sent.begin = static_cast<uint32_t>(doc.text.size());
    sent.paragraph = paragraph;
    // Space after a word inside a multiword token follows the multiword token.
    std::vector<int> mw_last(s.words.size() + 1, 0);
    std::vector<bool> mw_space(s.words.size() + 1, true);
    for (const ConlluMultiword& mw : s.multiwords) {
      for (int k = mw.first; k <= mw.last && k <= static_cast<int>(s.words.size()); ++k) {
        mw_last[k] = mw.last;
        mw_space[k] = mw.space_after;
      }
    }
    for (size_t wi = 0; wi < s.words.size(); ++wi) {
      const ConlluWord& w = s.words[wi];
      Token t;
      t.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.end = static_cast<uint32_t>(doc.text.size());
      t.form = w.form;
      t.lemma = w.lemma;
      t.upos = w.upos;
      t.xpos = w.xpos;
      t.head = w.head > 0 ? static_cast<int>(sent.first_token) + w.head - 1 : -1;
      t.deprel = w.deprel;
      int id = static_cast<int>(wi) + 1;
      bool space = mw_last[id] ? (id == mw_last[id] ? mw_space[id] : true) : w.space_after;
      t.space_after = space;
      if (space && wi + 1 < s.words.size()) doc.text += ' ';
      doc.tokens.push_back(std::move(t));
    }
    sent.end_token = static_cast<uint32_t>(doc.tokens.size());
    sent.end = static_cast<uint32_t>(doc.text.size());
    doc.sentences.push_back(sent);
  }
  return doc;
}

void write_conllu(std::ostream& out, const Document& doc, const std::string& sent_id_prefix) {
  uint32_t last_par = UINT32_MAX;
  std::string line;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.paragraph != last_par) {
      out << "# newpar\n";
      last_par = s.paragraph;
    }
    out << "# sent_id = " << sent_id_prefix << (si + 1) << '\n';
    std::string text(doc.sentence_text(s));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out << "# text = " << text << '\n';
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = doc.tokens[t];
      auto col = [](const std::string& v) -> const std::string& {
        static const std::string kEmpty = "_";
        return v.empty() ? kEmpty : v;
      };
      int head = tok.head < 0 ? 0 : tok.head - static_cast<int>(s.first_token) + 1;
      line.clear();
      line += std::to_string(t - s.first_token + 1);
      line += '\t';
      line += col(tok.form);
      line += '\t';
      line += col(tok.lemma);
      line += '\t';
      line += col(tok.upos);
      line += '\t';
      line += col(tok.xpos);
      line += "\t_\t";
      line += std::to_string(head);
      line += '\t';
      line += tok.deprel.empty() ? (head == 0 ? "root" : "dep") : tok.deprel;
      line += "\t_\t";
      bool last_in_sentence = t + 1 == s.end_token;
      line += (!tok.space_after && !last_in_sentence) ? "SpaceAfter=No" : "_";
      line += '\n';
      out << line;
    }
    out << '\n';
  }
}

}  // namespace kg
