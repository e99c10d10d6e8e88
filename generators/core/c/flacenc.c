/* generators.core._flacenc: FLAC bytes of many mono 16-bit clips, libFLAC driven from C.
 *
 *   encode(pcm, sample_rate, level, library) -> list[bytes]
 *
 * pcm: a C-contiguous int16 buffer [clips, samples] (2-D) or [samples] (1-D: one
 * clip); library: the shared-library name or path of libFLAC to dlopen
 * (generators/core/flac.py finds it; its functions are looked up once per name).
 * Each clip is encoded by one libFLAC stream encoder with exactly the settings
 * generators/core/flac.py documents (mono, 16 bits, `level`, no MD5, the clip's
 * length as the total-samples estimate, only a write callback: STREAMINFO is never
 * rewritten), so the bytes are those of one encoder per clip. The write callback
 * appends to a C buffer and the GIL is released while encoding: no Python call per
 * frame or per setting, which is what the cffi driver spent a third of its time on.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct FLAC__StreamEncoder FLAC__StreamEncoder;
typedef int (*WriteCallback)(const FLAC__StreamEncoder*, const unsigned char*, size_t,
                             uint32_t, uint32_t, void*);

/* The libFLAC functions used, looked up by name (no libFLAC headers at build time). */
typedef struct {
    FLAC__StreamEncoder* (*create)(void);
    void (*destroy)(FLAC__StreamEncoder*);
    int (*set_channels)(FLAC__StreamEncoder*, uint32_t);
    int (*set_bits_per_sample)(FLAC__StreamEncoder*, uint32_t);
    int (*set_sample_rate)(FLAC__StreamEncoder*, uint32_t);
    int (*set_compression_level)(FLAC__StreamEncoder*, uint32_t);
    int (*set_do_md5)(FLAC__StreamEncoder*, int);
    int (*set_total_samples_estimate)(FLAC__StreamEncoder*, uint64_t);
    int (*init_stream)(FLAC__StreamEncoder*, WriteCallback, void*, void*, void*, void*);
    int (*process_interleaved)(FLAC__StreamEncoder*, const int32_t*, uint32_t);
    int (*finish)(FLAC__StreamEncoder*);
    int (*get_state)(const FLAC__StreamEncoder*);
} Flac;

static int load(const char* library, Flac* f) {
    void* h = dlopen(library, RTLD_NOW | RTLD_LOCAL);  /* kept open: the process's copy */
    if (h == NULL) return 0;
#define SYM(field, name) if ((*(void**)&f->field = dlsym(h, name)) == NULL) return 0
    SYM(create, "FLAC__stream_encoder_new");
    SYM(destroy, "FLAC__stream_encoder_delete");
    SYM(set_channels, "FLAC__stream_encoder_set_channels");
    SYM(set_bits_per_sample, "FLAC__stream_encoder_set_bits_per_sample");
    SYM(set_sample_rate, "FLAC__stream_encoder_set_sample_rate");
    SYM(set_compression_level, "FLAC__stream_encoder_set_compression_level");
    SYM(set_do_md5, "FLAC__stream_encoder_set_do_md5");
    SYM(set_total_samples_estimate, "FLAC__stream_encoder_set_total_samples_estimate");
    SYM(init_stream, "FLAC__stream_encoder_init_stream");
    SYM(process_interleaved, "FLAC__stream_encoder_process_interleaved");
    SYM(finish, "FLAC__stream_encoder_finish");
    SYM(get_state, "FLAC__stream_encoder_get_state");
#undef SYM
    return 1;
}

/* The bytes of one clip, grown as libFLAC writes frames. */
typedef struct {
    unsigned char* data;
    size_t size, cap;
} Bytes;

static int write_frame(const FLAC__StreamEncoder* e, const unsigned char* buf, size_t n,
                       uint32_t samples, uint32_t frame, void* client) {
    (void)e, (void)samples, (void)frame;
    Bytes* b = (Bytes*)client;
    if (b->size + n > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap < b->size + n) cap *= 2;
        unsigned char* grown = realloc(b->data, cap);
        if (grown == NULL) return 1;  /* FLAC__STREAM_ENCODER_WRITE_STATUS_FATAL_ERROR */
        b->data = grown, b->cap = cap;
    }
    memcpy(b->data + b->size, buf, n);
    b->size += n;
    return 0;  /* FLAC__STREAM_ENCODER_WRITE_STATUS_OK */
}

