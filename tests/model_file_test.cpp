#include "extractor/syntax/model_file.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractor/core/error.h"
#include "extractor/formats/conllu.h"
#include "extractor/syntax/analyzer.h"
#include "extractor/syntax/syntax_model.h"
#include "extractor/syntax/train/trainer.h"
#include "nlp_test_data.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() / ("kg_nlp_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string tiny_model_file() {
  static const std::string path = [] {
    auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
    kg::TrainOptions opt;
    opt.tagger_epochs = 5;
    opt.parser_epochs = 5;
    opt.jackknife_folds = 0;
    auto p = kg::train_pipeline(sents, sents, opt, nullptr);
    std::string out = temp_path("tiny.kgm");
    p->save(out);
    return out;
  }();
  return path;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_all(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
}

std::string load_error(const std::string& path) {
  try {
    kg::Analyzer::load(path);
  } catch (const kg::Error& e) {
    CHECK(e.kind() == kg::ErrorKind::Model);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("model file round trip", "[model]") {
  std::string path = tiny_model_file();
  auto a = kg::Analyzer::load(path);
  kg::Document doc;
  doc.text = "Kim visited Seoul on Monday.";
  a->analyze(doc);
  CHECK(doc.tokens.size() == 6);
  CHECK(doc.tokens[1].deprel == "root");
  CHECK_FALSE(fs::exists(path + ".tmp"));
  // Read and written again, the model is the same file.
  std::string again = temp_path("again.kgm");
  kg::SyntaxModel::load(path)->save(again);
  CHECK(read_all(again) == read_all(path));
  fs::remove(again);
}

TEST_CASE("weight tables keep 16-bit weights through a round trip", "[model]") {
  std::vector<kg::WeightTable::Row> rows = {{11, {{0, 2.0f}, {2, -1.0f}}},
                                            {22, {{1, 0.5f}, {2, 1e-6f}}}};
  kg::WeightTable t(rows, 3);
  CHECK(t.n_features() == 2);
  CHECK(t.n_weights() == 3);  // 1e-6 rounds to 0 and is dropped
  kg::ByteWriter w;
  t.write(w);
  kg::ByteReader r(w.bytes(), "mem");
  kg::WeightTable back = kg::WeightTable::read(r, kg::kModelFormatVersion);
  CHECK(r.at_end());
  uint64_t keys[] = {11, 22, 33};
  float scores[3] = {0, 0, 0};
  back.score(keys, 3, scores);  // in units of scale(); key 33 is unknown
  CHECK(scores[0] * back.scale() == Approx(2.0f).epsilon(1e-4));
  CHECK(scores[1] * back.scale() == Approx(0.5f).epsilon(1e-3));
  CHECK(scores[2] * back.scale() == Approx(-1.0f).epsilon(1e-4));
}

TEST_CASE("weight tables score inline, sparse and dense rows alike and give them back", "[model]") {
  // 40 classes: one weight (stored in the slot), three (sparse), twelve (dense).
  std::vector<kg::WeightTable::Row> rows = {{5, {{7, 1.0f}}},
                                            {6, {{1, 2.0f}, {2, 3.0f}, {19, -4.0f}}}};
  kg::WeightTable::Row dense{7, {}};
  for (uint16_t c = 0; c < 12; ++c) dense.weights.emplace_back(c, static_cast<float>(c + 1));
  rows.push_back(dense);
  kg::WeightTable t(rows, 40);
  CHECK(t.n_features() == 3);
  CHECK(t.n_weights() == 1 + 3 + 40);  // a dense row stores every class
  uint64_t keys[] = {5, 6, 7, 8};
  std::vector<float> scores(40, 0.0f);
  t.score(keys, 4, scores.data());
  auto weight = [&](int c) { return scores[c] * t.scale(); };
  CHECK(weight(7) == Approx(1.0f + 8.0f).epsilon(1e-3));
  CHECK(weight(1) == Approx(2.0f + 2.0f).epsilon(1e-3));
  CHECK(weight(19) == Approx(-4.0f).epsilon(1e-3));
  CHECK(weight(15) == 0.0f);
  // Rows to two score rows at once.
  uint64_t two[] = {5, 6};
  uint32_t to[] = {1, 0};
  std::vector<float> both(80, 0.0f);
  t.score_rows(two, to, 2, both.data());
  CHECK(both[40 + 7] * t.scale() == Approx(1.0f).epsilon(1e-3));
  CHECK(both[2] * t.scale() == Approx(3.0f).epsilon(1e-3));
  CHECK(both[7] == 0.0f);
  // rows() gives back what went in, and a table built from it writes the same bytes.
  std::vector<kg::WeightTable::Row> back = t.rows();
  REQUIRE(back.size() == 3);
  size_t weights = 0;
  for (const auto& r : back) weights += r.weights.size();
  CHECK(weights == 1 + 3 + 12);
  kg::ByteWriter a, b, c;
  t.write(a);
  kg::WeightTable(back, 40).write(b);
  CHECK(a.bytes() == b.bytes());
  // The bytes do not depend on the order rows and weights come in.
  std::vector<kg::WeightTable::Row> reversed(rows.rbegin(), rows.rend());
  for (auto& r : reversed) std::reverse(r.weights.begin(), r.weights.end());
  kg::WeightTable(reversed, 40).write(c);
  CHECK(a.bytes() == c.bytes());
}

TEST_CASE("weight tables of format 7 are read in slot order and checked", "[model]") {
  std::vector<kg::WeightTable::Row> rows = {{0x100000011ULL, {{0, 2.0f}}},
                                            {0x200000022ULL, {{1, 1.0f}, {2, -1.0f}}}};
  kg::WeightTable t(rows, 3);
  kg::ByteWriter w;
  t.write(w);
  // u32 classes, f32 scale, u32 features, u8 log2 slots (16 slots), u32 pool, 2 bitmap bytes.
  const std::string& good = w.bytes();
  REQUIRE(good.size() == 4 + 4 + 4 + 1 + 4 + 2 + (4 + 2 + 4) + (4 + 2 + 8));
  CHECK(static_cast<unsigned char>(good[12]) == 4);
  auto read = [](std::string bytes) {
    kg::ByteReader r(bytes, "mem");
    kg::WeightTable back = kg::WeightTable::read(r, kg::kModelFormatVersion);
    return back.n_features();
  };
  CHECK(read(good) == 2);
  // A file's table gives no rows back: its full keys are not stored.
  kg::ByteReader r(good, "mem");
  CHECK_THROWS_AS(kg::WeightTable::read(r, kg::kModelFormatVersion).rows(), std::logic_error);
  auto corrupt = [&](size_t at, char value) {
    std::string bytes = good;
    bytes[at] = value;
    return bytes;
  };
  CHECK_THROWS_WITH(read(corrupt(8, 16)), Catch::Contains("too full"));  // 16 of 16 slots
  CHECK_THROWS_WITH(read(corrupt(12, 40)), Catch::Contains("weight-table size"));
  CHECK_THROWS_WITH(read(corrupt(17, 0)), Catch::Contains("fewer weight rows"));  // bitmap
  CHECK_THROWS_WITH(read(corrupt(13, 0)), Catch::Contains("larger than their pool"));
  CHECK_THROWS_WITH(read(corrupt(8, 1)), Catch::Contains("more weight rows"));
  CHECK_THROWS_WITH(read(corrupt(good.size() - 8, 9)), Catch::Contains("class index"));
}

TEST_CASE("weight tables of formats before 7 are still read by key", "[model]") {
  kg::ByteWriter w;
  w.u32(3);                                            // classes
  w.f32(0.5f);                                         // scale
  w.u32(2);                                            // features
  for (uint64_t key : {uint64_t{22}, uint64_t{11}}) {  // any order
    w.u64(key);
    w.u16(1);
    w.u16(key == 11 ? 0 : 2);
    w.u16(static_cast<uint16_t>(key == 11 ? 4 : -6));
  }
  kg::ByteReader r(w.bytes(), "mem");
  kg::WeightTable t = kg::WeightTable::read(r, 6);
  CHECK(r.at_end());
  uint64_t keys[] = {11, 22, 33};
  float scores[3] = {0, 0, 0};
  t.score(keys, 3, scores);
  CHECK(scores[0] * t.scale() == Approx(2.0f));
  CHECK(scores[1] == 0.0f);
  CHECK(scores[2] * t.scale() == Approx(-3.0f));
  CHECK(t.rows().size() == 2);  // these files keep the full keys
}

TEST_CASE("byte reader and writer are little-endian", "[model]") {
  kg::ByteWriter w;
  w.u32(0x01020304u);
  w.u16(0xABCD);
  CHECK(w.bytes() == std::string("\x04\x03\x02\x01\xCD\xAB", 6));
  kg::ByteReader r(w.bytes(), "mem");
  CHECK(r.u32() == 0x01020304u);
  CHECK(r.u16() == 0xABCD);
  CHECK_THROWS_AS(r.u8(), kg::Error);
}

TEST_CASE("truncated, corrupt and foreign model files are rejected naming the file", "[model]") {
  std::string good = read_all(tiny_model_file());
  REQUIRE(good.size() > 100);

  std::string missing = temp_path("missing.kgm");
  CHECK(load_error(missing).find(missing) != std::string::npos);

  std::string truncated = temp_path("truncated.kgm");
  for (size_t len : {size_t{0}, size_t{5}, size_t{20}, good.size() / 2, good.size() - 1}) {
    write_all(truncated, good.substr(0, len));
    std::string msg = load_error(truncated);
    CHECK(msg.find(truncated) != std::string::npos);
  }

  std::string corrupt = temp_path("corrupt.kgm");
  std::string bad = good;
  bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x5A);
  write_all(corrupt, bad);
  std::string msg = load_error(corrupt);
  CHECK(msg.find(corrupt) != std::string::npos);
  CHECK(msg.find("checksum") != std::string::npos);

  std::string version = temp_path("version.kgm");
  bad = good;
  bad[8] = 99;
  write_all(version, bad);
  msg = load_error(version);
  CHECK(msg.find("version") != std::string::npos);
  // A model of an older format (its tagger lacks the ambiguity classes) asks to be retrained.
  bad[8] = static_cast<char>(kg::kOldestModelFormatVersion - 1);
  write_all(version, bad);
  msg = load_error(version);
  CHECK(msg.find("format version " + std::to_string(kg::kOldestModelFormatVersion - 1)) !=
        std::string::npos);
  CHECK(msg.find("retrain") != std::string::npos);

  std::string magic = temp_path("magic.kgm");
  write_all(magic, "not a model file at all, just some text......");
  CHECK(load_error(magic).find("magic") != std::string::npos);

  // A payload that is consistent (checksum correct) but structurally wrong.
  std::string structural = temp_path("structural.kgm");
  kg::write_model_file(structural, 1, std::string("TAGR\xFF\xFF\xFF\x7F", 8));
  CHECK(load_error(structural).find(structural) != std::string::npos);

  for (const auto& p : {truncated, corrupt, version, magic, structural}) fs::remove(p);
}

TEST_CASE(
    "format 3 to 6 models (no word-cluster section, no cluster-user byte, no tagger pass count, "
    "weights by key) still load and parse as they do written again in format 7",
    "[model]") {
  // A tiny model written by kg when format 6 was current (tests/data/README.md).
  std::string v6_path = kg::test::source_dir() + "/tests/data/format6_tiny.kgm";
  std::string v6 = read_all(v6_path);
  REQUIRE(v6.size() > kg::kModelHeaderSize);
  REQUIRE(v6[8] == 6);
  std::string payload = v6.substr(kg::kModelHeaderSize);
  REQUIRE(payload.substr(0, 9) == std::string("WCLU\0\0\0\0\0", 9));  // no clusters, no users
  // The tagger section ends with its pass count (one), just before the lemmatizer's.
  size_t lemm = payload.find("LEMM");
  REQUIRE(lemm != std::string::npos);
  REQUIRE(payload[lemm - 1] == 1);
  std::string one_pass = payload.substr(0, lemm - 1) + payload.substr(lemm);
  auto write_old = [&](uint32_t version, const std::string& old_payload) {
    kg::ByteWriter header;
    for (char c : kg::kModelMagic) header.u8(static_cast<uint8_t>(c));
    header.u32(version);
    kg::ByteReader old_header(std::string_view(v6).substr(12, 8), "v6");
    header.u64(old_header.u64());  // the fingerprint of a model without clusters is unchanged
    header.u64(old_payload.size());
    header.u32(kg::crc32(old_payload.data(), old_payload.size()));
    std::string path = temp_path("v" + std::to_string(version) + ".kgm");
    write_all(path, header.bytes() + old_payload);
    return path;
  };
  std::string v3 = write_old(3, one_pass.substr(9));
  std::string v4 = write_old(4, one_pass.substr(0, 8) + one_pass.substr(9));
  std::string v5 = write_old(5, one_pass);
  std::string v7 = temp_path("v7.kgm");
  kg::SyntaxModel::load(v6_path)->save(v7);
  REQUIRE(read_all(v7)[8] == 7);

  auto analyze = [](const std::string& path) {
    kg::Document doc;
    doc.text = "Kim visited Seoul on Monday. He does not like the plans.";
    kg::Analyzer::load(path)->analyze(doc);
    std::string out;
    for (const kg::Token& t : doc.tokens)
      out += t.xpos + ' ' + t.lemma + ' ' + std::to_string(t.head) + ' ' + t.deprel + ' ';
    return out;
  };
  const std::string expected = analyze(v7);
  CHECK(expected.find("VBD visit") != std::string::npos);
  CHECK(analyze(v6_path) == expected);
  CHECK(analyze(v3) == expected);
  CHECK(analyze(v4) == expected);
  CHECK(analyze(v5) == expected);
  // Format 6 reads the pass count, which must be 1 or 2.
  std::string bad_passes = payload;
  bad_passes[lemm - 1] = 3;
  std::string v6_bad = write_old(6, bad_passes);
  CHECK(load_error(v6_bad).find("pass count") != std::string::npos);
  for (const auto& p : {v3, v4, v5, v6_bad, v7}) fs::remove(p);
}

TEST_CASE("kg parse prints CoNLL-U for raw text", "[cli]") {
  std::string model = tiny_model_file();
  std::string input = temp_path("input.txt");
  std::string output = temp_path("output.conllu");
  write_all(input, "Kim visited Seoul on Monday.\n\nThe talks were held in Geneva.\n");
  std::string cmd =
      std::string(KG_BINARY) + " parse --model " + model + " " + input + " > " + output + " 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::string out = read_all(output);
  CHECK(out.find("# sent_id = 1\n# text = Kim visited Seoul on Monday.\n") != std::string::npos);
  CHECK(out.find("# sent_id = 2") != std::string::npos);
  CHECK(out.find("1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\t_") != std::string::npos);
  CHECK(out.find("5\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No") !=
        std::string::npos);

  std::string cmd2 =
      std::string(KG_BINARY) + " parse --model " + input + " " + input + " > " + output + " 2>&1";
  int rc = std::system(cmd2.c_str());
  CHECK(WEXITSTATUS(rc) == 5);
  CHECK(read_all(output).find(input) != std::string::npos);
  fs::remove(input);
  fs::remove(output);
}

TEST_CASE("crc32 matches the standard CRC-32 at every length and alignment", "[model]") {
  CHECK(kg::crc32("123456789", 9) == 0xCBF43926u);  // the published check value
  // Against the bytewise definition, for lengths and offsets around the 8-byte steps.
  std::string data;
  for (int i = 0; i < 100; ++i) data += static_cast<char>((i * 37 + 11) & 0xFF);
  auto bytewise = [](const char* p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) {
      c ^= static_cast<unsigned char>(p[i]);
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
  };
  for (size_t off = 0; off < 9; ++off)
    for (size_t n = 0; n + off <= data.size(); n += 7)
      CHECK(kg::crc32(data.data() + off, n) == bytewise(data.data() + off, n));
}

TEST_CASE("kg train reads several training treebanks as one, and names one it cannot read",
          "[cli][model]") {
  // The tiny treebank split after its second sentence: "2\tdoes" only starts in the second half.
  const std::string& bank = kg::test::kTinyTreebank;
  size_t cut = bank.find("\n\n", bank.find("\n\n") + 2) + 2;
  std::string first = temp_path("first.conllu"), second = temp_path("second.conllu");
  write_all(first, bank.substr(0, cut));
  write_all(second, bank.substr(cut));
  std::string model = temp_path("two_files.kgm"), log = temp_path("train.log");
  std::string cmd = std::string(KG_BINARY) + " train --train " + first + " --train " + second +
                    " -o " + model + " --epochs 2 --tagger-epochs 2 --folds 0 > " + log + " 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  CHECK(read_all(log).find("train: 4 sentences") != std::string::npos);
  // Both halves were read: the second half's "n't" has the lemma it teaches.
  kg::Document doc;
  doc.text = "He does n't like the plan.";
  kg::Analyzer::load(model)->analyze(doc);
  REQUIRE(doc.tokens.size() == 7);
  CHECK(doc.tokens[2].lemma == "not");
  fs::remove(model);

  std::string missing = temp_path("missing.conllu");
  cmd = std::string(KG_BINARY) + " train --train " + first + " --train " + missing + " -o " +
        model + " > " + log + " 2>&1";
  int rc = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(rc) != 0);
  CHECK(read_all(log).find(missing) != std::string::npos);
  CHECK_FALSE(fs::exists(model));
  for (const auto& p : {first, second, log}) fs::remove(p);
}
