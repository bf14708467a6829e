#include "extractor/syntax/row_add.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace kg {

// Not under the sanitizers: their runtime and the ifunc resolvers of target_clones do not mix
// reliably, so those builds keep the plain loops.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define KG_PLAIN_LOOPS
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || !defined(__x86_64__) || !defined(__has_attribute)
#define KG_PLAIN_LOOPS
#endif
#if !defined(KG_PLAIN_LOOPS) && __has_attribute(target_clones)
#define KG_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define KG_AVX2_CLONES
#endif

namespace {

void add_weight_row_plain(const uint16_t* row, float* out, size_t n) {
  for (size_t c = 0; c < n; ++c) out[c] += static_cast<float>(static_cast<int16_t>(row[c]));
}

#if !defined(KG_PLAIN_LOOPS)
// Sixteen classes a round and no vectorised tail: the parser's rows are 104 classes (six rounds
// and one block of eight), and the compiler's own loop spent a third of its instructions on
// the remainder.
__attribute__((target("avx2"))) inline void add8(const uint16_t* row, float* out) {
  const __m128i q = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row));
  const __m256 w = _mm256_cvtepi32_ps(_mm256_cvtepi16_epi32(q));
  _mm256_storeu_ps(out, _mm256_add_ps(_mm256_loadu_ps(out), w));
}

__attribute__((target("avx2"))) void add_weight_row_avx2(const uint16_t* row, float* out,
                                                         size_t n) {
  size_t c = 0;
  for (; c + 16 <= n; c += 16) {
    add8(row + c, out + c);
    add8(row + c + 8, out + c + 8);
  }
  if (c + 8 <= n) {
    add8(row + c, out + c);
    c += 8;
  }
  for (; c < n; ++c) out[c] += static_cast<float>(static_cast<int16_t>(row[c]));
}
#endif

}  // namespace

WeightRowAdder weight_row_adder() {
#if !defined(KG_PLAIN_LOOPS)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2")) return add_weight_row_avx2;
#endif
  return add_weight_row_plain;
}

KG_AVX2_CLONES void add_score_row(const float* add, float* out, size_t n) {
  for (size_t c = 0; c < n; ++c) out[c] += add[c];
}

KG_AVX2_CLONES void sum_score_rows(const float* a, const float* b, const float* c2, const float* d,
                                   float* out, size_t n) {
  for (size_t c = 0; c < n; ++c) out[c] = a[c] + b[c] + c2[c] + d[c];
}

}  // namespace kg