/* Encode one clip into out (reset first); 0 on success, else a negative init status
 * or the encoder state + 1. */
static int encode_clip(const Flac* f, FLAC__StreamEncoder* enc, const int16_t* pcm,
                       int32_t* wide, uint32_t n, uint32_t rate, uint32_t level, Bytes* out) {
    out->size = 0;
    for (uint32_t i = 0; i < n; i++) wide[i] = pcm[i];
    /* finish() resets an encoder's settings, so each clip sets them again */
    int ok = f->set_channels(enc, 1) && f->set_bits_per_sample(enc, 16)
             && f->set_sample_rate(enc, rate) && f->set_compression_level(enc, level)
             && f->set_do_md5(enc, 0) && f->set_total_samples_estimate(enc, n);
    int status = ok ? f->init_stream(enc, write_frame, NULL, NULL, NULL, out) : -1;
    if (status != 0) return status > 0 ? -status : -1000;
    ok = f->process_interleaved(enc, wide, n);
    int state = f->get_state(enc);
    if (!f->finish(enc) || !ok) return state + 1;
    return 0;
}

static PyObject* flacenc_encode(PyObject* self, PyObject* args) {
    PyObject* obj;
    unsigned int rate, level;
    const char* library;
    (void)self;
    if (!PyArg_ParseTuple(args, "OIIs", &obj, &rate, &level, &library)) return NULL;
    /* libFLAC's functions, looked up once per library name (these statics change only
     * with the GIL held; each call works on its own copy, the GIL released) */
    static Flac cached;
    static char loaded[4096];
    if (strcmp(library, loaded) != 0) {
        Flac fresh;
        if (strlen(library) >= sizeof loaded || !load(library, &fresh))
            return PyErr_Format(PyExc_RuntimeError, "cannot load libFLAC from %s", library);
        cached = fresh;
        strcpy(loaded, library);
    }
    Flac f = cached;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    PyObject* result = NULL;
    if (view.itemsize != 2 || view.format == NULL || strcmp(view.format, "h") != 0
        || (view.ndim != 1 && view.ndim != 2)) {
        PyErr_SetString(PyExc_ValueError, "pcm must be int16 [clips, samples] or [samples]");
        goto done;
    }
    Py_ssize_t clips = view.ndim == 2 ? view.shape[0] : 1;
    Py_ssize_t n = view.ndim == 2 ? view.shape[1] : view.shape[0];
    if (n <= 0 || n > UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "a clip needs 1 to 2**32 - 1 samples");
        goto done;
    }
    result = PyList_New(clips);
    FLAC__StreamEncoder* enc = f.create();
    int32_t* wide = malloc((size_t)n * sizeof(int32_t));
    Bytes out = {NULL, 0, 0};
    if (result == NULL || enc == NULL || wide == NULL) {
        Py_CLEAR(result);
        if (!PyErr_Occurred()) PyErr_NoMemory();
    }
    for (Py_ssize_t c = 0; result != NULL && c < clips; c++) {
        int err;
        const int16_t* pcm = (const int16_t*)view.buf + c * n;
        Py_BEGIN_ALLOW_THREADS
        err = encode_clip(&f, enc, pcm, wide, (uint32_t)n, rate, level, &out);
        Py_END_ALLOW_THREADS
        if (err != 0) {
            PyErr_Format(PyExc_RuntimeError, "libFLAC failed to encode a clip (%s %d, %u Hz, "
                         "level %u)", err < 0 ? "init status" : "encoder state",
                         err < 0 ? -err : err - 1, rate, level);
            Py_CLEAR(result);
            break;
        }
        PyObject* bytes = PyBytes_FromStringAndSize((const char*)out.data, (Py_ssize_t)out.size);
        if (bytes == NULL) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, c, bytes);
    }
    free(out.data);
    free(wide);
    if (enc != NULL) f.destroy(enc);
done:
    PyBuffer_Release(&view);
    return result;
}

static PyMethodDef METHODS[] = {
    {"encode", flacenc_encode, METH_VARARGS,
     "encode(pcm, sample_rate, level, library) -> FLAC bytes per clip of int16 pcm "
     "[clips, samples] (or one clip [samples])"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {
    PyModuleDef_HEAD_INIT, "_flacenc",
    "FLAC bytes of mono 16-bit clips from libFLAC, loaded at run time.", -1, METHODS,
};

PyMODINIT_FUNC PyInit__flacenc(void) { return PyModule_Create(&MODULE); }
