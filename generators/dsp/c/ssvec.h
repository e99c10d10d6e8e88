/* ssvec.h: the lane vectors of the lane-parallel DSP twins.
 *
 * The code that generators/dsp_lanes.py appends to each generated class
 * computes several patches at once: a value is a vector of lanes, one patch
 * each (GCC vector extensions). SS_LANES (4) lanes use the ss_v* types and
 * helpers (SSE2 on x86-64, NEON on arm64); on x86-64, SS_WLANES (8) lanes use
 * the ss_w* ones, compiled for AVX2 (no FMA) and called only after a run-time
 * check that the CPU has it (generators/dsp/c/module.c). Both families are
 * defined once, by SS_DEFINE_LANES. Every helper gives, lane by lane, the
 * same bits as the scalar C it replaces.
 */
#ifndef SECRETSAUCE_SSVEC_H
#define SECRETSAUCE_SSVEC_H

#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

/* Whether every lane of the int vector d is 0: the test that lets a read at
 * indices equal in every lane load once (x86-64: one SSE2 compare and mask,
 * or one AVX ptest; elsewhere lane by lane). */
#if defined(__x86_64__)
#define SS_ALLZERO4(d) (_mm_movemask_epi8(_mm_cmpeq_epi32((__m128i)(d), _mm_setzero_si128())) == 0xFFFF)
#define SS_ALLZERO8(d) _mm256_testz_si256((__m256i)(d), (__m256i)(d))
#else
#define SS_ALLZERO4(d) (((d)[0] | (d)[1] | (d)[2] | (d)[3]) == 0)
#endif

/* The AVX lanes floor with one vroundps (round down, no exception), which gives
 * floorf's value for every float, -0.0 and NaN included; SSE2 has no such
 * instruction, so the 4 lanes use the generic sequence below it. */
#define SS_FLOOR4(x)
#define SS_FLOOR8(x) return (ss_wf)__builtin_ia32_roundps256((x), 0x09);

/* minps(a, b) is a < b ? a : b and maxps(a, b) is a > b ? a : b, lane by lane, for
 * every float (it returns b where either is NaN or both are zeros, as the select
 * does): SSE for 4 lanes, AVX for 8. Ints: pminsd/pmaxsd with AVX2 (SSE2 has none). */
#if defined(__x86_64__)
#define SS_MIN4F(a, b) return (ss_vf)__builtin_ia32_minps((a), (b));
#define SS_MAX4F(a, b) return (ss_vf)__builtin_ia32_maxps((a), (b));
#else
#define SS_MIN4F(a, b)
#define SS_MAX4F(a, b)
#endif
#define SS_MIN4I(a, b)
#define SS_MAX4I(a, b)
#define SS_MIN8F(a, b) return (ss_wf)__builtin_ia32_minps256((a), (b));
#define SS_MAX8F(a, b) return (ss_wf)__builtin_ia32_maxps256((a), (b));
#define SS_MIN8I(a, b) return (ss_wi)__builtin_ia32_pminsd256((a), (b));
#define SS_MAX8I(a, b) return (ss_wi)__builtin_ia32_pmaxsd256((a), (b));

/* Lane l of a vector built element by element (an initializer, which keeps
 * the vector in registers where a loop over the lanes would go through memory). */
#define SS_EACH4(F) F(0), F(1), F(2), F(3)
#define SS_EACH8(F) F(0), F(1), F(2), F(3), F(4), F(5), F(6), F(7)
#define SS_SCALAR(l) x
#define SS_TABLE_AT(l) t[i[l]]
#define SS_LANE_AT(l) a[i[l]][l]

/* The types <P>f and <P>i (N floats or ints) and their helpers <P>bcastf ...
 * for the prefix P (ss_v or ss_w) and N (4 or 8) lanes. */
#define SS_DEFINE_LANES(P, N)                                                   \
typedef float P##f __attribute__((vector_size(4 * (N))));                       \
typedef int P##i __attribute__((vector_size(4 * (N))));                         \
                                                                                \
/* A scalar in every lane (no arithmetic: -0.0 stays -0.0). */                  \
static inline P##f P##bcastf(float x) { return (P##f){SS_EACH##N(SS_SCALAR)}; } \
static inline P##i P##bcasti(int x) { return (P##i){SS_EACH##N(SS_SCALAR)}; }   \
                                                                                \
