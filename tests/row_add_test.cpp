#include "extractor/syntax/row_add.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

// The vector loops must give exactly what the plain loops give, for every length (the parser's
// 104 classes, the tagger's and the tails of both).
TEST_CASE("score-row additions equal the element-by-element sums for every length", "[parser]") {
  uint64_t rng = 5;
  auto next = [&rng] {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return rng >> 33;
  };
  const kg::WeightRowAdder add = kg::weight_row_adder();
  for (size_t n = 0; n <= 120; ++n) {
    std::vector<uint16_t> row(n);
    std::vector<float> a(n), b(n), c(n), d(n);
    for (size_t i = 0; i < n; ++i) {
      row[i] = static_cast<uint16_t>(next());  // the whole int16 range, negative weights too
      a[i] = static_cast<float>(next() % 100000) - 50000.0f;
      b[i] = static_cast<float>(next() % 1000) * 0.25f;
      c[i] = static_cast<float>(next() % 77) - 30.0f;
      d[i] = static_cast<float>(next() % 3) * 1e6f;
    }
    std::vector<float> got = a, plus = a, sum(n, -1.0f);
    add(row.data(), got.data(), n);
    kg::add_score_row(b.data(), plus.data(), n);
    kg::sum_score_rows(a.data(), b.data(), c.data(), d.data(), sum.data(), n);
    for (size_t i = 0; i < n; ++i) {
      REQUIRE(got[i] == a[i] + static_cast<float>(static_cast<int16_t>(row[i])));
      REQUIRE(plus[i] == a[i] + b[i]);
      REQUIRE(sum[i] == a[i] + b[i] + c[i] + d[i]);
    }
  }
}
