/* generators._dsp: the built-in instruments' Faust C, callable from Python.
 *
 *   controls(name) -> list[str]                 control labels, in UI order
 *   new(name, sample_rate) -> capsule           one initialised DSP instance
 *   render(instance, values, n_samples, block_size) -> bytes
 *   render_lanes(instance, values_list, n_samples, block_size, lanes, out, rows) -> None
 *
 * render sets every control (values: floats in controls() order), clears the
 * instance's state (as DawDreamer does before each render) and computes
 * n_samples of its first output in blocks of block_size, with the GIL
 * released; the result is n_samples native float32s. render_lanes does the
 * same for up to `lanes` patches at once, through the class's lane-parallel
 * twin (generators/dsp_lanes.py), and gives the same samples per patch: 4
 * lanes in SSE2 registers, or 8 in AVX2 registers where the CPU has AVX2
 * (LANES is the widest this CPU runs; WIDTHS all it runs). It writes patch l's
 * samples into row rows[l] of out, a writable float32 buffer [m, n_samples].
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "faustc.h"
#include "ssvec.h"

/* One lane-parallel twin of a class: its state size, clear, pack and compute
 * (the output buffer: count x lanes floats, out[i * lanes + l]). */
typedef struct {
    int lanes;
    size_t (*size)(void);
    void (*clear)(void*);
    void (*pack)(void*, void*, int);
    void (*compute)(void*, int, void*);
} Twin;

typedef struct {
    const char* name;
    void* (*create)(void);
    void (*destroy)(void*);
    void (*init)(void*, int);
    void (*clear)(void*);
    int (*num_outputs)(void*);
    void (*build_ui)(void*, UIGlue*);
    void (*compute)(void*, int, FAUSTFLOAT**, FAUSTFLOAT**);
    Twin twins[2]; /* 4 lanes (SSE2), then 8 (AVX2; NULL functions without SS_WIDE) */
} DspClass;


/* The generated classes (generators/dsp/c/<name>.c); their structs are
 * opaque here. */
#define SS_DECLARE(N)                                                        \
    void* new##N(void);                                                      \
    void delete##N(void*);                                                   \
    void init##N(void*, int);                                                \
    void instanceClear##N(void*);                                            \
    int getNumOutputs##N(void*);                                             \
    void buildUserInterface##N(void*, UIGlue*);                              \
    void compute##N(void*, int, FAUSTFLOAT**, FAUSTFLOAT**);                  \
    size_t sizeof##N##Lanes(void);                                           \
    void clear##N##Lanes(void*);                                             \
    void pack##N##Lanes(void*, void*, int);                                  \
    void compute##N##Lanes(void*, int, void*);                               \
    SS_DECLARE_WIDE(N)
#ifdef SS_WIDE
#define SS_DECLARE_WIDE(N)                                                   \
    size_t sizeof##N##Wide(void);                                            \
    void clear##N##Wide(void*);                                              \
    void pack##N##Wide(void*, void*, int);                                   \
    void compute##N##Wide(void*, int, void*);
