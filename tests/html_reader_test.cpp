#include "extractor/input/html_reader.h"

#include <catch2/catch.hpp>

#include "extractor/core/error.h"
#include "extractor/input/html_byline.h"
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

TEST_CASE("HTML: hidden elements are not read", "[html]") {
  Document doc = document_from_html(R"(<html><body><article>
    <p>The harbour board met on Friday to vote on new fees.</p>
    <p style="display: none">Hidden teaser about another story</p>
    <div hidden><p>Hidden microdata copy</p></div>
    <p style="visibility:hidden">Invisible line</p>
  </article></body></html>)",
                                    "hidden.html");
  CHECK_THAT(doc.text, Catch::Contains("The harbour board met on Friday"));
  CHECK_THAT(doc.text, !Catch::Contains("Hidden teaser"));
  CHECK_THAT(doc.text, !Catch::Contains("Hidden microdata"));
  CHECK_THAT(doc.text, !Catch::Contains("Invisible line"));
}

TEST_CASE("HTML: metadata in order of trust, entities decoded", "[html]") {
  Document doc = document_from_html(R"(<html><head>
    <title>Weather page | The Valley Courier</title>
    <script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Farmers&#8217; market reopens &amp; grows",
      "author": {"@type": "Person", "name": "Tomas Brell"}}</script>
    <meta property="og:title" content="A different social title">
    <meta property="article:published_time" content="2023-05-06T08:00:00Z">
  </head><body><p>The market opened on Saturday.</p>
    <time datetime="2024-01-01T00:00:00Z">Updated</time></body></html>)",
                                    "trust.html");
  CHECK(doc.meta.title == "Farmers\u2019 market reopens & grows");
  CHECK(doc.meta.author == "Tomas Brell");
  CHECK(doc.meta.published == "2023-05-06T08:00");  // the meta tag, not the late <time>
}

TEST_CASE("HTML: the title tag loses its site-name suffix; the first <time> is read", "[html]") {
  Document doc = document_from_html(R"(<html><head>
    <title>Bridge closes for three weeks - The Valley Courier</title></head><body>
    <time datetime="2022-09-14">14 September</time><p>The old bridge closed on Monday.</p>
    <div class="comments"><time datetime="2022-09-20">later</time></div></body></html>)",
                                    "suffix.html");
  CHECK(doc.meta.title == "Bridge closes for three weeks");
  CHECK(doc.meta.published == "2022-09-14");
}

TEST_CASE("HTML: soft hyphens and zero-width characters are removed", "[html]") {
  Document doc = document_from_html(
      "<html><body><p>Mayor Kas&shy;imir Vont spoke to the coun\xE2\x80\x8B"
      "cil.</p></body></html>",
      "shy.html");
  CHECK_THAT(doc.text, Catch::Contains("Mayor Kasimir Vont spoke to the council."));
}

TEST_CASE("HTML: a large page giving a few words is reported by name", "[html]") {
  std::string menu;
  for (int i = 0; i < 600; ++i) menu += "<a href=\"/section/" + std::to_string(i) + "\"></a>";
  Document doc = document_from_html(
      "<html><body><nav>" + menu + "</nav><p>Only a teaser line here.</p></body></html>",
      "thin.html");
  REQUIRE(doc.warnings.size() == 1);
  CHECK_THAT(doc.warnings[0], Catch::Contains("thin.html") && Catch::Contains("words of text"));
  Document full =
      document_from_html("<html><body><p>Only a teaser line here.</p></body></html>", "small.html");
  CHECK(full.warnings.empty());
}

namespace {
// An invented story paragraph of real sentences with commas, repeated with a number.
std::string story_paragraphs(int count) {
  std::string html;
  for (int i = 0; i < count; ++i)
    html += "<p>The ferry company, which runs six boats, said on Tuesday that crossing " +
            std::to_string(i) + " would resume once the harbour wall, damaged in the storm, " +
            "had been repaired by engineers from the port authority.</p>";
  return html;
}
}  // namespace

