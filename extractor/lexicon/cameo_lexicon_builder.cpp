#include "extractor/lexicon/cameo_lexicon_builder.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

#include "extractor/core/error.h"
#include "extractor/core/text.h"

namespace kg {

std::string_view cameo_class(std::string_view code) {
  // Longest prefix first. Statements (01) are SAY: quotes carry them.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 36> map{{
      {"163", "SANCTION"}, {"172", "SANCTION"}, {"042", "VISIT"},
      {"043", "MEET"},     {"044", "MEET"},     {"046", "MEET"},
      {"051", "SUPPORT"},  {"052", "SUPPORT"},  {"053", "SUPPORT"},
      {"054", "SUPPORT"},  {"057", "AGREE"},    {"110", "OPPOSE"},
      {"111", "CONDEMN"},  {"112", "ACCUSE"},   {"113", "OPPOSE"},
      {"114", "CONDEMN"},  {"115", "ACCUSE"},   {"116", "ACCUSE"},
      {"01", "SAY"},       {"02", "APPEAL"},    {"03", "INTEND"},
      {"04", "CONSULT"},   {"05", "COOPERATE"}, {"06", "COOPERATE"},
      {"07", "AID"},       {"08", "YIELD"},     {"09", "MONITOR"},
      {"10", "DEMAND"},    {"12", "OPPOSE"},    {"13", "THREATEN"},
      {"14", "PROTEST"},   {"15", "POSTURE"},   {"16", "REDUCE_RELATIONS"},
      {"17", "COERCE"},    {"18", "ASSAULT"},   {"19", "ATTACK"},
  }};
  if (code.rfind("20", 0) == 0) return "MASS_VIOLENCE";
  for (const auto& [prefix, cls] : map)
    if (code.rfind(prefix, 0) == 0) return cls;
  return {};
}

namespace {

// Words after "*" that are verb particles, not objects ("SET OUT VIEWS").
bool is_particle(const std::string& w) {
  static const std::set<std::string> p{
      "out", "up", "off",  "down",  "forward",  "aside",   "back",   "away",  "over",
      "in",  "on", "into", "ahead", "together", "through", "around", "apart", "about"};
  return p.count(w) > 0;
}

std::string singular(std::string w) {
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 4 && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches")))
    return w.substr(0, w.size() - 2);
  if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is"))
    return w.substr(0, w.size() - 1);
  return w;
}

std::string clean_word(std::string w) {
  w = to_lower(w);
  while (!w.empty() && (w.back() == '_' || w.back() == ',')) w.pop_back();
  std::replace(w.begin(), w.end(), '_', ' ');
  return w;
}

// "042:043" -> "042"; ":173" -> "173"; "---" -> "".
std::string code_of(const std::string& bracket) {
  std::string c = bracket.substr(0, bracket.find(':'));
  if (c.empty() && bracket.find(':') != std::string::npos)
    c = bracket.substr(bracket.find(':') + 1);
  if (c.empty() || c[0] < '0' || c[0] > '9') return {};
  return c;
}

struct Row {
  std::string lemma, object, prep, code, cls;
  auto key() const { return std::tie(lemma, object, prep, code); }
  bool operator<(const Row& o) const { return key() < o.key(); }
};

}  // namespace

