/* ssmath.h: float maths that gives the same bits on every CPU.
 *
 * glibc's libm picks FMA or AVX variants of expf, powf, sinf, tanf... at run
 * time, so their last bits depend on the CPU. The generated Faust C calls
 * these ss_ functions instead (generators/dsp_codegen.py rewrites the calls).
 * Each one computes in double precision with + - * / and comparisons only,
 * from a range reduction and a truncated series whose error is far below a
 * float's resolution, and rounds once to float: the result is the correctly
 * rounded float in all but a vanishing fraction of cases, and the same bits
 * wherever it runs, as long as the file is compiled with -ffp-contract=off
 * and without -ffast-math (setup.py does both).
 *
 * The only libm functions left in the generated code are exact on every
 * IEEE-754 CPU: fabsf, floorf and sqrtf. fminf and fmaxf are exact too, but
 * libm's are out-of-line calls on baseline x86-64; ss_fminf and ss_fmaxf are
 * inline compares (the same result for every non-NaN input).
 */
#ifndef SECRETSAUCE_SSMATH_H
#define SECRETSAUCE_SSMATH_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#define SS_LN2_HI 6.93147180369123816490e-01 /* ln 2, upper bits (exact times small ints) */
#define SS_LN2_LO 1.90821492927058770002e-10 /* ln 2 - SS_LN2_HI */
#define SS_INV_LN2 1.44269504088896338700e+00
#define SS_PIO2_1 1.57079632673412561417e+00  /* pi/2 in three parts (fdlibm's) */
#define SS_PIO2_2 6.07710050630396597660e-11
#define SS_PIO2_3 2.02226624879595063154e-21
#define SS_2_OVER_PI 6.36619772367581382433e-01
#define SS_INV_LN10 4.34294481903251827651e-01

