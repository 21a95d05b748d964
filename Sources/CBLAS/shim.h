/*
 * CBLAS: the single-precision matrix multiply of OpenBLAS (Debian's libopenblas-dev), for
 * DriftEmbed's encoder. Only DriftEmbed/Internals/Matrix.swift calls it.
 */
#ifndef CBLAS_SHIM_H
#define CBLAS_SHIM_H

#include <cblas.h>

/* C = alpha * A * op(B) + beta * C, row-major; op(B) = B transposed when transposeB is non-zero. */
static inline void CBLAS_sgemm(int transposeB, int m, int n, int k, float alpha, const float *a, int lda,
                               const float *b, int ldb, float beta, float *c, int ldc) {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, m, n, k, alpha, a, lda, b, ldb,
                beta, c, ldc);
}

/* The number of threads OpenBLAS may use. */
static inline void CBLAS_setThreads(int threads) { openblas_set_num_threads(threads); }

#endif
