#include "extractor/input/html_reader.h"

#include <catch2/catch.hpp>

#include "extractor/core/error.h"
#include "test_support.h"

using namespace kg;

TEST_CASE("HTML: main text without page furniture; metadata from meta tags", "[html]") {
  Document doc = document_from_html(R"(<!doctype html><html><head>
    <title>Site name | Talks stall</title>
    <meta property="og:title" content="Talks on the border river stall again">
    <meta property="article:published_time" content="2025-04-02T10:15:00Z">
    <meta name="author" content="Ines Laurent">
    <style>p { color: red }</style><script>var tracking = "do not read";</script>
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <header class="site-header">Subscribe now</header>
    <article>
      <h1>Talks on the border river stall again</h1>
      <p>Delegations from <b>Chile</b> and Peru met in Lima on Tuesday.</p>
      <p>"We need more time," the envoy said.</p>
      <div class="share-buttons">Share on social media</div>
    </article>
    <footer>Copyright</footer>
  </body></html>)",
                                    "page.html");
  CHECK(doc.meta.title == "Talks on the border river stall again");
  CHECK(doc.meta.published == "2025-04-02T10:15");
  CHECK(doc.meta.author == "Ines Laurent");
  CHECK(doc.text ==
        "Talks on the border river stall again\n\n"
        "Delegations from Chile and Peru met in Lima on Tuesday.\n\n"
        "\"We need more time,\" the envoy said.");
}

TEST_CASE("HTML: schema.org NewsArticle JSON-LD block", "[html]") {
  Document doc = document_from_html(R"(<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Daily"},
     {"@type": "NewsArticle", "headline": "Port strike ends", "datePublished": "2024-11-04",
      "author": [{"@type": "Person", "name": "Omar Haddad"}], "url": "https://example.org/a"}]}
    </script></head><body><main><p>Dock workers returned on Monday.</p></main></body></html>)",
                                    "ld.html");
  CHECK(doc.meta.title == "Port strike ends");
  CHECK(doc.meta.published == "2024-11-04");
  CHECK(doc.meta.author == "Omar Haddad");
  CHECK(doc.meta.url == "https://example.org/a");
  CHECK(doc.text == "Port strike ends\n\nDock workers returned on Monday.");
}

TEST_CASE("HTML: deeply nested and empty pages", "[html]") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Deep text.</p>";
  Document doc = document_from_html("<html><body>" + deep + "</body></html>", "deep.html");
  CHECK(doc.text.find("Deep text.") != std::string::npos);
  CHECK_THROWS_WITH(
      document_from_html("<html><body><script>x()</script></body></html>", "empty.html"),
      Catch::Contains("empty.html: empty article"));
}

TEST_CASE("HTML files are read from folders and ingested", "[html][cli]") {
  test::TempDir dir;
  test::write_file(dir.file("story.html"),
                   "<html><head><title>Ministers meet in Oslo</title></head><body><p>Norway and "
                   "Sweden signed a fisheries accord in Oslo on Monday.</p></body></html>");
  auto result = test::run(test::kg_binary() + " ingest " + dir.path().string() + " --db " +
                          dir.file("kg.db"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Catch::Contains("ingested 1 new article"));
}

TEST_CASE("HTML: furniture words match whole class/id tokens, not substrings", "[html]") {
  Document doc = document_from_html(R"(<html><body class="layout-no-sidebar">
    <div class="story-breadcrumb-wrap"><p>The council approved the budget on Monday.</p></div>
    <div class="sidebar"><p>Most read today</p></div>
    <div class="related"><p>Another story headline</p></div>
  </body></html>)",
                                    "tokens.html");
  CHECK_THAT(doc.text, Catch::Contains("The council approved the budget on Monday."));
  CHECK_THAT(doc.text, !Catch::Contains("Most read today"));
  CHECK_THAT(doc.text, !Catch::Contains("Another story headline"));
}

TEST_CASE("HTML: a teaser <article> before the story does not replace it", "[html]") {
  std::string story;
  for (int i = 0; i < 8; ++i)
    story += "<p>The port reopened after the storm and ships queued to unload their cargo.</p>";
  Document doc = document_from_html(
      "<html><body><article class=\"card\"><a href=\"/other\">A related story headline</a>"
      "</article><article>" +
          story + "</article></body></html>",
      "teaser.html");
  CHECK_THAT(doc.text, Catch::Contains("The port reopened after the storm"));
  CHECK_THAT(doc.text, !Catch::Contains("A related story headline"));
}
