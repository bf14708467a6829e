#include "extractor/eval/score_report.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>

namespace kg::eval {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

std::string format(const char* pattern, double a, double b = 0, double c = 0) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

void key(Writer& w, const char* name) { w.Key(name); }
void number(Writer& w, const char* name, double value) {
  w.Key(name);
  w.Double(value);
}
void count(Writer& w, const char* name, int value) {
  w.Key(name);
  w.Int(value);
}
void accuracy(Writer& w, const Accuracy& a) {
  number(w, "recall", a.recall);
  number(w, "precision", a.precision);
  number(w, "f1", a.f1);
}

void write_scores(Writer& w, const ArticleScore& s) {
  w.StartObject();
  key(w, "entities");
  w.StartObject();
  accuracy(w, s.entities);
  count(w, "split", s.entities.split);
  count(w, "conflated", s.entities.conflated);
  number(w, "type_accuracy", s.entities.type_accuracy);
  w.EndObject();
  key(w, "relations");
  w.StartObject();
  accuracy(w, s.relations);
  count(w, "scored", s.relations.scored);
  count(w, "unscored", s.relations.unscored);
  count(w, "outside_vocabulary", s.relations.outside_vocabulary);
  w.EndObject();
  key(w, "quotes");
  w.StartObject();
  accuracy(w, s.quotes);
  number(w, "text_recall", s.quotes.text_recall);
  w.EndObject();
  key(w, "metadata");
  w.StartObject();
  number(w, "accuracy", s.metadata_accuracy);
  w.EndObject();
  number(w, "overall_f1", s.overall_f1);
  w.EndObject();
}

void strings(Writer& w, const std::vector<std::string>& list) {
  w.StartArray();
  for (const std::string& s : list) w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
}

void write_details(Writer& w, const ScoreDetails& d) {
  w.StartObject();
  key(w, "false_entities");
  strings(w, d.false_entities);
  key(w, "missed_entities");
  strings(w, d.missed_entities);
  key(w, "split_entities");
  w.StartObject();
  for (const auto& [name, names] : d.split_entities) {
    w.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    strings(w, names);
  }
  w.EndObject();
  key(w, "conflated_entities");
  w.StartArray();
  for (const auto& [name, names] : d.conflated_entities) {
    w.StartArray();
    w.String(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    strings(w, names);
    w.EndArray();
  }
  w.EndArray();
  key(w, "missed_relations");
  strings(w, d.missed_relations);
  key(w, "wrong_relations");
  strings(w, d.wrong_relations);
  key(w, "missed_quotes");
  strings(w, d.missed_quotes);
  w.EndObject();
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}
std::string list_text(const std::vector<std::string>& list) {
  std::string out = "[";
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + quoted(list[i]);
  return out + "]";
}

std::string details_text(const ScoreDetails& d) {
  std::string out = "false_entities: " + list_text(d.false_entities) + "\n";
  out += "missed_entities: " + list_text(d.missed_entities) + "\n";
  out += "split_entities: {";
  for (size_t i = 0; i < d.split_entities.size(); ++i)
    out += (i ? ", " : "") + quoted(d.split_entities[i].first) + ": " +
           list_text(d.split_entities[i].second);
  out += "}\nconflated_entities: [";
  for (size_t i = 0; i < d.conflated_entities.size(); ++i)
    out += (i ? ", [" : "[") + quoted(d.conflated_entities[i].first) + ", " +
           list_text(d.conflated_entities[i].second) + "]";
  out += "]\n";
  out += "missed_relations: " + list_text(d.missed_relations) + "\n";
  out += "wrong_relations: " + list_text(d.wrong_relations) + "\n";
  out += "missed_quotes: " + list_text(d.missed_quotes) + "\n";
  return out;
}

std::string pad(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

}  // namespace

std::string score_text(const ArticleScore& s, bool verbose) {
  std::string out = verbose ? details_text(s.details) : "";
  const EntityScore& e = s.entities;
  out += format("entities  P=%.2f R=%.2f F1=%.2f", e.precision, e.recall, e.f1) +
         " split=" + std::to_string(e.split) + " conflated=" + std::to_string(e.conflated) +
         format(" type_acc=%.2f\n", e.type_accuracy);
  const RelationScore& r = s.relations;
  out += format("relations P=%.2f R=%.2f F1=%.2f", r.precision, r.recall, r.f1) +
         " scored=" + std::to_string(r.scored) + " unscored=" + std::to_string(r.unscored) +
         " outside_vocabulary=" + std::to_string(r.outside_vocabulary) + "\n";
  const QuoteScore& q = s.quotes;
  out += format("quotes    P=%.2f R=%.2f F1=%.2f", q.precision, q.recall, q.f1) +
         format(" text_recall=%.2f\n", q.text_recall);
  out += format("metadata  accuracy=%.2f\n", s.metadata_accuracy);
  out += format("overall F1=%.3f\n", s.overall_f1);
  return out;
}

std::string score_json(const ArticleScore& score) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "scores");
  write_scores(w, score);
  key(w, "details");
  write_details(w, score.details);
  w.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

ArticleScore mean_score(const std::vector<ScoredArticle>& articles) {
  ArticleScore m;
  if (articles.empty()) return m;
  auto add = [](Accuracy& to, const Accuracy& a) {
    to.precision += a.precision;
    to.recall += a.recall;
    to.f1 += a.f1;
  };
  for (const ScoredArticle& a : articles) {
    const ArticleScore& s = a.score;
    add(m.entities, s.entities);
    m.entities.split += s.entities.split;
    m.entities.conflated += s.entities.conflated;
    m.entities.type_accuracy += s.entities.type_accuracy;
    add(m.relations, s.relations);
    m.relations.scored += s.relations.scored;
    m.relations.unscored += s.relations.unscored;
    m.relations.outside_vocabulary += s.relations.outside_vocabulary;
    add(m.quotes, s.quotes);
    m.quotes.text_recall += s.quotes.text_recall;
    m.metadata_accuracy += s.metadata_accuracy;
    m.overall_f1 += s.overall_f1;
  }
  double n = static_cast<double>(articles.size());
  for (Accuracy* a : {static_cast<Accuracy*>(&m.entities), static_cast<Accuracy*>(&m.relations),
                      static_cast<Accuracy*>(&m.quotes)}) {
    a->precision /= n;
    a->recall /= n;
    a->f1 /= n;
  }
  m.entities.type_accuracy /= n;
  m.quotes.text_recall /= n;
  m.metadata_accuracy /= n;
  m.overall_f1 /= n;
  return m;
}

std::string folder_text(const std::vector<ScoredArticle>& articles, bool verbose) {
  size_t width = 7;
  for (const ScoredArticle& a : articles) width = std::max(width, a.name.size());
  std::string out =
      pad("article", width) +
      "  entP  entR entF1 split confl  relP  relR relF1  quoP  quoR quoF1  meta   all\n";
  auto row = [&](const std::string& name, const ArticleScore& s) {
    const EntityScore& e = s.entities;
    char counts[32];
    std::snprintf(counts, sizeof counts, " %5d %5d", e.split, e.conflated);
    return pad(name, width) + format(" %5.2f %5.2f %5.2f", e.precision, e.recall, e.f1) + counts +
           format(" %5.2f %5.2f %5.2f", s.relations.precision, s.relations.recall, s.relations.f1) +
           format(" %5.2f %5.2f %5.2f", s.quotes.precision, s.quotes.recall, s.quotes.f1) +
           format(" %5.2f %5.3f\n", s.metadata_accuracy, s.overall_f1);
  };
  for (const ScoredArticle& a : articles) out += row(a.name, a.score);
  out += row("mean (" + std::to_string(articles.size()) + ")", mean_score(articles));
  if (verbose)
    for (const ScoredArticle& a : articles)
      out += "\n== " + a.name + "\n" + details_text(a.score.details);
  return out;
}

std::string folder_json(const std::vector<ScoredArticle>& articles) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "articles");
  w.StartArray();
  for (const ScoredArticle& a : articles) {
    w.StartObject();
    key(w, "article");
    w.String(a.name.c_str(), static_cast<rapidjson::SizeType>(a.name.size()));
    key(w, "scores");
    write_scores(w, a.score);
    key(w, "details");
    write_details(w, a.score.details);
    w.EndObject();
  }
  w.EndArray();
  key(w, "mean");
  write_scores(w, mean_score(articles));
  w.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

}  // namespace kg::eval