TEST_CASE("HTML: without <article>, the densest block of sentences is the story", "[html]") {
  std::string links;
  for (int i = 0; i < 12; ++i)
    links += "<li><a href=\"/s/" + std::to_string(i) + "\">Another headline number " +
             std::to_string(i) + " about something else</a></li>";
  Document doc = document_from_html(
      "<html><body><div class=\"wrap\"><div class=\"col-a\"><ul>" + links +
          "</ul></div><div class=\"col-b\">" + story_paragraphs(6) +
          "</div><div class=\"col-c\"><p>Short promo line.</p></div></div></body></html>",
      "dense.html");
  CHECK_THAT(doc.text, Catch::Contains("crossing 5 would resume"));
  CHECK_THAT(doc.text, !Catch::Contains("Another headline number"));
  CHECK_THAT(doc.text, !Catch::Contains("Short promo line"));
}

TEST_CASE("HTML: an articleBody element is a strong hint, kept whole", "[html]") {
  // The id names a share widget, which alone would mark it as furniture; the itemprop wins, and
  // the paragraphs after the gallery inside it belong to the story.
  std::string gallery;
  for (int i = 0; i < 10; ++i)
    gallery += "<li><p>Gallery caption " + std::to_string(i) +
               ", a picture of the quay, the boats, and the old crane by the water.</p></li>";
  Document doc = document_from_html(
      "<html><body><div itemprop=\"articleBody\" id=\"share-widget-parent\">" +
          story_paragraphs(2) + "<div class=\"pictures\"><ul>" + gallery + "</ul></div>" +
          "<p>The company said, after the vote, that fares would not rise this year, or next.</p>"
          "</div></body></html>",
      "body.html");
  CHECK_THAT(doc.text, Catch::Contains("crossing 1 would resume"));
  CHECK_THAT(doc.text, Catch::Contains("fares would not rise"));
}

TEST_CASE("HTML: a list of links inside the story is dropped, a list of text kept", "[html]") {
  Document doc = document_from_html(
      "<html><body><article>" + story_paragraphs(3) +
          "<ul><li>First, the boats are inspected</li><li>Then the wall is tested</li></ul>"
          "<div><ul><li><a href=\"/a\">Read more: ferry fares</a></li><li><a href=\"/b\">Read "
          "more: harbour plans</a></li></ul></div>" +
          story_paragraphs(2) + "</article></body></html>",
      "lists.html");
  CHECK_THAT(doc.text, Catch::Contains("First, the boats are inspected"));
  CHECK_THAT(doc.text, !Catch::Contains("Read more"));
}

TEST_CASE("HTML: a stream of teasers inside the story is dropped, linked sections kept", "[html]") {
  std::string teasers;
  for (int i = 0; i < 6; ++i)
    teasers += "<li><a href=\"/t/" + std::to_string(i) + "\"><img src=\"t" + std::to_string(i) +
               ".jpg\"></a><h3><a href=\"/t/" + std::to_string(i) +
               "\">Orchard growers expect a record apple harvest " + std::to_string(i) +
               "</a></h3><p>Growers in the valley, helped by a mild spring, said the crop, "
               "picked by hand, would be large.</p><span>Valley Radio</span></li>";
  Document stream = document_from_html("<html><body><article>" + story_paragraphs(4) +
                                           "<h2>More stories</h2><ul>" + teasers +
                                           "</ul></article></body></html>",
                                       "stream.html");
  CHECK_THAT(stream.text, Catch::Contains("crossing 3 would resume"));
  CHECK_THAT(stream.text, !Catch::Contains("record apple harvest"));
  // Entries of a live blog under linked headings (permalinks), without a picture each, stay.
  std::string entries;
  for (int i = 0; i < 5; ++i)
    entries += "<h3><a href=\"#entry-" + std::to_string(i) + "\">Update " + std::to_string(i) +
               ": the pier reopens</a></h3><p>Engineers, working since dawn, said the pier " +
               "section " + std::to_string(i) + " was safe again.</p>";
  Document live =
      document_from_html("<html><body><article>" + story_paragraphs(3) + "<div class=\"updates\">" +
                             entries + "</div></article></body></html>",
                         "live.html");
  CHECK_THAT(live.text, Catch::Contains("pier section 4 was safe"));
  // Sections under linked headings, each of several paragraphs, are the story itself.
  std::string sections;
  for (int i = 0; i < 4; ++i)
    sections += "<h3><a href=\"/guide/" + std::to_string(i) + "\">Harbour walk " +
                std::to_string(i) + "</a></h3>" + story_paragraphs(3);
  Document guide = document_from_html(
      "<html><body><article><div>" + sections + "</div></article></body></html>", "guide.html");
  CHECK_THAT(guide.text, Catch::Contains("Harbour walk 3"));
  CHECK_THAT(guide.text, Catch::Contains("crossing 2 would resume"));
}

