// The vector loops of scoring: adding a weight row or score rows to a score row. They are most
// of the parser's arithmetic, so they are compiled for AVX2 too, chosen once on machines that
// have it (the plain build targets baseline x86-64). Each output element is summed in the same
// order on every path, so the results are the same bit for bit.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kg {

// out[c] += row[c] for c < n, row holding 16-bit signed weights: the best version for this
// machine (a weight table asks once, when it is made).
using WeightRowAdder = void (*)(const uint16_t* row, float* out, size_t n);
WeightRowAdder weight_row_adder();
// out[c] += add[c] for c < n.
void add_score_row(const float* add, float* out, size_t n);
// out[c] = ((a[c] + b[c]) + c2[c]) + d[c] for c < n.
void sum_score_rows(const float* a, const float* b, const float* c2, const float* d, float* out,
                    size_t n);

}  // namespace kg
