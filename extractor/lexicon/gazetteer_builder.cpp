#include "extractor/lexicon/gazetteer_builder.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "extractor/core/error.h"

namespace kg {
namespace {

struct Row {
  std::string iso3, kind, surface;
};

bool is_ascii_name(const std::string& s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (c >= 0x80 || c == ',' || c == '\t' || c == '\n') return false;
  return true;
}

// "North Korea" -> "N. Korea": compass words are commonly shortened in headlines.
std::string compass_short(const std::string& name) {
  for (const char* compass : {"North ", "South ", "East ", "West "}) {
    std::string c(compass);
    if (name.rfind(c, 0) == 0) return std::string(1, c[0]) + ". " + name.substr(c.size());
  }
  return "";
}

// Two-letter ISO codes ("IN", "IT", "AM") and short or lowercase spellings ("Lao", "the Abode of
// Peace") are ordinary words far more often than names; "Island" (Iceland) is an English word.
bool usable_alt(const std::string& alt, const std::string& cca2) {
  return alt != cca2 && alt.size() > 4 && alt[0] >= 'A' && alt[0] <= 'Z' && alt != "Island";
}

// "Türkiye" -> "Turkiye": articles in English often drop the marks, and the key stays ASCII.
std::string strip_marks(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  std::string result =
      n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n)) : s;
  std::free(out);
  return result;
}

std::string get_string(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? strip_marks(it->value.GetString()) : "";
}

// General short forms that the data set lacks (facts about usage, not about any article).
const std::vector<Row>& extra_rows() {
  static const std::vector<Row> rows = {
      {"USA", "alt", "U.S."},
      {"USA", "alt", "US"},
      {"USA", "alt", "U.S.A."},
      {"USA", "alt", "America"},
      {"GBR", "alt", "U.K."},
      {"GBR", "alt", "Britain"},
      {"ARE", "alt", "UAE"},
      {"ARE", "alt", "U.A.E."},
      {"NLD", "alt", "Holland"},
      {"BIH", "alt", "Bosnia"},
      {"COD", "alt", "DRC"},
      {"CZE", "alt", "Czech Republic"},
      {"TUR", "alt", "Turkey"},
      {"KOR", "alt", "ROK"},
      {"CHN", "alt", "PRC"},
      {"GBR", "alt", "UK"},
      {"USA", "capital", "Washington"},
      {"GBR", "demonym", "Briton"},
      {"GBR", "demonym", "Britons"},
  };
  return rows;
}

}  // namespace

int build_gazetteer(const std::string& countries_json, const std::string& output_tsv) {
  std::ifstream in(countries_json, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, countries_json + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string json = buffer.str();
  rapidjson::Document data;
  data.Parse(json.c_str(), json.size());
  if (data.HasParseError())
    throw Error(ErrorKind::Input, countries_json + ": byte " +
                                      std::to_string(data.GetErrorOffset()) + ": " +
                                      rapidjson::GetParseError_En(data.GetParseError()));
  if (!data.IsArray()) throw Error(ErrorKind::Input, countries_json + ": expected an array");

  std::vector<Row> rows;
  std::set<std::string> independent;
  int countries = 0;
  for (const auto& c : data.GetArray()) {
    if (!c.IsObject() || !c.HasMember("name") || !c["name"].IsObject()) continue;
    const std::string iso3 = get_string(c, "cca3");
    const std::string cca2 = get_string(c, "cca2");
    const std::string common = get_string(c["name"], "common");
    const std::string official = get_string(c["name"], "official");
    if (iso3.size() != 3 || !is_ascii_name(common)) continue;
    ++countries;
    if (auto ind = c.FindMember("independent");
        ind != c.MemberEnd() && ind->value.IsBool() && ind->value.GetBool())
      independent.insert(iso3);
    std::set<std::string> seen;
    auto add = [&](const std::string& kind, const std::string& surface) {
      if (!is_ascii_name(surface) || !seen.insert(kind + "\t" + surface).second) return;
      rows.push_back({iso3, kind, surface});
    };
    add("name", common);
    add("official", official);
    if (auto it = c.FindMember("altSpellings"); it != c.MemberEnd() && it->value.IsArray())
      for (const auto& a : it->value.GetArray())
        // Two-letter ISO codes ("IN", "IT", "AM") are English words far more often than names.
        if (a.IsString() && usable_alt(a.GetString(), cca2)) add("alt", strip_marks(a.GetString()));
    for (const std::string& n : {common, official})
      if (std::string s = compass_short(n); !s.empty()) add("alt", s);
    if (auto it = c.FindMember("demonyms"); it != c.MemberEnd() && it->value.IsObject()) {
      if (auto eng = it->value.FindMember("eng");
          eng != it->value.MemberEnd() && eng->value.IsObject()) {
        for (const char* g : {"m", "f"}) {
          std::string d = get_string(eng->value, g);
          if (d.empty()) continue;
          add("demonym", d);
          if (std::string s = compass_short(d); !s.empty()) add("demonym", s);
          if (d.back() == 'n') add("demonym", d + "s");  // "Russians", "Americans"
        }
      }
    }
    if (auto it = c.FindMember("capital"); it != c.MemberEnd() && it->value.IsArray())
      for (const auto& cap : it->value.GetArray())
        if (cap.IsString()) add("capital", strip_marks(cap.GetString()));
  }
  for (const auto& r : extra_rows()) rows.push_back(r);
  // "French" is France's before the French Southern Lands': a demonym or spelling shared with
  // an independent state is dropped from the territory.
  std::set<std::string> sovereign_surfaces;
  for (const auto& r : rows)
    if (independent.count(r.iso3)) sovereign_surfaces.insert(r.surface);
  rows.erase(std::remove_if(rows.begin(), rows.end(),
                            [&](const Row& r) {
                              return !independent.count(r.iso3) && r.kind != "name" &&
                                     sovereign_surfaces.count(r.surface);
                            }),
             rows.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.iso3 < b.iso3; });
  // Drop exact duplicates (an extra row the data already has).
  std::set<std::string> written;

  const std::string tmp = output_tsv + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorKind::Output, tmp + ": cannot write");
    out << "# kg country gazetteer v1: iso3<TAB>kind<TAB>surface (built by `kg make-gazetteer`)\n";
    for (const auto& r : rows)
      if (written.insert(r.iso3 + "\t" + r.surface).second)
        out << r.iso3 << '\t' << r.kind << '\t' << r.surface << '\n';
    if (!out) throw Error(ErrorKind::Output, tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), output_tsv.c_str()) != 0)
    throw Error(ErrorKind::Output, output_tsv + ": cannot rename " + tmp);
  return countries;
}

}  // namespace kg