/* c ? a : b per lane, m all ones where c holds (a comparison's mask). */       \
static inline P##f P##self(P##i m, P##f a, P##f b) {                            \
    return (P##f)(((P##i)a & m) | ((P##i)b & ~m));                              \
}                                                                               \
static inline P##i P##seli(P##i m, P##i a, P##i b) { return (a & m) | (b & ~m); } \
                                                                                \
/* a < b ? a : b and a > b ? a : b per lane (ss_fminf, faustmini...): one        \
 * instruction where the family has it (SS_MIN<N>F...), else a blend. */        \
static inline P##f P##minf(P##f a, P##f b) { SS_MIN##N##F(a, b) return P##self(a < b, a, b); } \
static inline P##f P##maxf(P##f a, P##f b) { SS_MAX##N##F(a, b) return P##self(a > b, a, b); } \
static inline P##i P##mini(P##i a, P##i b) { SS_MIN##N##I(a, b) return P##seli(a < b, a, b); } \
static inline P##i P##maxi(P##i a, P##i b) { SS_MAX##N##I(a, b) return P##seli(a > b, a, b); } \
                                                                                \
/* fabsf: the sign bit cleared. */                                              \
static inline P##f P##fabsf(P##f x) { return (P##f)((P##i)x & 0x7fffffff); }    \
                                                                                \
/* floorf, exactly: truncate, step down where that rounded up; x itself         \
 * where it is already integral or not finite (|x| >= 2^23, NaN, +-0.0). */     \
static inline P##f P##floorf(P##f x) {                                          \
    SS_FLOOR##N(x)                                                              \
    P##f t = __builtin_convertvector(__builtin_convertvector(x, P##i), P##f);   \
    t = P##self(t > x, t - 1.0f, t);                                            \
    return P##self((P##fabsf(x) < 8388608.0f) & (x != 0.0f), t, x);             \
}                                                                               \
                                                                                \
/* x^n as the generated C writes it: x * x * ... left to right. */             \
static inline P##f P##pow2(P##f x) { return x * x; }                            \
static inline P##f P##pow3(P##f x) { return x * x * x; }                        \
static inline P##f P##pow4(P##f x) { return x * x * x * x; }                    \
                                                                                \
/* Whether every lane of i holds the same index (then a read loads once: the   \
 * same values as the per-lane loads, so the same bits). */                     \
static inline int P##uniform(P##i i) { return SS_ALLZERO##N(i ^ P##bcasti(i[0])); } \
                                                                                \
/* Reads of a scalar table at per-lane indices. */                              \
static inline P##f P##gatherf(const float* t, P##i i) {                         \
    if (P##uniform(i)) return P##bcastf(t[i[0]]);                               \
    return (P##f){SS_EACH##N(SS_TABLE_AT)};                                     \
}                                                                               \
static inline P##i P##gatheri(const int* t, P##i i) {                           \
    if (P##uniform(i)) return P##bcasti(t[i[0]]);                               \
    return (P##i){SS_EACH##N(SS_TABLE_AT)};                                     \
}                                                                               \
                                                                                \
/* Reads of a per-lane array (a delay line) at per-lane positions: one vector   \
 * load where the position is the same in every lane. */                        \
static inline P##f P##lanesf(const P##f* a, P##i i) {                           \
    if (P##uniform(i)) return a[i[0]];                                          \
    return (P##f){SS_EACH##N(SS_LANE_AT)};                                      \
}                                                                               \
static inline P##i P##lanesi(const P##i* a, P##i i) {                           \
    if (P##uniform(i)) return a[i[0]];                                          \
    return (P##i){SS_EACH##N(SS_LANE_AT)};                                      \
}                                                                               \
                                                                                \
/* Writes to a per-lane array at per-lane positions. */                         \
static inline void P##scatterf(P##f* a, P##i i, P##f v) {                       \
    for (int l = 0; l < (N); l++) a[i[l]][l] = v[l];                            \
}                                                                               \
static inline void P##scatteri(P##i* a, P##i i, P##i v) {                       \
    for (int l = 0; l < (N); l++) a[i[l]][l] = v[l];                            \
}

#define SS_LANES 4
SS_DEFINE_LANES(ss_v, 4)

#if defined(__x86_64__)
#define SS_WIDE 1
#define SS_WLANES 8
#pragma GCC push_options
#pragma GCC target("avx2")
SS_DEFINE_LANES(ss_w, 8)
#pragma GCC pop_options
#endif

#endif