/* 2^k for an integer k in [-1022, 1023], exactly. */
static inline double ss_pow2i(int k) {
    uint64_t bits = (uint64_t)(k + 1023) << 52;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* e^x for x in [-200, 200] (clamped: enough for any float result). */
static inline double ss_exp_d(double x) {
    if (x > 200.0) x = 200.0;
    if (x < -200.0) x = -200.0;
    double kf = floor(x * SS_INV_LN2 + 0.5);
    int k = (int)kf;
    double r = (x - kf * SS_LN2_HI) - kf * SS_LN2_LO; /* |r| <= 0.347 */
    /* Taylor series to r^13: truncation error < 5e-18 */
    double p = 1.0 / 6227020800.0;
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    return p * ss_pow2i(k);
}

/* ln x for a positive, finite, normal double x. */
static inline double ss_log_d(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int e = (int)((bits >> 52) & 0x7ff) - 1023;
    bits = (bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL; /* mantissa in [1, 2) */
    double m;
    memcpy(&m, &bits, sizeof m);
    if (m > 1.41421356237309504880) {
        m = m * 0.5;
        e = e + 1;
    }
    /* ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716 */
    double s = (m - 1.0) / (m + 1.0);
    double z = s * s;
    double p = 1.0 / 25.0;
    p = p * z + 1.0 / 23.0;
    p = p * z + 1.0 / 21.0;
    p = p * z + 1.0 / 19.0;
    p = p * z + 1.0 / 17.0;
    p = p * z + 1.0 / 15.0;
    p = p * z + 1.0 / 13.0;
    p = p * z + 1.0 / 11.0;
    p = p * z + 1.0 / 9.0;
    p = p * z + 1.0 / 7.0;
    p = p * z + 1.0 / 5.0;
    p = p * z + 1.0 / 3.0;
    p = p * z + 1.0;
    double ed = (double)e;
    return (ed * SS_LN2_HI + 2.0 * s * p) + ed * SS_LN2_LO;
}

/* sin and cos of r for |r| <= pi/4 (Taylor to r^17 / r^18: error < 1e-19). */
static inline double ss_sin_kernel(double r) {
    double z = r * r;
    double p = 1.0 / 355687428096000.0;
    p = -p * z + 1.0 / 1307674368000.0;
    p = p * z - 1.0 / 6227020800.0;
    p = p * z + 1.0 / 39916800.0;
    p = p * z - 1.0 / 362880.0;
    p = p * z + 1.0 / 5040.0;
    p = p * z - 1.0 / 120.0;
    p = p * z + 1.0 / 6.0;
    return r - r * z * p;
}

static inline double ss_cos_kernel(double r) {
    double z = r * r;
    double p = 1.0 / 6402373705728000.0;
    p = -p * z + 1.0 / 20922789888000.0;
    p = p * z - 1.0 / 87178291200.0;
    p = p * z + 1.0 / 479001600.0;
    p = p * z - 1.0 / 3628800.0;
    p = p * z + 1.0 / 40320.0;
    p = p * z - 1.0 / 720.0;
    p = p * z + 1.0 / 24.0;
    p = p * z - 0.5;
    return 1.0 + z * p;
}

/* x = q pi/2 + r, |r| <= pi/4 (accurate for |x| < 1e9). */
static inline double ss_reduce(double x, int* q) {
    double kf = floor(x * SS_2_OVER_PI + 0.5);
    *q = (int)((int64_t)kf & 3);
    return ((x - kf * SS_PIO2_1) - kf * SS_PIO2_2) - kf * SS_PIO2_3;
}

static inline double ss_sin_d(double x) {
    int q;
    double r = ss_reduce(x, &q);
    switch (q) {
        case 0: return ss_sin_kernel(r);
        case 1: return ss_cos_kernel(r);
        case 2: return -ss_sin_kernel(r);
        default: return -ss_cos_kernel(r);
    }
}

static inline double ss_cos_d(double x) {
    int q;
    double r = ss_reduce(x, &q);
    switch (q) {
        case 0: return ss_cos_kernel(r);
        case 1: return -ss_sin_kernel(r);
        case 2: return -ss_cos_kernel(r);
        default: return ss_sin_kernel(r);
    }
}

/* ---------------------------------------------------- the float functions */

static inline float ss_fminf(float a, float b) { return a < b ? a : b; }
static inline float ss_fmaxf(float a, float b) { return a > b ? a : b; }


static inline float ss_expf(float x) {
    if (x != x) return x;
    if (x > 88.8f) return HUGE_VALF;
    if (x < -104.0f) return 0.0f;
    return (float)ss_exp_d((double)x);
}

static inline float ss_logf(float x) {
    if (x != x) return x;
    if (x < 0.0f) return NAN;
    if (x == 0.0f) return -HUGE_VALF;
    if (x == HUGE_VALF) return x;
    return (float)ss_log_d((double)x);
}

static inline float ss_log10f(float x) {
    if (!(x > 0.0f) || x == HUGE_VALF) return ss_logf(x);
    return (float)(ss_log_d((double)x) * SS_INV_LN10);
}

static inline float ss_powf(float x, float y) {
    if (y == 0.0f || x == 1.0f) return 1.0f;
    if (x != x || y != y) return NAN;
    double ay = (double)y;
    int y_int = floor(ay) == ay;
    int y_odd = y_int && fabs(ay) < 9007199254740992.0 && ((int64_t)ay & 1);
    double sign = 1.0;
    double ax = (double)x;
    if (x < 0.0f) {
        if (!y_int) return NAN;
        ax = -ax;
        if (y_odd) sign = -1.0;
    }
    if (ax == 0.0) return (float)(sign * (y > 0.0f ? 0.0 : HUGE_VAL));
    if (ax == HUGE_VAL) return (float)(sign * (y > 0.0f ? HUGE_VAL : 0.0));
    double t = ay * ss_log_d(ax);
    if (t > 89.0) return (float)(sign * HUGE_VAL);
    if (t < -104.0) return (float)(sign * 0.0);
    return (float)(sign * ss_exp_d(t));
}

static inline float ss_exp10f(float x) { return ss_powf(10.0f, x); }
static inline float ss_exp2f(float x) { return ss_powf(2.0f, x); }

static inline float ss_log2f(float x) {
    if (!(x > 0.0f) || x == HUGE_VALF) return ss_logf(x);
    return (float)(ss_log_d((double)x) * SS_INV_LN2);
}

static inline float ss_sinf(float x) {
    if (x != x || x == HUGE_VALF || x == -HUGE_VALF) return NAN;
    return (float)ss_sin_d((double)x);
}

static inline float ss_cosf(float x) {
    if (x != x || x == HUGE_VALF || x == -HUGE_VALF) return NAN;
    return (float)ss_cos_d((double)x);
}

static inline float ss_tanf(float x) {
    if (x != x || x == HUGE_VALF || x == -HUGE_VALF) return NAN;
    int q;
    double r = ss_reduce((double)x, &q);
    double s = ss_sin_kernel(r);
    double c = ss_cos_kernel(r);
    return (float)((q & 1) ? -c / s : s / c);
}

static inline float ss_tanhf(float x) {
    if (x != x) return x;
    double a = fabs((double)x);
    double t;
    if (a > 20.0) {
        t = 1.0;
    } else if (a < 1e-3) {
        double z = a * a; /* series: error < a^7 / 5 */
        t = a * (1.0 - z * (1.0 / 3.0 - z * (2.0 / 15.0)));
    } else {
        t = 1.0 - 2.0 / (ss_exp_d(2.0 * a) + 1.0);
    }
    return (float)(x < 0.0f ? -t : t);
}

#endif