TEST_CASE("HTML: a list of sentences holding a captioned picture is kept", "[html]") {
  Document doc = document_from_html(
      "<html><body><article>" + story_paragraphs(3) +
          "<ul><li>The first boat left at dawn with forty passengers aboard."
          "<ul><li><div class=\"pic\"><img src=\"boat.png\"><p>The new ferry waiting at the "
          "quay in the early morning light.</p></div></li></ul></li>"
          "<li>The second boat followed an hour later with the mail.</li></ul>" +
          story_paragraphs(2) + "</article></body></html>",
      "figure-list.html");
  CHECK_THAT(doc.text, Catch::Contains("first boat left at dawn"));
  CHECK_THAT(doc.text, Catch::Contains("second boat followed"));
}

TEST_CASE("HTML: a story cut into chunks at different depths is read whole, in order", "[html]") {
  std::string later;
  for (int i = 0; i < 6; ++i)
    later += "<p>The tide tables, printed each week, showed that landing " + std::to_string(i) +
             " would be safe once the channel, dredged in spring, was marked again by buoys.</p>";
  Document doc = document_from_html(
      "<html><body><div class=\"page\"><div class=\"top\"><div class=\"lead-row\"><div "
      "class=\"col\"><div class=\"chunk text\"><p>The opening chunk, before the picture, said "
      "that the island, cut off for a week, had run short of bread and fuel.</p></div></div>"
      "<div class=\"aside-col\"><p>Newsletter</p></div></div></div><figure><img "
      "src=\"a.png\"></figure><div class=\"chunk text\">" +
          later + "</div></div></body></html>",
      "chunks.html");
  CHECK_THAT(doc.text, Catch::Contains("landing 5 would be safe"));
  CHECK_THAT(doc.text, Catch::Contains("run short of bread"));
  CHECK(doc.text.find("run short of bread") < doc.text.find("landing 0"));
  // The next story, preloaded in an <article> of its own with the same classes, stays out.
  Document next = document_from_html(
      "<html><body><div class=\"wrap\"><article><div class=\"chunk text\">" + later +
          "</div></article><div class=\"up-next\"><div><div><div class=\"loader\"><article><div "
          "class=\"chunk text\">" +
          story_paragraphs(3) + "</div></article></div></div></div></div></div></body></html>",
      "next.html");
  CHECK_THAT(next.text, Catch::Contains("landing 5 would be safe"));
  CHECK_THAT(next.text, !Catch::Contains("crossing 2 would resume"));
  // Nor a reader's comment written in a block with the story's class.
  Document comment = document_from_html(
      "<html><body><div class=\"wrap\"><div class=\"col\"><div class=\"chunk text\">" + later +
          "</div></div><div id=\"talkback-widget\"><div><div><div><div class=\"chunk "
          "text\"><p>I wrote to the council, twice, and I said, plainly, that the channel, the "
          "buoys and the tide tables were all out of date.</p></div></div></div></div></div>"
          "</div></body></html>",
      "comment.html");
  CHECK_THAT(comment.text, Catch::Contains("landing 5 would be safe"));
  CHECK_THAT(comment.text, !Catch::Contains("I wrote to the council"));
}

TEST_CASE("HTML: a one-line box under a class naming the story does not beat the story", "[html]") {
  // The video box's class and id name the story (+25 each), its only text is a headline.
  Document doc = document_from_html(
      "<html><body><div id=\"main\"><div id=\"story-video\" class=\"story-player\"><div><div "
      "class=\"clip-title\">Divers film the wreck of the old harbour tug</div></div></div>" +
          story_paragraphs(2) +
          "<p>A spokesman, speaking by phone, said the <a href=\"/tug\">salvage firm hired by the "
          "port</a> would report.</p>" +
          story_paragraphs(1) + "</div></body></html>",
      "video-box.html");
  CHECK_THAT(doc.text, Catch::Contains("crossing 1 would resume"));
  CHECK_THAT(doc.text, Catch::Contains("salvage firm hired by the port"));
}

