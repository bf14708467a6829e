// Printing scores: one article as the evaluation kit prints it (text, --verbose details, --json),
// and a folder of articles as one row each with the mean.
#pragma once

#include <string>
#include <vector>

#include "extractor/eval/scorer.h"

namespace kg::eval {

// "entities  P=.. R=.. F1=.. split=.. ..." lines, the details first when `verbose`.
std::string score_text(const ArticleScore& score, bool verbose);
// {"scores": {entities, relations, quotes, metadata, overall_f1}, "details": {...}}
std::string score_json(const ArticleScore& score);

struct ScoredArticle {
  std::string name;  // the article's file name without extension
  ArticleScore score;
};

// The mean of every figure over the articles; split, conflated and the counts are totals.
ArticleScore mean_score(const std::vector<ScoredArticle>& articles);
// An aligned table: a row per article, then the mean; with `verbose` each article's details.
std::string folder_text(const std::vector<ScoredArticle>& articles, bool verbose);
// {"articles": [{"article": NAME, "scores": {...}, "details": {...}}...], "mean": {...}}
std::string folder_json(const std::vector<ScoredArticle>& articles);

}  // namespace kg::eval
