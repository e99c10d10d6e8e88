/* ssvec.h: the lane vectors of the lane-parallel DSP twins.
 *
 * The code that generators/dsp_lanes.py appends to each generated class
 * computes 4 patches at once: a value is a vector of 4 lanes (GCC vector
 * extensions: SSE2 on x86-64, NEON on arm64). Every helper here gives, lane
 * by lane, the same bits as the scalar C it replaces.
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

#endif
