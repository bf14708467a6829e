#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "extractor/core/error.h"
#include "extractor/formats/conllu.h"
#include "extractor/syntax/model_file.h"
#include "extractor/syntax/train/trainer.h"
#include "extractor/syntax/train/word_clusters_builder.h"
#include "extractor/syntax/ud_eval.h"
#include "nlp_test_data.h"

namespace {

namespace fs = std::filesystem;

std::string temp_file(const std::string& name, const std::string& contents) {
  std::string path =
      (fs::temp_directory_path() / ("kg_clusters_test_" + std::to_string(::getpid()) + "_" + name))
          .string();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << contents;
  return path;
}

std::string error_of(const std::string& path) {
  try {
    kg::read_embeddings(path, 100);
  } catch (const kg::Error& e) {
    CHECK(e.kind() == kg::ErrorKind::Input);
    return e.what();
  }
  return "";
}

// Nouns point one way, verbs another, function words a third (three dimensions).
const char* const kTinyEmbeddings =
    "the 0.1 0.0 1.0\n"
    "minister 1.0 0.1 0.0\n"
    "talks 0.9 0.0 0.1\n"
    "said 0.0 1.0 0.1\n"
    "visited 0.1 0.9 0.0\n"
    "resume 0.0 1.0 0.0\n"
    "on 0.0 0.1 0.9\n";

}  // namespace

TEST_CASE("spherical k-means groups vectors by direction, whatever their length", "[clusters]") {
  // Two groups: near the x axis (one of them long) and near the y axis.
  std::vector<float> x = {1.0f, 0.1f, 5.0f, 0.2f, 0.9f, -0.1f, 0.0f, 1.0f, 0.1f, 0.8f, -0.1f, 2.0f};
  for (unsigned threads : {1u, 2u}) {
    std::vector<uint16_t> a = kg::spherical_kmeans(x, 6, 2, 2, 5, threads);
    REQUIRE(a.size() == 6);
    CHECK(a[0] == a[1]);
    CHECK(a[1] == a[2]);
    CHECK(a[3] == a[4]);
    CHECK(a[4] == a[5]);
    CHECK(a[0] != a[3]);
  }
}

TEST_CASE("embeddings are read from GloVe text and from wink JSON, most frequent first",
          "[clusters]") {
  std::string glove = temp_file("glove.txt", kTinyEmbeddings);
  kg::Embeddings e = kg::read_embeddings(glove, 100);
  CHECK(e.dims == 3);
  REQUIRE(e.words.size() == 7);
  CHECK(e.words[1] == "minister");
  CHECK(e.vectors[3] == Approx(1.0f));
  CHECK(kg::read_embeddings(glove, 2).words.size() == 2);

  std::string word2vec = temp_file("w2v.txt", "2 3\nthe 0.1 0.0 1.0\nsaid 0 1 0\n");
  CHECK(kg::read_embeddings(word2vec, 100).words.size() == 2);

  std::string wink = temp_file("wink.json",
                               R"({"dimensions": 2, "words": ["the", "talks", "absent"],
          "vectors": {"talks": [0.5, 0.5, 0.7, 1], "the": [1, 0, 1, 0]}})");
  e = kg::read_embeddings(wink, 100);
  CHECK(e.dims == 2);
  REQUIRE(e.words.size() == 2);  // a listed word without a vector is skipped
  CHECK(e.words[1] == "talks");
  CHECK(e.vectors[2] == Approx(0.5f));

  std::string ragged = temp_file("ragged.txt", "the 0.1 0.0 1.0\nsaid 0.0 1.0\n");
  CHECK(error_of(ragged).find(ragged + ":2") != std::string::npos);
  std::string text = temp_file("text.txt", "the 0.1 zero 1.0\n");
  CHECK(error_of(text).find(text + ":1") != std::string::npos);
  std::string broken = temp_file("broken.json", R"({"dimensions": 2, "words": [)");
  CHECK(error_of(broken).find("invalid JSON") != std::string::npos);
  CHECK(error_of(broken + ".missing").find("cannot open") != std::string::npos);
  for (const auto& p : {glove, word2vec, wink, ragged, text, broken}) fs::remove(p);
}