TEST_CASE("HTML: a dialog the page shows only on demand is left out", "[html]") {
  Document doc = document_from_html(
      "<html><body><article>" + story_paragraphs(4) +
          "<div class=\"modal fade\" id=\"signup\"><div class=\"modal-body\"><p>Your account "
          "is waiting for approval, which takes a day or two, so please check your inbox.</p>"
          "</div></div><div role=\"dialog\"><p>Before you go, tell us, in a few words, what you "
          "thought of the ferry timetable.</p></div>" +
          story_paragraphs(1) + "</article></body></html>",
      "modal.html");
  CHECK_THAT(doc.text, Catch::Contains("crossing 3 would resume"));
  CHECK_THAT(doc.text, !Catch::Contains("waiting for approval"));
  CHECK_THAT(doc.text, !Catch::Contains("Before you go"));
}

TEST_CASE("HTML: a sibling block of the story that is a comment thread is left out", "[html]") {
  Document doc = document_from_html(
      "<html><body><div id=\"page\"><div class=\"story-text\">" + story_paragraphs(5) +
          "</div><div class=\"reader-comments\"><p>I think, frankly, that the ferry should "
          "never have stopped, and the council knew it.</p></div></div></body></html>",
      "comments.html");
  CHECK_THAT(doc.text, Catch::Contains("crossing 4 would resume"));
  CHECK_THAT(doc.text, !Catch::Contains("the council knew it"));
}

TEST_CASE("HTML: bylines from itemprop=author, rel=author and byline classes", "[html]") {
  std::string story = story_paragraphs(4);
  // itemprop=author with a nested name, twice: both authors, the job title left out.
  Document two = document_from_html(
      "<html><body><article><div class=\"byline\">By <span itemprop=\"author\"><span "
      "itemprop=\"name\">Mara Quist</span> <span>Harbour Editor</span></span> and <span "
      "itemprop=\"author\"><span itemprop=\"name\">Jon Ebbe</span></span></div>" +
          story + "</article></body></html>",
      "two.html");
  CHECK(two.meta.author == "Mara Quist, Jon Ebbe");
  Document rel = document_from_html(
      "<html><body><p>Written by <a rel=\"author\" href=\"/p/1\">Ilse Varga</a></p>" + story +
          "</body></html>",
      "rel.html");
  CHECK(rel.meta.author == "Ilse Varga");
  // A byline class: "By" and the trailing date go, a nested job-title element is not the name.
  Document cls = document_from_html(
      "<html><body><div class=\"article-byline\"><span class=\"author-name\">By Teo "
      "Brandt</span><span class=\"author-title\">Staff Writer</span> March 3, 2021</div>" +
          story + "</body></html>",
      "class.html");
  CHECK(cls.meta.author == "Teo Brandt");
  // The site's own name in an author class is furniture, not a byline ...
  Document site = document_from_html(
      "<html><head><meta property=\"og:site_name\" content=\"Valley Courier\"></head><body>"
      "<div class=\"author\">Valley Courier</div>" +
          story + "</body></html>",
      "site.html");
  CHECK(site.meta.author.empty());
  // ... but an author the metadata gives is taken as given, a newsroom's name too.
  Document desk = document_from_html(
      "<html><head><meta property=\"og:site_name\" content=\"Valley Courier\">"
      "<meta property=\"og:article:author\" content=\"Valley Courier\"></head><body>" +
          story + "</body></html>",
      "desk.html");
  CHECK(desk.meta.author == "Valley Courier");
  // A teaser's byline in a list above the headline is not the story's.
  Document below = document_from_html(
      "<html><body><div class=\"most-read\"><ul><li><a href=\"/x\">Storm closes the pier</a> "
      "<span class=\"byline\">By Hal Ostrow</span></li></ul></div><article><h1>Ferry "
      "returns</h1><div class=\"byline\">By Greta Lind</div>" +
          story + "</article></body></html>",
      "below.html");
  CHECK(below.meta.author == "Greta Lind");
  // Without a byline under the headline, one above it is still read.
  Document above = document_from_html(
      "<html><body><div class=\"byline\">By Greta Lind</div><h1>Ferry returns</h1>" + story +
          "</body></html>",
      "above.html");
  CHECK(above.meta.author == "Greta Lind");
}

