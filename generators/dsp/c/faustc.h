/* faustc.h: what the Faust-generated C of the built-in instruments needs.
 *
 * Included first by every generated file (generators/dsp/c/<name>.c, written
 * by `python -m generators.dsp_codegen`). It declares the UI and metadata
 * interfaces of Faust's C backend, and the CPU-independent maths (ssmath.h)
 * that replaces every libm transcendental in the generated code.
 */
#ifndef SECRETSAUCE_FAUSTC_H
#define SECRETSAUCE_FAUSTC_H

#ifndef FAUSTFLOAT
#define FAUSTFLOAT float
#endif

#include <stddef.h>

/* The UI interface of Faust's C backend: one callback per widget kind.
 * Only the widget kinds the built-in instruments use are called. */
typedef struct {
    void* uiInterface;
    void (*openTabBox)(void* ui, const char* label);
    void (*openHorizontalBox)(void* ui, const char* label);
    void (*openVerticalBox)(void* ui, const char* label);
    void (*closeBox)(void* ui);
    void (*addButton)(void* ui, const char* label, FAUSTFLOAT* zone);
    void (*addCheckButton)(void* ui, const char* label, FAUSTFLOAT* zone);
    void (*addVerticalSlider)(void* ui, const char* label, FAUSTFLOAT* zone,
                              FAUSTFLOAT init, FAUSTFLOAT min, FAUSTFLOAT max, FAUSTFLOAT step);
    void (*addHorizontalSlider)(void* ui, const char* label, FAUSTFLOAT* zone,
                                FAUSTFLOAT init, FAUSTFLOAT min, FAUSTFLOAT max, FAUSTFLOAT step);
    void (*addNumEntry)(void* ui, const char* label, FAUSTFLOAT* zone,
                        FAUSTFLOAT init, FAUSTFLOAT min, FAUSTFLOAT max, FAUSTFLOAT step);
    void (*addHorizontalBargraph)(void* ui, const char* label, FAUSTFLOAT* zone,
                                  FAUSTFLOAT min, FAUSTFLOAT max);
    void (*addVerticalBargraph)(void* ui, const char* label, FAUSTFLOAT* zone,
                                FAUSTFLOAT min, FAUSTFLOAT max);
    void (*addSoundfile)(void* ui, const char* label, const char* url, void** sf_zone);
    void (*declare)(void* ui, FAUSTFLOAT* zone, const char* key, const char* value);
} UIGlue;

typedef struct {
    void* metaInterface;
    void (*declare)(void* meta, const char* key, const char* value);
} MetaGlue;

#include "ssmath.h"

#endif