TEST_CASE("word clusters are keyed by the normalised form and keep every level", "[clusters]") {
  std::string glove = temp_file("levels.txt", kTinyEmbeddings);
  kg::ClusterOptions options;
  options.k = {1, 3, 7};
  kg::WordClusters c = kg::build_word_clusters(kg::read_embeddings(glove, 100), options, nullptr);
  fs::remove(glove);
  REQUIRE(c.size() == 7);
  uint64_t minister = c.packed(kg::fnv1a64(kg::normalize_form("Minister")));
  uint64_t talks = c.packed(kg::fnv1a64("talks"));
  uint64_t said = c.packed(kg::fnv1a64("said"));
  CHECK(kg::cluster_at(minister, 0) == 1);  // one cluster at the coarsest level
  CHECK(kg::cluster_at(minister, 1) == kg::cluster_at(talks, 1));
  CHECK(kg::cluster_at(minister, 1) != kg::cluster_at(said, 1));
  CHECK(kg::cluster_at(minister, 2) != kg::cluster_at(talks, 2));  // 7 clusters for 7 words
  CHECK(c.packed(kg::fnv1a64("unknown")) == 0);

  kg::ByteWriter w;
  c.write(w);
  kg::ByteReader r(w.bytes(), "mem");
  kg::WordClusters back = kg::WordClusters::read(r);
  CHECK(r.at_end());
  CHECK(back.size() == 7);
  CHECK(back.packed(kg::fnv1a64("talks")) == talks);

  std::string bad = w.bytes();
  bad[4 + 8] = 0;  // the first word's coarsest id becomes 0
  bad[4 + 9] = 0;
  kg::ByteReader corrupt(bad, "bad.kgm");
  CHECK_THROWS_WITH(kg::WordClusters::read(corrupt), Catch::Contains("bad.kgm"));
}

TEST_CASE("a pipeline trained with word clusters keeps them through its model file",
          "[clusters][model]") {
  std::string glove = temp_file("pipeline.txt", kTinyEmbeddings);
  kg::ClusterOptions options;
  options.k = {2, 3, 5};
  auto clusters = std::make_shared<kg::WordClusters>(
      kg::build_word_clusters(kg::read_embeddings(glove, 100), options, nullptr));
  fs::remove(glove);
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  kg::TrainOptions opt;
  opt.tagger_epochs = 10;
  opt.parser_epochs = 15;
  opt.jackknife_folds = 0;
  auto parser_only = kg::train_pipeline(sents, sents, opt, nullptr, clusters);
  opt.tagger_clusters = true;
  auto both = kg::train_pipeline(sents, sents, opt, nullptr, clusters);
  auto without = kg::train_pipeline(sents, sents, opt, nullptr);
  CHECK(parser_only->tagger().clusters() == nullptr);
  CHECK(parser_only->parser().uses_clusters());
  CHECK(both->tagger().clusters() != nullptr);
  CHECK(both->parser().uses_clusters());
  CHECK(without->tagger().clusters() == nullptr);
  CHECK_FALSE(without->parser().uses_clusters());
  // Three kinds of feature templates, three fingerprints.
  CHECK(parser_only->fingerprint() != without->fingerprint());
  CHECK(both->fingerprint() != without->fingerprint());
  CHECK(both->fingerprint() != parser_only->fingerprint());

  for (const kg::SyntaxModel* with : {parser_only.get(), both.get()}) {
    kg::UdScores s = kg::evaluate_ud(*with, sents, false);
    CHECK(s.upos == Approx(100.0));
    CHECK(s.las == Approx(100.0));

    std::string path = temp_file("clusters.kgm", "");
    with->save(path);
    auto back = kg::SyntaxModel::load(path);
    fs::remove(path);
    REQUIRE(back->parser().clusters() != nullptr);
    CHECK(back->parser().clusters()->size() == clusters->size());
    CHECK(back->parser().clusters()->packed(kg::fnv1a64("talks")) ==
          clusters->packed(kg::fnv1a64("talks")));
    CHECK((back->tagger().clusters() != nullptr) == (with->tagger().clusters() != nullptr));
    CHECK(back->fingerprint() == with->fingerprint());
    kg::UdScores t = kg::evaluate_ud(*back, sents, false);
    CHECK(t.upos == Approx(s.upos));
    CHECK(t.las == Approx(s.las));
  }
}

TEST_CASE("kg train --embeddings stops on a bad embeddings file, naming it and the line",
          "[clusters][cli]") {
  std::string treebank = temp_file("tiny.conllu", kg::test::kTinyTreebank);
  std::string embeddings = temp_file("bad.txt", "the 0.1 0.2\nsaid 0.3\n");
  std::string model = temp_file("never.kgm", "");
  fs::remove(model);
  std::string log = temp_file("train.log", "");
  std::string cmd = std::string(KG_BINARY) + " train --train " + treebank + " -o " + model +
                    " --embeddings " + embeddings + " > " + log + " 2>&1";
  int rc = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(rc) == 3);
  std::ifstream in(log);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(out.find(embeddings + ":2") != std::string::npos);
  CHECK_FALSE(fs::exists(model));
  for (const auto& p : {treebank, embeddings, log}) fs::remove(p);
}