TEST_CASE("HTML: clean_byline keeps names only", "[html]") {
  CHECK(clean_byline("  By   Ana Roviro\n  ") == "Ana Roviro");
  CHECK(clean_byline("Par Lucien Mar | 12 mai 2020") == "Lucien Mar");
  CHECK(clean_byline("BY TOMAS GREL Updated 4:10 pm") == "TOMAS GREL");
  CHECK(clean_byline("Last updated: January 7, 2025").empty());
  CHECK(clean_byline("https://example.org/people/ana").empty());
  // A job title after the names goes; a degree or an agency is kept, as the page writes it.
  CHECK(clean_byline("By Ana Roviro, Senior Political Correspondent") == "Ana Roviro");
  CHECK(clean_byline("Ana Roviro and Lev Marsh, Staff Writers") == "Ana Roviro and Lev Marsh");
  CHECK(clean_byline("By Ana Roviro, MD") == "Ana Roviro, MD");
  CHECK(clean_byline("Ana Roviro, Lev Marsh") == "Ana Roviro, Lev Marsh");
  // A month name is a date only before a number.
  CHECK(clean_byline("By Nell May\n  March 25, 2019") == "Nell May");
  CHECK(clean_byline("Tobias August Oct. 3") == "Tobias August");
}

TEST_CASE("HTML: dates from itemprop=datePublished and meta variants; CDATA JSON-LD", "[html]") {
  std::string story = story_paragraphs(4);
  Document item = document_from_html(
      "<html><body><time datetime=\"2020-01-01\">related</time><article><span "
      "itemprop=\"datePublished\" content=\"2021-06-07T09:30:00Z\">7 June</span>" +
          story + "</article></body></html>",
      "item.html");
  CHECK(item.meta.published == "2021-06-07T09:30");
  Document issued = document_from_html(
      "<html><head><meta name=\"DC.date.issued\" content=\"2019-03-04\"></head><body>" + story +
          "</body></html>",
      "issued.html");
  CHECK(issued.meta.published == "2019-03-04");
  Document cdata = document_from_html(
      "<html><head><script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": \"NewsArticle\","
      " \"headline\": \"Quay reopens\", \"author\": [{\"name\": \"Rina Holm\"}, {\"name\": \"Eli "
      "Dorn\"}]}\n//]]></script></head><body>" +
          story + "</body></html>",
      "cdata.html");
  CHECK(cdata.meta.title == "Quay reopens");
  CHECK(cdata.meta.author == "Rina Holm, Eli Dorn");
  Document rdfa = document_from_html(
      "<html><head><meta name=\"author\" content=\"Wrong Name\"><meta property=\"dc:creator "
      "twitter:creator\" content=\"Nadia Ferro\"></head><body>" +
          story + "</body></html>",
      "rdfa.html");
  CHECK(rdfa.meta.author == "Nadia Ferro");
}

