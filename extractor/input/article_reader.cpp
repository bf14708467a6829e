#include "extractor/input/article_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "extractor/core/text.h"
#include "extractor/input/html_reader.h"

namespace kg {
namespace fs = std::filesystem;

Document document_from_text(std::string text, const std::string& source) {
  if (text.size() > kMaxArticleBytes)
    throw Error(ErrorKind::Input, source + ": article is " + std::to_string(text.size()) +
                                      " bytes, more than the limit of " +
                                      std::to_string(kMaxArticleBytes));
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  // A NUL byte early on means a binary file, whatever else is wrong with it.
  size_t nul = text.find('\0');
  if (nul != std::string::npos && nul < 8192)
    throw Error(ErrorKind::Input,
                source + ": binary file, not text (NUL byte at byte " + std::to_string(nul) + ")");
  if (auto bad = find_invalid_utf8(text))
    throw Error(ErrorKind::Input, source + ": invalid UTF-8 at byte " + std::to_string(*bad));
  if (nul != std::string::npos)
    throw Error(ErrorKind::Input, source + ": NUL byte at byte " + std::to_string(nul));
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }))
    throw Error(ErrorKind::Input, source + ": empty article (no text)");
  Document doc;
  doc.meta = read_layout_metadata(text);
  doc.meta.source = source;
  doc.text = std::move(text);
  return doc;
}

namespace {

// A text that is clearly not English gets a warning naming it: the extractor's rules and model
// are English only, so its facts would be noise. 50 words at least, to judge.
void check_language(Document& doc) {
  size_t words = 0;
  double share = english_function_word_share(doc.text, &words);
  if (words >= 50 && share < 0.08)
    doc.warnings.push_back(doc.meta.source + ": does not look like English (" +
                           std::to_string(static_cast<int>(share * 100 + 0.5)) + "% of " +
                           std::to_string(words) +
                           " words are common English words, against about 40% in English "
                           "news); kg extracts from English only");
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, path.string() + ": cannot open for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::Input, path.string() + ": read error");
  return std::move(buffer).str();
}

std::string member(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) return {};
  if (it->value.IsString()) return {it->value.GetString(), it->value.GetStringLength()};
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  return {};
}

void read_jsonl(std::istream& in, const std::string& source,
                const std::function<void(Document&&)>& on_article,
                const std::function<void(const Error&)>& on_bad_record) {
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::string where = source + ":" + std::to_string(line_number);
    if (trim(line).empty()) continue;
    rapidjson::Document json;
    json.Parse(line.c_str(), line.size());
    if (json.HasParseError()) {
      on_bad_record(Error(ErrorKind::Input, where + ": malformed JSON at column " +
                                                std::to_string(json.GetErrorOffset() + 1) + ": " +
                                                rapidjson::GetParseError_En(json.GetParseError())));
      continue;
    }
    if (!json.IsObject() || !json.HasMember("text") || !json["text"].IsString()) {
      on_bad_record(Error(ErrorKind::Input, where + ": record has no \"text\" string"));
      continue;
    }
    try {
      Document doc = document_from_text(member(json, "text"), where);
      // Fields given in the record win over what the layout suggests.
      for (auto [field, name] : {std::pair{&doc.meta.id, "id"},
                                 {&doc.meta.title, "title"},
                                 {&doc.meta.published, "published"},
                                 {&doc.meta.author, "author"},
                                 {&doc.meta.url, "url"}}) {
        std::string value = member(json, name);
        if (!value.empty()) *field = value;
      }
      if (auto date = parse_date_prefix(doc.meta.published)) doc.meta.published = date->first;
      check_language(doc);
      on_article(std::move(doc));
    } catch (const Error& e) {
      on_bad_record(e);
    }
  }
}

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}
bool is_jsonl(const fs::path& path) { return lower_extension(path) == ".jsonl"; }
bool is_html(const fs::path& path) {
  std::string extension = lower_extension(path);
  return extension == ".html" || extension == ".htm";
}

void read_path(const fs::path& path, const std::function<void(Document&&)>& on_article,
               const std::function<void(const Error&)>& on_bad_record) {
  if (is_jsonl(path)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::Input, path.string() + ": cannot open for reading");
    read_jsonl(in, path.string(), on_article, on_bad_record);
    return;
  }
  Document doc = is_html(path) ? document_from_html(read_file(path), path.string())
                               : document_from_text(read_file(path), path.string());
  doc.meta.id = path.stem().string();
  check_language(doc);
  on_article(std::move(doc));
}

}  // namespace

bool is_article_file(const fs::path& path) {
  return lower_extension(path) == ".txt" || is_jsonl(path) || is_html(path);
}

double english_function_word_share(std::string_view text, size_t* words) {
  static const std::unordered_set<std::string> common = {
      "the",   "of",   "and",  "to",   "a",    "in",    "is",   "that", "for", "on",
      "was",   "with", "said", "by",   "as",   "at",    "from", "it",   "he",  "his",
      "be",    "are",  "has",  "have", "an",   "were",  "not",  "this", "but", "they",
      "which", "or",   "who",  "had",  "been", "their", "will", "its",  "she", "her"};
  size_t total = 0, found = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    ++total;
    found += common.count(word);
    word.clear();
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80)
      word += static_cast<char>(std::tolower(u));
    else
      flush();
  }
  flush();
  if (words) *words = total;
  return total == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(total);
}

void read_articles(const std::vector<std::string>& paths,
                   const std::function<void(Document&&)>& on_article,
                   const std::function<void(const Error&)>& on_bad_record,
                   const std::function<void(size_t files, const std::string& why)>& on_skipped) {
  auto read_one = [&](const fs::path& path) {
    try {
      read_path(path, on_article, on_bad_record);
    } catch (const Error& e) {
      on_bad_record(e);
    }
  };
  for (const std::string& name : paths) {
    if (name == "-") {
      std::ostringstream buffer;
      buffer << std::cin.rdbuf();
      std::string text = std::move(buffer).str();
      // Standard input holds JSON Lines when its first character opens an object.
      std::string_view head = trim(text);
      if (!head.empty() && head.front() == '{') {
        std::istringstream in(text);
        read_jsonl(in, "<stdin>", on_article, on_bad_record);
      } else {
        try {
          Document doc = document_from_text(std::move(text), "<stdin>");
          check_language(doc);
          on_article(std::move(doc));
        } catch (const Error& e) {
          on_bad_record(e);
        }
      }
      continue;
    }
    fs::path path(name);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      on_bad_record(Error(ErrorKind::Input, name + ": no such file or directory"));
      continue;
    }
    if (!fs::is_directory(status)) {
      read_one(path);
      continue;
    }
    std::vector<fs::path> files;
    std::map<std::string, size_t> skipped;  // extension -> files
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      if (is_article_file(it->path()))
        files.push_back(it->path());
      else
        ++skipped[it->path().extension().empty() ? "no extension" : lower_extension(it->path())];
    }
    if (ec)
      on_bad_record(Error(ErrorKind::Input, name + ": cannot read directory: " + ec.message()));
    else if (files.empty())
      on_bad_record(Error(ErrorKind::Input, name + ": no articles in this folder (.txt, .jsonl, "
                                                   ".html or .htm files)"));
    if (!skipped.empty() && on_skipped) {
      size_t count = 0;
      std::string why;
      for (const auto& [extension, n] : skipped) {
        count += n;
        why += (why.empty() ? "" : ", ") + std::to_string(n) + " " + extension;
      }
      on_skipped(count, name + ": not .txt, .jsonl, .html or .htm (" + why + ")");
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) read_one(file);
  }
}

}  // namespace kg