#define SS_WIDE_TWIN(N)                                                      \
    {SS_WLANES, sizeof##N##Wide, clear##N##Wide, pack##N##Wide, compute##N##Wide}
#else
#define SS_DECLARE_WIDE(N)
#define SS_WIDE_TWIN(N) {0, NULL, NULL, NULL, NULL}
#endif
#define SS_CLASS(N)                                                          \
    {#N, new##N, delete##N, init##N, instanceClear##N, getNumOutputs##N,     \
     buildUserInterface##N, compute##N,                                      \
     {{SS_LANES, sizeof##N##Lanes, clear##N##Lanes, pack##N##Lanes,          \
       compute##N##Lanes}, SS_WIDE_TWIN(N)}}

SS_DECLARE(noisemaker)
SS_DECLARE(noisemaker_velocity)
SS_DECLARE(moog)
SS_DECLARE(guitar)

static const DspClass CLASSES[] = {
    SS_CLASS(noisemaker),
    SS_CLASS(noisemaker_velocity),
    SS_CLASS(moog),
    SS_CLASS(guitar),
};
#define N_CLASSES (sizeof CLASSES / sizeof CLASSES[0])
#define MAX_CONTROLS 128

/* ------------------------------------------------------- collecting zones */

typedef struct {
    int count;
    const char* labels[MAX_CONTROLS];
    FAUSTFLOAT* zones[MAX_CONTROLS];
} Controls;

static void ui_box(void* ui, const char* label) { (void)ui; (void)label; }
static void ui_close(void* ui) { (void)ui; }
static void ui_declare(void* ui, FAUSTFLOAT* zone, const char* key, const char* value) {
    (void)ui; (void)zone; (void)key; (void)value;
}
static void ui_add(Controls* c, const char* label, FAUSTFLOAT* zone) {
    if (c->count < MAX_CONTROLS) {
        c->labels[c->count] = label;
        c->zones[c->count] = zone;
    }
    c->count++;
}
static void ui_button(void* ui, const char* label, FAUSTFLOAT* zone) { ui_add(ui, label, zone); }
static void ui_slider(void* ui, const char* label, FAUSTFLOAT* zone, FAUSTFLOAT init,
                      FAUSTFLOAT min, FAUSTFLOAT max, FAUSTFLOAT step) {
    (void)init; (void)min; (void)max; (void)step;
    ui_add(ui, label, zone);
}
static void ui_bargraph(void* ui, const char* label, FAUSTFLOAT* zone, FAUSTFLOAT min,
                        FAUSTFLOAT max) {
    (void)ui; (void)label; (void)zone; (void)min; (void)max;
}
static void ui_soundfile(void* ui, const char* label, const char* url, void** zone) {
    (void)ui; (void)label; (void)url; (void)zone;
}

static int collect_controls(const DspClass* cls, void* dsp, Controls* c) {
    UIGlue glue = {c, ui_box, ui_box, ui_box, ui_close, ui_button, ui_button,
                   ui_slider, ui_slider, ui_slider, ui_bargraph, ui_bargraph,
                   ui_soundfile, ui_declare};
    c->count = 0;
    cls->build_ui(dsp, &glue);
    if (c->count > MAX_CONTROLS) {
        PyErr_Format(PyExc_RuntimeError, "%s has %d controls, more than %d",
                     cls->name, c->count, MAX_CONTROLS);
        return -1;
    }
    return 0;
}

static const DspClass* find_class(const char* name) {
    for (size_t i = 0; i < N_CLASSES; i++) {
        if (strcmp(CLASSES[i].name, name) == 0) return &CLASSES[i];
    }
    PyErr_Format(PyExc_KeyError, "no compiled DSP called %s", name);
    return NULL;
}

/* ------------------------------------------------------------- instances */

typedef struct {
    const DspClass* cls;
    void* dsp;
    int n_outputs;
    Controls controls;
    void* lanes[2]; /* the state of each twin, allocated on its first render_lanes */
} Instance;

/* The widest twin this CPU runs: 8 lanes with AVX2, else 4 (set at import). */
static int BEST_LANES = SS_LANES;

/* The index in cls->twins of its twin of `lanes` lanes, or -1 when it has none
 * or this CPU does not run it. */
static int twin_index(const DspClass* cls, int lanes) {
    for (int k = 0; k < 2; k++) {
        const Twin* t = &cls->twins[k];
        if (t->lanes == lanes && t->compute != NULL && lanes <= BEST_LANES) return k;
    }
    return -1;
}

/* size bytes aligned to 64 (aligned_alloc wants a multiple of the alignment). */
static void* alloc64(size_t size) { return aligned_alloc(64, (size + 63) / 64 * 64); }

#define CAPSULE_NAME "generators._dsp.Instance"

static void instance_free(PyObject* capsule) {
    Instance* inst = PyCapsule_GetPointer(capsule, CAPSULE_NAME);
    if (inst == NULL) return;
    inst->cls->destroy(inst->dsp);
    free(inst->lanes[0]);
    free(inst->lanes[1]);
    PyMem_Free(inst);
}

static PyObject* dsp_controls(PyObject* self, PyObject* args) {
    (void)self;
    const char* name;
    if (!PyArg_ParseTuple(args, "s", &name)) return NULL;
    const DspClass* cls = find_class(name);
    if (cls == NULL) return NULL;
    void* dsp = cls->create();
    Controls c;
    if (collect_controls(cls, dsp, &c) < 0) {
        cls->destroy(dsp);
        return NULL;
    }
    PyObject* labels = PyList_New(c.count);
    for (int i = 0; labels != NULL && i < c.count; i++) {
        PyObject* s = PyUnicode_FromString(c.labels[i]);
        if (s == NULL) {
            Py_CLEAR(labels);
            break;
        }
        PyList_SET_ITEM(labels, i, s);
    }
    cls->destroy(dsp);
    return labels;
}

static PyObject* dsp_new(PyObject* self, PyObject* args) {
    (void)self;
    const char* name;
    int sample_rate;
    if (!PyArg_ParseTuple(args, "si", &name, &sample_rate)) return NULL;
    if (sample_rate <= 0) {
        PyErr_SetString(PyExc_ValueError, "sample_rate must be positive");
        return NULL;
    }
    const DspClass* cls = find_class(name);
    if (cls == NULL) return NULL;
    Instance* inst = PyMem_Calloc(1, sizeof(Instance));
    if (inst == NULL) return PyErr_NoMemory();
    inst->cls = cls;
    inst->dsp = cls->create();
    cls->init(inst->dsp, sample_rate);
    inst->n_outputs = cls->num_outputs(inst->dsp);
    if (collect_controls(cls, inst->dsp, &inst->controls) < 0 || inst->n_outputs < 1) {
        if (!PyErr_Occurred()) PyErr_Format(PyExc_RuntimeError, "%s has no output", name);
        cls->destroy(inst->dsp);
        PyMem_Free(inst);
        return NULL;
    }
    PyObject* capsule = PyCapsule_New(inst, CAPSULE_NAME, instance_free);
    if (capsule == NULL) {
        cls->destroy(inst->dsp);
        PyMem_Free(inst);
    }
    return capsule;
}

/* Set every control of inst from values (floats in controls() order). */
static int set_controls(Instance* inst, PyObject* values) {
    PyObject* seq = PySequence_Fast(values, "values must be a sequence of floats");
    if (seq == NULL) return -1;
    if (PySequence_Fast_GET_SIZE(seq) != inst->controls.count) {
        PyErr_Format(PyExc_ValueError, "%s takes %d control values, got %zd",
                     inst->cls->name, inst->controls.count, PySequence_Fast_GET_SIZE(seq));
        Py_DECREF(seq);
        return -1;
    }
    for (int i = 0; i < inst->controls.count; i++) {
        double v = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(seq, i));
        if (v == -1.0 && PyErr_Occurred()) {
            Py_DECREF(seq);
            return -1;
        }
        *inst->controls.zones[i] = (FAUSTFLOAT)v;
    }
    Py_DECREF(seq);
    return 0;
}

static int check_sizes(Py_ssize_t n_samples, Py_ssize_t block) {
    if (n_samples < 0 || block <= 0 || block > 1 << 20) {
        PyErr_SetString(PyExc_ValueError, "n_samples must be >= 0 and block_size in 1..2^20");
        return -1;
    }
    return 0;
}

static PyObject* dsp_render(PyObject* self, PyObject* args) {
    (void)self;
    PyObject *capsule, *values;
    Py_ssize_t n_samples, block;
    if (!PyArg_ParseTuple(args, "OOnn", &capsule, &values, &n_samples, &block)) return NULL;
    Instance* inst = PyCapsule_GetPointer(capsule, CAPSULE_NAME);
    if (inst == NULL) return NULL;
    if (check_sizes(n_samples, block) < 0 || set_controls(inst, values) < 0) return NULL;

    PyObject* result = PyBytes_FromStringAndSize(NULL, n_samples * (Py_ssize_t)sizeof(FAUSTFLOAT));
    if (result == NULL) return NULL;
    FAUSTFLOAT* out = (FAUSTFLOAT*)PyBytes_AS_STRING(result);
    int n_out = inst->n_outputs;
    FAUSTFLOAT* scratch = NULL;
    if (n_out > 1) {
        scratch = PyMem_Malloc((size_t)(n_out - 1) * (size_t)block * sizeof(FAUSTFLOAT));
        if (scratch == NULL) {
            Py_DECREF(result);
            return PyErr_NoMemory();
        }
    }
    FAUSTFLOAT* outputs[16];
    if (n_out > 16) {
        PyMem_Free(scratch);
        Py_DECREF(result);
        PyErr_SetString(PyExc_RuntimeError, "more than 16 outputs");
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    inst->cls->clear(inst->dsp);
    for (Py_ssize_t pos = 0; pos < n_samples; pos += block) {
        int count = (int)(n_samples - pos < block ? n_samples - pos : block);
        outputs[0] = out + pos;
        for (int k = 1; k < n_out; k++) outputs[k] = scratch + (size_t)(k - 1) * (size_t)block;
        inst->cls->compute(inst->dsp, count, NULL, outputs);
    }
    Py_END_ALLOW_THREADS
    PyMem_Free(scratch);
    return result;
}

static PyObject* dsp_render_lanes(PyObject* self, PyObject* args) {
    (void)self;
    PyObject *capsule, *values_list;
    Py_ssize_t n_samples, block;
    int lanes;
    PyObject *out_obj, *rows_obj;
    if (!PyArg_ParseTuple(args, "OOnniOO", &capsule, &values_list, &n_samples, &block, &lanes,
                          &out_obj, &rows_obj))
        return NULL;
    Instance* inst = PyCapsule_GetPointer(capsule, CAPSULE_NAME);
    if (inst == NULL || check_sizes(n_samples, block) < 0) return NULL;
    int which = twin_index(inst->cls, lanes);
    if (which < 0) {
        if (BEST_LANES == SS_LANES)
            PyErr_Format(PyExc_ValueError, "this CPU runs %d lanes, not %d", SS_LANES, lanes);
        else
            PyErr_Format(PyExc_ValueError, "this CPU runs %d or %d lanes, not %d", SS_LANES,
                         BEST_LANES, lanes);
        return NULL;
    }
    const Twin* twin = &inst->cls->twins[which];
    PyObject* patches = PySequence_Fast(values_list, "values_list must be a sequence");
    if (patches == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(patches);
    if (n < 1 || n > lanes) {
        PyErr_Format(PyExc_ValueError, "render_lanes takes 1 to %d patches, got %zd", lanes, n);
        Py_DECREF(patches);
        return NULL;
    }
    if (inst->lanes[which] == NULL) {
        inst->lanes[which] = alloc64(twin->size());
        if (inst->lanes[which] == NULL) {
            Py_DECREF(patches);
            return PyErr_NoMemory();
        }
    }
    void* state = inst->lanes[which];
    /* every lane starts as a cleared scalar instance does (state zeroed, as
     * instanceClear zeroes it), with its patch's controls; lanes past n
     * repeat the last patch (computed, then dropped) */
    twin->clear(state);
    for (int l = 0; l < lanes; l++) {
        if (set_controls(inst, PySequence_Fast_GET_ITEM(patches, l < n ? l : n - 1)) < 0) {
            Py_DECREF(patches);
            return NULL;
        }
        twin->pack(state, inst->dsp, l);
    }
    Py_DECREF(patches);
    /* out and rows: patch l goes to row rows[l] of out, float32 [m, n_samples] */
    Py_buffer view = {0};
    Py_ssize_t rows[64];
    if (PyObject_GetBuffer(out_obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE) < 0)
        return NULL;
    PyObject* seq = PySequence_Fast(rows_obj, "rows must be a sequence");
    int bad = seq == NULL || view.ndim != 2 || view.itemsize != sizeof(FAUSTFLOAT)
              || strcmp(view.format ? view.format : "", "f") != 0
              || view.shape[1] != n_samples || PySequence_Fast_GET_SIZE(seq) != n || n > 64;
    for (Py_ssize_t l = 0; !bad && l < n; l++) {
        rows[l] = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, l));
        bad = rows[l] < 0 || rows[l] >= view.shape[0];
    }
    Py_XDECREF(seq);
    if (bad) {
        PyBuffer_Release(&view);
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "out must be float32 [m, n_samples] and rows "
                            "one index below m per patch");
        return NULL;
    }
    size_t frames = (size_t)(n_samples > 0 ? n_samples : 1);
    FAUSTFLOAT* buf = alloc64(frames * (size_t)lanes * sizeof(FAUSTFLOAT));
    if (buf == NULL) {
        PyBuffer_Release(&view);
        return PyErr_NoMemory();
    }
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t pos = 0; pos < n_samples; pos += block) {
        int count = (int)(n_samples - pos < block ? n_samples - pos : block);
        twin->compute(state, count, buf + pos * lanes);
    }
    for (Py_ssize_t l = 0; l < n; l++) {
        FAUSTFLOAT* row = (FAUSTFLOAT*)view.buf + rows[l] * n_samples;
        for (Py_ssize_t k = 0; k < n_samples; k++) row[k] = buf[k * lanes + l];
    }
    Py_END_ALLOW_THREADS
    free(buf);
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyMethodDef METHODS[] = {
    {"controls", dsp_controls, METH_VARARGS, "controls(name) -> control labels in UI order"},
    {"new", dsp_new, METH_VARARGS, "new(name, sample_rate) -> an initialised DSP instance"},
    {"render", dsp_render, METH_VARARGS,
     "render(instance, values, n_samples, block_size) -> float32 bytes of output 0"},
    {"render_lanes", dsp_render_lanes, METH_VARARGS,
     "render_lanes(instance, values_list, n_samples, block_size, lanes, out, rows) -> None: "
     "output 0 of patch l into out[rows[l]] (out: float32 [m, n_samples]; 1 to lanes patches "
     "at once; lanes: one of WIDTHS)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {
    PyModuleDef_HEAD_INIT, "_dsp",
    "The built-in instruments' Faust-generated C, compiled for the same bits on every CPU.",
    -1, METHODS,
};

PyMODINIT_FUNC PyInit__dsp(void) {
    PyObject* m = PyModule_Create(&MODULE);
    if (m == NULL) return NULL;
    PyObject* names = PyTuple_New(N_CLASSES);
    for (size_t i = 0; names != NULL && i < N_CLASSES; i++) {
        PyTuple_SET_ITEM(names, i, PyUnicode_FromString(CLASSES[i].name));
    }
#ifdef SS_WIDE
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) BEST_LANES = SS_WLANES;
#endif
    PyObject* widths = BEST_LANES == SS_LANES ? Py_BuildValue("(i)", SS_LANES)
                                              : Py_BuildValue("(ii)", SS_LANES, BEST_LANES);
    if (widths == NULL || PyModule_AddObject(m, "WIDTHS", widths) < 0) {
        Py_XDECREF(widths);
        Py_XDECREF(names);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "LANES", BEST_LANES) < 0) {
        Py_XDECREF(names);
        Py_DECREF(m);
        return NULL;
    }
    if (names == NULL || PyModule_AddObject(m, "DSPS", names) < 0) {
        Py_XDECREF(names);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