int build_cameo_lexicon(const std::string& cameo_txt, const std::string& output_tsv) {
  std::ifstream in(cameo_txt, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, cameo_txt + ": cannot open");
  std::string line, notice;
  std::map<std::string, std::vector<std::string>> sets;
  std::set<Row> rows;
  bool patterns = false, in_notice = false;
  std::string set_name, block_code;
  std::vector<std::pair<std::string, std::string>> block_verbs;  // lemma, particle
  auto add = [&](const std::string& lemma, const std::string& object, const std::string& prep,
                 const std::string& code) {
    std::string cls(cameo_class(code));
    if (lemma.empty() || code.empty() || cls.empty()) return;
    rows.insert({lemma, object.empty() ? "-" : object, prep.empty() ? "-" : prep, code, cls});
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find("The MIT License") != std::string::npos) in_notice = true;
    if (in_notice) {
      if (line.rfind("#", 0) != 0 || line.find("LAST UPDATE") != std::string::npos)
        in_notice = false;
      else
        notice += line + "\n";
      continue;
    }
    if (line.find("####### VERB PATTERNS") != std::string::npos) {
      patterns = true;
      continue;
    }
    std::string body = line.substr(0, line.find('#'));
    while (!body.empty() && (body.back() == ' ' || body.back() == '\t')) body.pop_back();
    if (!patterns) {  // synonym sets: "&WEAPON" then "+MISSILE" lines
      if (body.rfind("&", 0) == 0)
        set_name = to_lower(body.substr(0, body.find(' ')));
      else if (body.rfind("+", 0) == 0 && !set_name.empty())
        sets[set_name].push_back(singular(clean_word(body.substr(1))));
      else if (body.empty())
        set_name.clear();
      continue;
    }
    if (body.empty()) continue;
    if (body.rfind("---", 0) == 0) {  // "---  ATTACK   [190]  ---"
      size_t a = body.find('['), b = body.find(']');
      block_code = a != std::string::npos && b > a ? code_of(body.substr(a + 1, b - a - 1)) : "";
      block_verbs.clear();
      continue;
    }
    std::string code = block_code;
    if (size_t a = body.find('['), b = body.find(']'); a != std::string::npos && b > a) {
      std::string c = code_of(body.substr(a + 1, b - a - 1));
      if (!c.empty()) code = c;
      body = body.substr(0, a);
    }
    if (body[0] == '-') {  // "- * (TO BORDER) [154]": object words and prepositions after "*"
      std::istringstream words(body.substr(1));
      std::string w, object, prep;
      bool after_star = false, in_paren = false, in_brace = false;
      int paren_word = 0;  // index of the word inside the current parentheses
      std::string brace_last;
      bool words_in_paren = false;  // "(IN &CAPITAL)": a phrase this lexicon cannot check
      std::vector<std::string> objects;
      while (words >> w) {
        if (w == "*") {
          after_star = true;
          continue;
        }
        bool open_p = w.front() == '(', close_p = w.back() == ')';
        bool open_b = w.front() == '{', close_b = w.back() == '}';
        std::string bare = w;
        std::erase_if(bare, [](char c) { return c == '(' || c == ')' || c == '{' || c == '}'; });
        if (open_p) in_paren = true, paren_word = 0;
        if (open_b) in_brace = true;
        if (after_star && !bare.empty() && bare != "$" && bare != "^" && bare != "%" &&
            bare != "+") {
          std::string lw = clean_word(bare);
          if (in_paren) {
            if (paren_word == 0 && prep.empty())
              prep = lw;
            else
              words_in_paren = true;
          } else if (in_brace) {
            brace_last = lw;
          } else if (object.empty() && objects.empty() && !is_particle(lw)) {
            if (lw[0] == '&') {
              if (auto it = sets.find(lw); it != sets.end()) objects = it->second;
            } else {
              object = singular(lw);
            }
          }
        }
        if (in_paren) ++paren_word;
        if (close_p) in_paren = false;
        if (close_b) {
          in_brace = false;
          if (after_star && object.empty() && objects.empty() && !brace_last.empty() && !in_paren &&
              brace_last[0] != '&')
            object = singular(brace_last);  // "{ARMS SHIPMENT}": the head is the last word
        }
        if (!after_star) continue;
      }
      if (!after_star || words_in_paren) continue;
      if (!object.empty()) objects.push_back(object);
      if (objects.empty()) objects.push_back("");
      // The pattern belongs to the verb its comment names ("# RUSH"), else to the whole block.
      std::string named;
      if (size_t h = line.find('#'); h != std::string::npos) {
        std::istringstream c(line.substr(h + 1));
        c >> named;
        named = clean_word(named);
      }
      bool any = std::any_of(block_verbs.begin(), block_verbs.end(),
                             [&](const auto& v) { return v.first == named; });
      for (const auto& [verb, particle] : block_verbs)
        if (!any || verb == named)
          for (const auto& o : objects) add(verb, o, prep.empty() ? particle : prep, code);
      continue;
    }
    // A verb line: "HURRY {HURRIES HURRYING}", "+ASK_FOR {...} [020]".
    std::string word = body.substr(0, body.find_first_of(" \t{"));
    if (!word.empty() && word[0] == '+') word = word.substr(1);
    word = clean_word(word);
    std::string lemma = word.substr(0, word.find(' ')), particle;
    if (word.find(' ') != std::string::npos) particle = word.substr(word.find(' ') + 1);
    if (particle.find(' ') != std::string::npos) continue;  // longer phrases: not read here
    block_verbs.push_back({lemma, particle});
    add(lemma, "", particle, code);
  }
  std::string tmp = output_tsv + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) throw Error(ErrorKind::Output, tmp + ": cannot write");
    out << "# kg lexicon v1: relation verbs from the CAMEO verb dictionary of PETRARCH2\n"
           "# (CAMEO.2.0.txt), written by `kg make-relation-lexicon`; do not edit by hand.\n"
           "# lemma<TAB>part of speech<TAB>object noun lemma (or -)<TAB>preposition (or -)<TAB>"
           "CAMEO code<TAB>class\n"
           "# A row with an object or preposition applies only when the verb takes them.\n"
           "#\n"
           "# Derived from the PETRARCH2 dictionaries under this notice:\n"
        << notice << "#\n";
    for (const auto& r : rows)
      out << r.lemma << "\tverb\t" << r.object << "\t" << r.prep << "\t" << r.code << "\t" << r.cls
          << "\n";
    if (!out) throw Error(ErrorKind::Output, tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), output_tsv.c_str()) != 0)
    throw Error(ErrorKind::Output, output_tsv + ": cannot rename");
  return static_cast<int>(rows.size());
}

}  // namespace kg
