// What users' scrapers produce and what users do: bad files, a locked or corrupt database,
// ingests killed half-way, queries while an ingest runs. kg must say what is wrong with which
// input, exit with the documented code, and never leave half an article in the store.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

#include "graph/store/store.h"
#include "graph/store/store_sql.h"
#include "test_support.h"

using namespace kg;

namespace {

std::string kg_cmd(const std::string& args) { return test::kg_binary() + " " + args; }

// A corpus of distinct small articles, built from the paragraphs of samples/*.txt.
void write_corpus(const std::string& dir, int articles) {
  std::vector<std::string> paragraphs;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() + "/samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::string text = test::read_file(entry.path().string());
    for (size_t pos = 0; pos < text.size();) {
      size_t end = text.find("\n\n", pos);
      if (end == std::string::npos) end = text.size();
      std::string paragraph = text.substr(pos, end - pos);
      if (paragraph.size() > 200) paragraphs.push_back(paragraph);
      pos = end + 2;
    }
  }
  std::mt19937 random(7);
  std::filesystem::create_directories(dir);
  for (int i = 0; i < articles; ++i) {
    std::string text = "Report number " + std::to_string(i) + " on regional affairs\n\nMarch " +
                       std::to_string(1 + i % 28) + ", 2025 | Desk Editor\n\n";
    for (int p = 0; p < 4; ++p) text += paragraphs[random() % paragraphs.size()] + "\n\n";
    test::write_file(dir + "/article" + std::to_string(1000 + i) + ".txt", text);
  }
}

StoreCounts counts_of(const std::string& db) {
  Store store(db, Store::Mode::ReadOnly);
  return store.counts();
}

}  // namespace

TEST_CASE("bad files: one clear line naming the input, exit code 3", "[robustness]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  test::write_file(dir.file("empty.txt"), "  \n\n");
  test::write_file(dir.file("binary.txt"), std::string("\x7F"
                                                       "ELF\x02\x01\x01\0\0\0",
                                                       10) +
                                               "garbage");
  test::write_file(dir.file("huge.txt"), std::string(50 * 1024 * 1024, 'a'));
  test::write_file(
      dir.file("bom-crlf.txt"),
      "\xEF\xBB\xBFHeadline of a windows file here\r\n\r\nOfficials in Oslo met on Monday.\r\n");
  auto result = test::run(kg_cmd("ingest " + dir.file("empty.txt") + " " + dir.file("binary.txt") +
                                 " " + dir.file("huge.txt") + " " + dir.file("bom-crlf.txt") + db));
  INFO(result.output);
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.output, Catch::Contains(dir.file("empty.txt") + ": empty article"));
  CHECK_THAT(result.output, Catch::Contains(dir.file("binary.txt") +
                                            ": binary file, not text (NUL byte at byte 7)"));
  CHECK_THAT(result.output, Catch::Contains(dir.file("huge.txt") +
                                            ": article is 52428800 bytes, more than the limit"));
  CHECK_THAT(result.output, Catch::Contains("ingested 1 new article (0 already stored, 3 failed)"));
  Store store(dir.file("kg.db"), Store::Mode::ReadOnly);
  sql::Statement text(store_database(store), "SELECT text, title FROM articles");
  REQUIRE(text.step());
  CHECK(text.text_at(0).find('\r') == std::string::npos);
  CHECK(text.text_at(1) == "Headline of a windows file here");
}

TEST_CASE("a sentence over the length limit is stored in pieces, with a warning naming the file",
          "[robustness]") {
  test::TempDir dir;
  std::string text = "Inventory of a warehouse\n\nInspectors from Norway counted the stock.\n\n";
  for (int i = 0; i < 2000; ++i) text += "crate ";
  test::write_file(dir.file("list.txt"), text + "\n");
  auto result = test::run(kg_cmd("ingest " + dir.file("list.txt") + " --db " + dir.file("kg.db")));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK_THAT(
      result.output,
      Catch::Contains("kg: warning: " + dir.file("list.txt") +
                      ": text line 5: sentence of 2000 tokens is longer than the limit of 300"));
  Store store(dir.file("kg.db"), Store::Mode::ReadOnly);
  CHECK(store.counts().articles == 1);
  sql::Statement longest(store_database(store),
                         "SELECT count(*), max(length(text)), sum(length(text)) FROM sentences");
  REQUIRE(longest.step());
  CHECK(longest.int_at(0) == 2 + 7);  // headline, one sentence, 7 pieces of at most 300
  CHECK(longest.int_at(1) <= 300 * 6);
  CHECK(longest.int_at(2) >= 2000 * 5);  // no text dropped

  auto extracted = test::run("(" + kg_cmd("extract " + dir.file("list.txt")) + " > /dev/null)");
  CHECK(extracted.exit_code == 0);
  CHECK_THAT(extracted.output,
             Catch::Contains("warning: " + dir.file("list.txt") + ": text line 5"));
}

