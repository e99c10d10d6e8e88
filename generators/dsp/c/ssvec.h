/* ssvec.h: the lane vectors of the lane-parallel DSP twins.
 *
 * The code that generators/dsp_lanes.py appends to each generated class
 * computes 4 patches at once: a value is a vector of 4 lanes (GCC vector
 * extensions: SSE2 on x86-64, NEON on arm64), or 8 with the ss_w* helpers
 * below (AVX2, x86-64 only). Every helper here gives, lane by lane, the same
 * bits as the scalar C it replaces.
 */
#ifndef SECRETSAUCE_SSVEC_H
#define SECRETSAUCE_SSVEC_H

#include <string.h>

#define SS_LANES 4
typedef float ss_vf __attribute__((vector_size(16)));
typedef int ss_vi __attribute__((vector_size(16)));

/* A scalar in every lane (no arithmetic: -0.0 stays -0.0). */
static inline ss_vf ss_vbcastf(float x) { return (ss_vf){x, x, x, x}; }
static inline ss_vi ss_vbcasti(int x) { return (ss_vi){x, x, x, x}; }

/* c ? a : b per lane, m all ones where c holds (a comparison's mask). */
static inline ss_vf ss_vself(ss_vi m, ss_vf a, ss_vf b) {
    return (ss_vf)(((ss_vi)a & m) | ((ss_vi)b & ~m));
}
static inline ss_vi ss_vseli(ss_vi m, ss_vi a, ss_vi b) { return (a & m) | (b & ~m); }

/* fabsf: the sign bit cleared. */
static inline ss_vf ss_vfabsf(ss_vf x) { return (ss_vf)((ss_vi)x & 0x7fffffff); }

/* floorf, exactly: truncate, step down where that rounded up; x itself
 * where it is already integral or not finite (|x| >= 2^23, NaN, +-0.0). */
static inline ss_vf ss_vfloorf(ss_vf x) {
    ss_vf t = __builtin_convertvector(__builtin_convertvector(x, ss_vi), ss_vf);
    t = ss_vself(t > x, t - 1.0f, t);
    return ss_vself((ss_vfabsf(x) < 8388608.0f) & (x != 0.0f), t, x);
}

/* x^n as the generated C writes it: x * x * ... left to right. */
static inline ss_vf ss_vpow2(ss_vf x) { return x * x; }
static inline ss_vf ss_vpow3(ss_vf x) { return x * x * x; }
static inline ss_vf ss_vpow4(ss_vf x) { return x * x * x * x; }

/* Reads of a scalar table at per-lane indices. */
static inline ss_vf ss_vgatherf(const float* t, ss_vi i) {
    return (ss_vf){t[i[0]], t[i[1]], t[i[2]], t[i[3]]};
}
static inline ss_vi ss_vgatheri(const int* t, ss_vi i) {
    return (ss_vi){t[i[0]], t[i[1]], t[i[2]], t[i[3]]};
}

/* Reads of a per-lane array (a delay line) at per-lane positions. */
static inline ss_vf ss_vlanesf(const ss_vf* a, ss_vi i) {
    return (ss_vf){a[i[0]][0], a[i[1]][1], a[i[2]][2], a[i[3]][3]};
}
static inline ss_vi ss_vlanesi(const ss_vi* a, ss_vi i) {
    return (ss_vi){a[i[0]][0], a[i[1]][1], a[i[2]][2], a[i[3]][3]};
}

/* Writes to a per-lane array at per-lane positions. */
static inline void ss_vscatterf(ss_vf* a, ss_vi i, ss_vf v) {
    a[i[0]][0] = v[0]; a[i[1]][1] = v[1]; a[i[2]][2] = v[2]; a[i[3]][3] = v[3];
}
static inline void ss_vscatteri(ss_vi* a, ss_vi i, ss_vi v) {
    a[i[0]][0] = v[0]; a[i[1]][1] = v[1]; a[i[2]][2] = v[2]; a[i[3]][3] = v[3];
}

