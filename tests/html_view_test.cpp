// The HTML export in a real browser: Debian's Chromium, headless, driven by puppeteer-core
// (tests/package-lock.json) through tests/readers/html_view.js. The store holds names that try to
// break out of the page's JSON and markup; they must show as text. Skipped with its reason where
// Chromium or puppeteer-core is missing (a failure with CI=true: .ci/install-deps installs both).
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "graph/knowledge_graph.h"
#include "graph/store/store.h"
#include "test_support.h"

using namespace kg;

namespace {

const std::string kScriptName = "North </script><img src=x onerror=\"window.__pwned=1\"> Korea";
const std::string kAlias = "Hermit Kingdom <b>&amp;</b>";

void fill(Store& store) {
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  ex.entities[0].name = kScriptName;
  ex.entities[0].aliases.push_back(kAlias);
  ex.quotes[0].speaker = 0;
  ex.quotes[0].text = "a quote with </script><!-- and <img src=y onerror=\"window.__pwned=2\">";
  store.add_article(doc, ex);
  auto [doc2, ex2] = test::small_article("Japan condemned DPRK.", "2024-02-01");
  store.add_article(doc2, ex2);
}

}  // namespace

TEST_CASE("HTML view: Chromium shows the store's graph, finds aliases, shows evidence as text",
          "[export][html][browser]") {
  if (!std::filesystem::exists("/usr/bin/chromium"))
    KG_SKIP("needs Debian's chromium (/usr/bin/chromium; .ci/install-deps installs it)");
  if (test::run("cd " + test::source_dir() +
                "/tests && node -e \"require.resolve('puppeteer-core')\"")
          .exit_code != 0)
    KG_SKIP("needs node with puppeteer-core from tests/package-lock.json (.ci/install-deps)");
  test::TempDir dir;
  std::string db = dir.file("kg.db"), page = dir.file("graph.html");
  size_t nodes = 0, edges = 0;
  {
    Store store(db);
    fill(store);
    KnowledgeGraph graph = load_graph(store);
    nodes = graph.vertex_count();
    edges = graph.edge_count();
    REQUIRE(static_cast<size_t>(store.counts().entities) == nodes);
  }
  auto exported = test::run(test::kg_binary() + " export --format html --db " + db + " -o " + page);
  INFO(exported.output);
  REQUIRE(exported.exit_code == 0);
  std::string html = test::read_file(page);
  CHECK(html.find("<img") == std::string::npos);  // escaped in the JSON, not markup
  CHECK(html.find("\\u003c/script\\u003e") != std::string::npos);

  // For a person to look at: beside the kg binary (build/html_view_test.png).
  std::string shot =
      (std::filesystem::path(test::kg_binary()).parent_path() / "html_view_test.png").string();
  auto result = test::run("node " + test::source_dir() + "/tests/readers/html_view.js " + page +
                          " --search 'hermit kingdom' --edge 0 --shot " + shot + " 2>&1");
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  rapidjson::Document report;
  report.Parse(result.output.c_str());
  REQUIRE(report.IsObject());
  CHECK(report["nodes"].GetInt() == static_cast<int>(nodes));
  CHECK(report["edges"].GetInt() == static_cast<int>(edges));
  CHECK(report["shownEdges"].GetInt() == static_cast<int>(edges));
  CHECK(report["errors"].Size() == 0);
  CHECK(report["requests"].Size() == 0);
  CHECK(report["images"].GetInt() == 0);
  CHECK_FALSE(report["pwned"].GetBool());
  CHECK(std::string(report["searchHeading"].GetString()) == kScriptName);
  CHECK_THAT(report["searchPanel"].GetString(), Catch::Contains(kAlias));
  CHECK_THAT(report["searchPanel"].GetString(), Catch::Contains("</script><!--"));
  CHECK_THAT(report["edgePanel"].GetString(), Catch::Contains("DPRK was condemned by Japan."));
  CHECK_THAT(report["edgePanel"].GetString(), Catch::Contains("A test article"));
  CHECK(std::filesystem::file_size(shot) > 1000);
  CHECK(std::string(report["layoutIn"].GetString()) == "worker");

  // A browser without workers lays the graph out on the page itself.
  auto here = test::run("node " + test::source_dir() + "/tests/readers/html_view.js " + page +
                        " --no-worker --edge 0 2>&1");
  INFO(here.output);
  REQUIRE(here.exit_code == 0);
  rapidjson::Document fallback;
  fallback.Parse(here.output.c_str());
  REQUIRE(fallback.IsObject());
  CHECK(std::string(fallback["layoutIn"].GetString()) == "page");
  CHECK(fallback["errors"].Size() == 0);
  CHECK_THAT(fallback["edgePanel"].GetString(), Catch::Contains("DPRK was condemned by Japan."));
}

TEST_CASE("HTML export: a missing d3 is an error naming the file, and nothing is written",
          "[export][html]") {
  test::TempDir dir;
  std::string db = dir.file("kg.db"), page = dir.file("graph.html");
  {
    Store store(db);
    fill(store);
  }
  auto result = test::run("KG_D3_JS=" + dir.file("no-d3.js") + " " + test::kg_binary() +
                          " export --format html --db " + db + " -o " + page);
  CHECK(result.exit_code == 5);
  CHECK_THAT(result.output, Catch::Contains("no-d3.js") && Catch::Contains("node-d3"));
  CHECK_FALSE(std::filesystem::exists(page));
}
