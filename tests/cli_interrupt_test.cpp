// Ctrl-C during an ingest (issue 25, item 9): kg stops reading, stores what it read, says
// "interrupted after N articles; run the same command to resume" and exits 130; running the same
// command again finishes the job. The interruption comes at a known point without timing: the last
// input is a FIFO, which kg opens only after reading every other file.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <random>
#include <thread>

#include "graph/store/store.h"
#include "test_support.h"

using namespace kg;

namespace {

// Invented articles, each a different draw of invented sentences (no two are near-copies).
void write_corpus(const std::string& dir, int articles) {
  const std::vector<std::string> people = {"Tomas Kelby", "Ilse Varro", "Marek Dunst",
                                           "Noor Halvik", "Petra Lund", "Aldo Brenn"};
  const std::vector<std::string> bodies = {"the Dravik Union", "the Osten Council",
                                           "the Karsk Front", "the Velm Assembly"};
  const std::vector<std::string> verbs = {"met", "criticised", "praised", "accused", "visited"};
  std::mt19937 random(11);
  std::filesystem::create_directories(dir);
  for (int i = 0; i < articles; ++i) {
    std::string text = "Bulletin " + std::to_string(i) + " from the northern provinces\n\n";
    for (int s = 0; s < 8; ++s) {
      text += people[random() % people.size()] + " " + verbs[random() % verbs.size()] + " " +
              bodies[random() % bodies.size()] + " on day " + std::to_string(random() % 1000) +
              " of the talks over " + std::to_string(random() % 90 + 10) + " disputed wells. ";
    }
    test::write_file(dir + "/bulletin" + std::to_string(100 + i) + ".txt", text + "\n");
  }
}

StoreCounts counts_of(const std::string& db) {
  Store store(db, Store::Mode::ReadOnly);
  return store.counts();
}

}  // namespace

TEST_CASE("Ctrl-C during an ingest stores what was read and says how to resume", "[cli]") {
  test::TempDir dir;
  constexpr int kArticles = 12;
  write_corpus(dir.file("corpus"), kArticles);
  std::string corpus = dir.file("corpus"), gate = dir.file("gate.txt"), db = dir.file("kg.db");
  std::string out = dir.file("out.txt");
  REQUIRE(mkfifo(gate.c_str(), 0600) == 0);

  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    int file = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(file, STDOUT_FILENO);
    dup2(file, STDERR_FILENO);
    execl(test::kg_binary().c_str(), "kg", "ingest", "-j", "2", corpus.c_str(), gate.c_str(),
          "--db", db.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Opening the FIFO for writing succeeds once kg has opened it for reading: every article
  // before it has been read by then.
  int fifo = -1;
  int status = 0;
  bool exited = false;
  while (fifo < 0 && !exited) {
    fifo = open(gate.c_str(), O_WRONLY | O_NONBLOCK);
    if (fifo < 0) {
      REQUIRE(errno == ENXIO);
      exited = waitpid(child, &status, WNOHANG) == child;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  INFO(test::read_file(out));
  REQUIRE(!exited);
  REQUIRE(kill(child, SIGINT) == 0);
  std::string last = "Bulletin of the gate\n\nIlse Varro met the Osten Council on the last day.\n";
  REQUIRE(write(fifo, last.data(), last.size()) == static_cast<ssize_t>(last.size()));
  close(fifo);
  REQUIRE(waitpid(child, &status, 0) == child);
  std::string output = test::read_file(out);
  INFO(output);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 130);
  CHECK_THAT(output, Catch::Contains("interrupted after " + std::to_string(kArticles) +
                                     " articles; run the same command to resume"));
  // What was read is stored; the article read after Ctrl-C is not.
  CHECK(counts_of(db).articles == kArticles);

  // Resuming adds nothing twice and ends where one uninterrupted ingest ends.
  test::write_file(dir.file("gate-file.txt"), last);
  auto resumed = test::run(test::kg_binary() + " ingest -q " + corpus + " " +
                           dir.file("gate-file.txt") + " --db " + db);
  CHECK(resumed.exit_code == 0);
  auto reference = test::run(test::kg_binary() + " ingest -q " + corpus + " " +
                             dir.file("gate-file.txt") + " --db " + dir.file("reference.db"));
  REQUIRE(reference.exit_code == 0);
  StoreCounts got = counts_of(db), expected = counts_of(dir.file("reference.db"));
  CHECK(got.articles == kArticles + 1);
  CHECK(got.articles == expected.articles);
  CHECK(got.entities == expected.entities);
  CHECK(got.relations == expected.relations);
  CHECK(got.quotes == expected.quotes);
}