TEST_CASE("a locked or corrupt database: exit code 4 naming the file", "[robustness]") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"),
                   "Talks resume in Geneva\n\nDiplomats from Norway met on Monday.\n");
  { Store store(dir.file("kg.db")); }
  // Another process holds the write lock (it says so through a marker file) until we stop it.
  std::string marker = dir.file("locked.marker");
  std::string locker = "/usr/bin/python3 -c 'import sqlite3,time; c=sqlite3.connect(\"" +
                       dir.file("kg.db") +
                       "\", isolation_level=None); c.execute(\"BEGIN IMMEDIATE\"); open(\"" +
                       marker + "\", \"w\").close(); time.sleep(60)' > /dev/null 2>&1 & echo $!";
  auto started = test::run(locker);
  REQUIRE(started.exit_code == 0);
  pid_t locker_pid = std::stoi(started.output);
  for (int i = 0; i < 200 && !std::filesystem::exists(marker); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  REQUIRE(std::filesystem::exists(marker));
  auto locked = test::run("KG_BUSY_TIMEOUT=300 " +
                          kg_cmd("ingest " + dir.file("a.txt") + " --db " + dir.file("kg.db")));
  kill(locker_pid, SIGKILL);
  INFO(locked.output);
  CHECK(locked.exit_code == 4);
  CHECK_THAT(locked.output, Catch::Contains(dir.file("kg.db")) && Catch::Contains("locked"));

  test::write_file(dir.file("corrupt.db"), "SQLite format 3" + std::string(5000, '\x42'));
  auto corrupt = test::run(kg_cmd("relations --db " + dir.file("corrupt.db")));
  CHECK(corrupt.exit_code == 4);
  CHECK_THAT(corrupt.output, Catch::Contains(dir.file("corrupt.db")));
}

TEST_CASE("ingest killed at random moments never leaves half an article", "[robustness][slow]") {
  test::TempDir dir;
  write_corpus(dir.file("corpus"), 40);
  std::string corpus = dir.file("corpus");

  auto start = std::chrono::steady_clock::now();
  auto reference =
      test::run(kg_cmd("ingest -q -j 2 " + corpus + " --db " + dir.file("reference.db")));
  REQUIRE(reference.exit_code == 0);
  double full_run = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  StoreCounts expected = counts_of(dir.file("reference.db"));
  REQUIRE(expected.articles == 40);

  std::mt19937 random(2024);
  std::string db = dir.file("killed.db");
  int interrupted = 0;
  for (int run = 0; run < 20; ++run) {
    // Each run starts from an empty store, so that it has a whole ingest's work to be killed in
    // (the last one's leftovers are resumed below).
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      int null = open("/dev/null", O_WRONLY);
      dup2(null, STDOUT_FILENO);
      dup2(null, STDERR_FILENO);
      execl(test::kg_binary().c_str(), "kg", "ingest", "-q", "-j", "2", corpus.c_str(), "--db",
            db.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    // Kills land while the model loads, while workers extract and while the writer commits. A run
    // lasts well under a second and its time varies by a third, so kills come by half the
    // reference run's time.
    std::uniform_real_distribution<double> delay(0.05 * full_run, 0.5 * full_run);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay(random)));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    interrupted += WIFSIGNALED(status);

    Store store(db);
    sql::Statement check(store_database(store), "PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text_at(0) == "ok");
    // A stored article has all its sentences; none has been cut off.
    sql::Statement partial(store_database(store),
                           "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)");
    REQUIRE(partial.step());
    CHECK(partial.int_at(0) == 0);
  }
  CHECK(interrupted >= 10);
  auto finish = test::run(kg_cmd("ingest -q " + corpus + " --db " + db));
  REQUIRE(finish.exit_code == 0);
  StoreCounts got = counts_of(db);
  CHECK(got.articles == expected.articles);
  CHECK(got.entities == expected.entities);
  CHECK(got.relations == expected.relations);
  CHECK(got.quotes == expected.quotes);
  CHECK(got.mentions == expected.mentions);
}

TEST_CASE("queries and exports succeed while an ingest runs; two ingests serialise",
          "[robustness][slow]") {
  test::TempDir dir;
  write_corpus(dir.file("corpus"), 30);
  std::string db = " --db " + dir.file("kg.db");
  REQUIRE(test::run(kg_cmd("ingest -q " + test::source_dir() + "/samples" + db)).exit_code == 0);
  // Two ingests of the same corpus at once, in the background.
  std::string both = kg_cmd("ingest -q " + dir.file("corpus") + db) + " > " + dir.file("one.log") +
                     " 2>&1 & " + kg_cmd("ingest -q " + dir.file("corpus") + db) + " > " +
                     dir.file("two.log") + " 2>&1 & wait";
  std::thread writers([&] { test::run(both); });
  int ok = 0;
  for (int i = 0; i < 10; ++i) {
    auto relations = test::run(kg_cmd("relations --subject DPRK" + db));
    auto exported = test::run(kg_cmd("export --format graphml -o " + dir.file("g.graphml") + db));
    ok += relations.exit_code == 0 && exported.exit_code == 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  writers.join();
  CHECK(ok == 10);
  // Whichever ingest won each article, every article is stored exactly once.
  CHECK(counts_of(dir.file("kg.db")).articles == 6 + 30);
}