TEST_CASE("HTML: titles by rank, JSON-LD name or headline, short titles kept whole", "[html]") {
  std::string story = story_paragraphs(4);
  // Dublin Core's title before Open Graph's, a property before a name.
  Document dc = document_from_html(
      "<html><head><meta property=\"og:title\" content=\"Social card title\">"
      "<meta name=\"dc:title\" content=\"Named title\">"
      "<meta property=\"dc:title\" content=\"Canal locks reopen after repairs\"></head><body>" +
          story + "</body></html>",
      "dc.html");
  CHECK(dc.meta.title == "Canal locks reopen after repairs");
  // JSON-LD's "name" when the <title> repeats it and not the "headline" (a description).
  Document name = document_from_html(
      "<html><head><title>Lake Varn - Open Atlas</title><script type=\"application/ld+json\">"
      "{\"@type\": \"Article\", \"name\": \"Lake Varn\", \"headline\": \"freshwater lake in "
      "the northern hills\"}</script></head><body>" +
          story + "</body></html>",
      "name.html");
  CHECK(name.meta.title == "Lake Varn");
  // ... and the headline when the <title> repeats it (a site's name in "name").
  Document headline = document_from_html(
      "<html><head><title>Ferry fares rise in spring | Coast Daily</title><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"name\": \"Coast Daily\", "
      "\"headline\": \"Ferry fares rise in spring\"}</script></head><body>" +
          story + "</body></html>",
      "headline.html");
  CHECK(headline.meta.title == "Ferry fares rise in spring");
  // A <title> whose part before the separator is four words or fewer is kept whole.
  Document short_title = document_from_html(
      "<html><head><title>Notes on Tidal Power - Ivo Marsh (ivom)</title></head><body>" + story +
          "</body></html>",
      "short.html");
  CHECK(short_title.meta.title == "Notes on Tidal Power - Ivo Marsh (ivom)");
  // Under three words before the separator: the part after it.
  Document after = document_from_html(
      "<html><head><title>Coast Daily | Ferry fares rise again this spring</title></head><body>" +
          story + "</body></html>",
      "after.html");
  CHECK(after.meta.title == "Ferry fares rise again this spring");
}

TEST_CASE("HTML: every author of the best-ranked meta key", "[html]") {
  std::string story = story_paragraphs(4);
  Document two = document_from_html(
      "<html><head><meta name=\"author\" content=\"Site Desk\">"
      "<meta name=\"DC.Creator\" content=\"Pia Lund\"><meta name=\"DC.Creator\" "
      "content=\"Arno Velt\"><meta name=\"DC.Creator\" content=\"Pia Lund\"></head><body>" +
          story + "</body></html>",
      "creators.html");
  CHECK(two.meta.author == "Pia Lund, Arno Velt");
  // A profile URL is not a name: the next key's name is read.
  Document url = document_from_html(
      "<html><head><meta property=\"article:author\" content=\"https://example.org/p/pia\">"
      "<meta name=\"parsely-author\" content=\"Pia Lund\"></head><body>" +
          story + "</body></html>",
      "url.html");
  CHECK(url.meta.author == "Pia Lund");
  // JSON-LD naming its author by reference: the Person with that @id in the graph.
  Document graph = document_from_html(
      "<html><head><meta name=\"author\" content=\"Site Desk\"><script "
      "type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", \"headline\": "
      "\"Dunes shift after winter storms\", \"author\": {\"@id\": \"https://example.org/#p7\"}}, "
      "{\"@type\": \"Person\", \"@id\": \"https://example.org/#p7\", \"name\": \"Oskar "
      "Penn\"}]}</script></head><body>" +
          story + "</body></html>",
      "graph.html");
  CHECK(graph.meta.author == "Oskar Penn");
  // A posting is read like an article.
  Document posting = document_from_html(
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"SocialMediaPosting\", "
      "\"headline\": \"Lantern festival moves to the quay\", \"datePublished\": "
      "\"2018-05-06T10:00:00Z\"}</script></head><body>" +
          story + "</body></html>",
      "posting.html");
  CHECK(posting.meta.published == "2018-05-06T10:00");
  CHECK(posting.meta.title == "Lantern festival moves to the quay");
}

TEST_CASE("ingest names a thin page and counts it in its summary", "[html][cli]") {
  test::TempDir dir;
  std::string menu;
  for (int i = 0; i < 600; ++i) menu += "<a href=\"/section/" + std::to_string(i) + "\"></a>";
  test::write_file(dir.file("thin.html"), "<html><body><nav>" + menu +
                                              "</nav><p>Ministers met in Oslo on Monday.</p>"
                                              "</body></html>");
  test::write_file(dir.file("story.html"), "<html><body>" + story_paragraphs(4) + "</body></html>");
  auto result = test::run(test::kg_binary() + " ingest " + dir.path().string() + " --db " +
                          dir.file("kg.db"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Catch::Contains("thin.html: page of") &&
                                Catch::Contains("ingested 2 new articles") &&
                                Catch::Contains("1 of the new articles came with a warning"));
}