/* ---- the wide lanes: 8 patches in 256-bit AVX2 registers (x86-64 only) ----
 *
 * The same helpers for 8 lanes, compiled for AVX2 (no FMA) and used only
 * after a run-time check that the CPU has it (generators/dsp/c/module.c).
 * Each lane gives the same bits as the 4-lane helpers above: the same IEEE
 * operations, only more of them per instruction.
 */
#if defined(__x86_64__)
#define SS_WIDE 1
#define SS_WLANES 8
#pragma GCC push_options
#pragma GCC target("avx2")
typedef float ss_wf __attribute__((vector_size(32)));
typedef int ss_wi __attribute__((vector_size(32)));

/* A scalar in every lane (no arithmetic: -0.0 stays -0.0). */
static inline ss_wf ss_wbcastf(float x) { return (ss_wf){x, x, x, x, x, x, x, x}; }
static inline ss_wi ss_wbcasti(int x) { return (ss_wi){x, x, x, x, x, x, x, x}; }

/* c ? a : b per lane, m all ones where c holds (a comparison's mask). */
static inline ss_wf ss_wself(ss_wi m, ss_wf a, ss_wf b) {
    return (ss_wf)(((ss_wi)a & m) | ((ss_wi)b & ~m));
}
static inline ss_wi ss_wseli(ss_wi m, ss_wi a, ss_wi b) { return (a & m) | (b & ~m); }

/* fabsf: the sign bit cleared. */
static inline ss_wf ss_wfabsf(ss_wf x) { return (ss_wf)((ss_wi)x & 0x7fffffff); }

/* floorf, exactly: truncate, step down where that rounded up; x itself
 * where it is already integral or not finite (|x| >= 2^23, NaN, +-0.0). */
static inline ss_wf ss_wfloorf(ss_wf x) {
    ss_wf t = __builtin_convertvector(__builtin_convertvector(x, ss_wi), ss_wf);
    t = ss_wself(t > x, t - 1.0f, t);
    return ss_wself((ss_wfabsf(x) < 8388608.0f) & (x != 0.0f), t, x);
}

/* x^n as the generated C writes it: x * x * ... left to right. */
static inline ss_wf ss_wpow2(ss_wf x) { return x * x; }
static inline ss_wf ss_wpow3(ss_wf x) { return x * x * x; }
static inline ss_wf ss_wpow4(ss_wf x) { return x * x * x * x; }

/* Reads of a scalar table at per-lane indices. */
static inline ss_wf ss_wgatherf(const float* t, ss_wi i) {
    return (ss_wf){t[i[0]], t[i[1]], t[i[2]], t[i[3]], t[i[4]], t[i[5]], t[i[6]], t[i[7]]};
}
static inline ss_wi ss_wgatheri(const int* t, ss_wi i) {
    return (ss_wi){t[i[0]], t[i[1]], t[i[2]], t[i[3]], t[i[4]], t[i[5]], t[i[6]], t[i[7]]};
}

/* Reads of a per-lane array (a delay line) at per-lane positions. */
static inline ss_wf ss_wlanesf(const ss_wf* a, ss_wi i) {
    return (ss_wf){a[i[0]][0], a[i[1]][1], a[i[2]][2], a[i[3]][3],
                   a[i[4]][4], a[i[5]][5], a[i[6]][6], a[i[7]][7]};
}
static inline ss_wi ss_wlanesi(const ss_wi* a, ss_wi i) {
    return (ss_wi){a[i[0]][0], a[i[1]][1], a[i[2]][2], a[i[3]][3],
                   a[i[4]][4], a[i[5]][5], a[i[6]][6], a[i[7]][7]};
}

/* Writes to a per-lane array at per-lane positions. */
static inline void ss_wscatterf(ss_wf* a, ss_wi i, ss_wf v) {
    for (int l = 0; l < SS_WLANES; l++) a[i[l]][l] = v[l];
}
static inline void ss_wscatteri(ss_wi* a, ss_wi i, ss_wi v) {
    for (int l = 0; l < SS_WLANES; l++) a[i[l]][l] = v[l];
}

#pragma GCC pop_options
#endif

#endif
