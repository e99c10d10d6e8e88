/* ------------------------------------------------------------
name: "dawdreamer"
Code generated with Faust 2.85.9 (https://faust.grame.fr)
Compilation options: -lang c -fpga-mem-th 4 -ct 1 -cn moog -es 1 -mcd 16 -mdd 1024 -mdy 33 -single -ftz 0
------------------------------------------------------------ */

#ifndef  __moog_H__
#define  __moog_H__

#ifndef FAUSTFLOAT
#define FAUSTFLOAT float
#endif 


#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define RESTRICT __restrict
#else
#define RESTRICT __restrict__
#endif

/* link with : "" */
#include "faustc.h"
#include <stdint.h>
#include <stdlib.h>

typedef struct {
	int iRec9[2];
	int fSampleRate;
} moogSIG0;

static moogSIG0* newmoogSIG0() { return (moogSIG0*)calloc(1, sizeof(moogSIG0)); }
static void deletemoogSIG0(moogSIG0* dsp) { free(dsp); }

int getNumInputsmoogSIG0(moogSIG0* RESTRICT dsp) {
	return 0;
}
int getNumOutputsmoogSIG0(moogSIG0* RESTRICT dsp) {
	return 1;
}

static void instanceInitmoogSIG0(moogSIG0* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l5;
		for (l5 = 0; l5 < 2; l5 = l5 + 1) {
			dsp->iRec9[l5] = 0;
		}
	}
}

static void fillmoogSIG0(moogSIG0* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i1;
		for (i1 = 0; i1 < count; i1 = i1 + 1) {
			dsp->iRec9[0] = dsp->iRec9[1] + 1;
			table[i1] = ss_tanhf(0.0078125f * (float)(dsp->iRec9[1]) + -8.0f);
			dsp->iRec9[1] = dsp->iRec9[0];
		}
	}
}

typedef struct {
	int fSampleRate;
	float fConst3;
	float fConst4;
	int iRec10[2];
	float fConst5;
} moogSIG1;

static moogSIG1* newmoogSIG1() { return (moogSIG1*)calloc(1, sizeof(moogSIG1)); }
static void deletemoogSIG1(moogSIG1* dsp) { free(dsp); }

int getNumInputsmoogSIG1(moogSIG1* RESTRICT dsp) {
	return 0;
}
int getNumOutputsmoogSIG1(moogSIG1* RESTRICT dsp) {
	return 1;
}

static void instanceInitmoogSIG1(moogSIG1* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	dsp->fConst3 = ss_fminf(1.92e+05f, ss_fmaxf(1.0f, (float)(dsp->fSampleRate)));
	dsp->fConst4 = 0.42f * dsp->fConst3;
	dsp->fConst5 = 3.1415927f / dsp->fConst3;
	/* C99 loop */
	{
		int l6;
		for (l6 = 0; l6 < 2; l6 = l6 + 1) {
			dsp->iRec10[l6] = 0;
		}
	}
}

static void fillmoogSIG1(moogSIG1* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i2;
		for (i2 = 0; i2 < count; i2 = i2 + 1) {
			dsp->iRec10[0] = dsp->iRec10[1] + 1;
			float fTemp6 = ss_tanf(dsp->fConst5 * ss_fminf(dsp->fConst4, 2e+01f * ss_powf(2.0f, 0.00390625f * (float)(dsp->iRec10[1]))));
			table[i2] = fTemp6 / (fTemp6 + 1.0f);
			dsp->iRec10[1] = dsp->iRec10[0];
		}
	}
}

typedef struct {
	int iRec17[2];
	int fSampleRate;
} moogSIG2;

static moogSIG2* newmoogSIG2() { return (moogSIG2*)calloc(1, sizeof(moogSIG2)); }
static void deletemoogSIG2(moogSIG2* dsp) { free(dsp); }

int getNumInputsmoogSIG2(moogSIG2* RESTRICT dsp) {
	return 0;
}
int getNumOutputsmoogSIG2(moogSIG2* RESTRICT dsp) {
	return 1;
}

static void instanceInitmoogSIG2(moogSIG2* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l12;
		for (l12 = 0; l12 < 2; l12 = l12 + 1) {
			dsp->iRec17[l12] = 0;
		}
	}
}

static void fillmoogSIG2(moogSIG2* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i3;
		for (i3 = 0; i3 < count; i3 = i3 + 1) {
			dsp->iRec17[0] = dsp->iRec17[1] + 1;
			table[i3] = ss_powf(2.0f, 0.00390625f * (float)(dsp->iRec17[1]) + -4.0f);
			dsp->iRec17[1] = dsp->iRec17[0];
		}
	}
}

static float ftbl0moogSIG0[2049];
static float ftbl1moogSIG1[2561];
static float moog_faustpower4_f(float value) {
	return value * value * value * value;
}
static float moog_faustpower2_f(float value) {
	return value * value;
}
static float ftbl2moogSIG2[2049];

#ifndef FAUSTCLASS 
#define FAUSTCLASS moog
#endif

#ifdef __APPLE__ 
#define exp10f __exp10f
#define exp10 __exp10
#endif
#ifndef FAUSTMAXI
#define FAUSTMAXI
static inline int faustmaxi(int a, int b) { return (a > b) ? a : b; }
static inline int faustmini(int a, int b) { return (a < b) ? a : b; }
#endif

typedef struct {
	int iVec0[2];
	FAUSTFLOAT fHslider0;
	int fSampleRate;
	float fConst0;
	int iRec2[2];
	int iVec1[2];
	FAUSTFLOAT fHslider1;
	float fConst1;
	FAUSTFLOAT fHslider2;
	float fConst2;
	int iRec3[2];
	FAUSTFLOAT fHslider3;
	FAUSTFLOAT fHslider4;
	float fRec1[2];
	FAUSTFLOAT fHslider5;
	FAUSTFLOAT fHslider6;
	FAUSTFLOAT fHslider7;
	FAUSTFLOAT fHslider8;
	float fRec11[2];
	FAUSTFLOAT fHslider9;
	float fConst6;
	FAUSTFLOAT fEntry0;
	FAUSTFLOAT fHslider10;
	float fConst7;
	float fRec13[2];
	int iRec15[2];
	float fRec14[2];
	float fConst8;
	float fRec12[2];
	FAUSTFLOAT fHslider11;
	FAUSTFLOAT fHslider12;
	FAUSTFLOAT fHslider13;
	FAUSTFLOAT fHslider14;
	FAUSTFLOAT fHslider15;
	FAUSTFLOAT fHslider16;
	FAUSTFLOAT fHslider17;
	FAUSTFLOAT fHslider18;
	FAUSTFLOAT fHslider19;
	FAUSTFLOAT fHslider20;
	FAUSTFLOAT fEntry1;
	float fConst9;
	FAUSTFLOAT fEntry2;
	FAUSTFLOAT fEntry3;
	float fRec19[2];
	FAUSTFLOAT fEntry4;
	float fRec18[2];
	FAUSTFLOAT fHslider21;
	float fRec20[2];
	FAUSTFLOAT fHslider22;
	FAUSTFLOAT fHslider23;
	FAUSTFLOAT fHslider24;
	FAUSTFLOAT fHslider25;
	float fRec4[2];
	float fRec5[2];
	float fRec6[2];
	float fRec7[2];
	FAUSTFLOAT fHslider26;
	FAUSTFLOAT fHslider27;
	float fVec2[2];
	int IOTA0;
	float fRec0[512];
	int iConst10;
	float fConst11;
	float fConst12;
	int iRec23[2];
	float fRec24[2];
	float fConst13;
	float fRec22[2];
	float fConst14;
	float fConst15;
	float fRec21[2];
} moog;

moog* newmoog() { 
	moog* dsp = (moog*)calloc(1, sizeof(moog));
	return dsp;
}

void deletemoog(moog* dsp) { 
	free(dsp);
}

void metadatamoog(MetaGlue* m) { 
	m->declare(m->metaInterface, "analyzers.lib/name", "Faust Analyzer Library");
	m->declare(m->metaInterface, "analyzers.lib/version", "1.3.0");
	m->declare(m->metaInterface, "basics.lib/name", "Faust Basic Element Library");
	m->declare(m->metaInterface, "basics.lib/peakholder:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "basics.lib/peakholder:copyright", "Copyright (C) 2022 Dario Sanfilippo <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "basics.lib/peakholder:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "basics.lib/sAndH:author", "Romain Michon");
	m->declare(m->metaInterface, "basics.lib/version", "1.22.0");
	m->declare(m->metaInterface, "compile_options", "-lang c -fpga-mem-th 4 -ct 1 -cn moog -es 1 -mcd 16 -mdd 1024 -mdy 33 -single -ftz 0");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:copyright", "Copyright (C) 2020 Dario Sanfilippo       <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:license", "GPLv3 license");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:copyright", "Copyright (C) 2020 Dario Sanfilippo       <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:license", "GPLv3 license");
	m->declare(m->metaInterface, "compressors.lib/name", "Faust Compressor Effect Library");
	m->declare(m->metaInterface, "compressors.lib/version", "1.6.0");
	m->declare(m->metaInterface, "filename", "dawdreamer");
	m->declare(m->metaInterface, "filters.lib/dcblocker:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/dcblocker:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/dcblocker:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/lowpass0_highpass1", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/name", "Faust Filters Library");
	m->declare(m->metaInterface, "filters.lib/pole:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/pole:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/pole:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/version", "1.7.1");
	m->declare(m->metaInterface, "filters.lib/zero:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/zero:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/zero:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "maths.lib/author", "GRAME");
	m->declare(m->metaInterface, "maths.lib/copyright", "GRAME");
	m->declare(m->metaInterface, "maths.lib/license", "LGPL with exception");
	m->declare(m->metaInterface, "maths.lib/name", "Faust Math Library");
	m->declare(m->metaInterface, "maths.lib/version", "2.9.0");
	m->declare(m->metaInterface, "name", "dawdreamer");
	m->declare(m->metaInterface, "noises.lib/name", "Faust Noise Generator Library");
	m->declare(m->metaInterface, "noises.lib/version", "1.5.0");
	m->declare(m->metaInterface, "platform.lib/name", "Generic Platform Library");
	m->declare(m->metaInterface, "platform.lib/version", "1.3.0");
	m->declare(m->metaInterface, "routes.lib/name", "Faust Signal Routing Library");
	m->declare(m->metaInterface, "routes.lib/version", "1.3.0");
	m->declare(m->metaInterface, "signals.lib/name", "Faust Routing Library");
	m->declare(m->metaInterface, "signals.lib/version", "1.6.0");
}

int getSampleRatemoog(moog* RESTRICT dsp) {
	return dsp->fSampleRate;
}

int getNumInputsmoog(moog* RESTRICT dsp) {
	return 0;
}
int getNumOutputsmoog(moog* RESTRICT dsp) {
	return 1;
}

void classInitmoog(int sample_rate) {
	moogSIG0* sig0 = newmoogSIG0();
	instanceInitmoogSIG0(sig0, sample_rate);
	fillmoogSIG0(sig0, 2049, ftbl0moogSIG0);
	moogSIG1* sig1 = newmoogSIG1();
	instanceInitmoogSIG1(sig1, sample_rate);
	fillmoogSIG1(sig1, 2561, ftbl1moogSIG1);
	moogSIG2* sig2 = newmoogSIG2();
	instanceInitmoogSIG2(sig2, sample_rate);
	fillmoogSIG2(sig2, 2049, ftbl2moogSIG2);
	deletemoogSIG0(sig0);
	deletemoogSIG1(sig1);
	deletemoogSIG2(sig2);
}

void instanceResetUserInterfacemoog(moog* dsp) {
	dsp->fHslider0 = (FAUSTFLOAT)(0.67f);
	dsp->fHslider1 = (FAUSTFLOAT)(0.6f);
	dsp->fHslider2 = (FAUSTFLOAT)(0.1f);
	dsp->fHslider3 = (FAUSTFLOAT)(0.6f);
	dsp->fHslider4 = (FAUSTFLOAT)(0.7f);
	dsp->fHslider5 = (FAUSTFLOAT)(0.6f);
	dsp->fHslider6 = (FAUSTFLOAT)(0.2f);
	dsp->fHslider7 = (FAUSTFLOAT)(0.6f);
	dsp->fHslider8 = (FAUSTFLOAT)(0.3f);
	dsp->fHslider9 = (FAUSTFLOAT)(0.75f);
	dsp->fEntry0 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider10 = (FAUSTFLOAT)(0.55f);
	dsp->fHslider11 = (FAUSTFLOAT)(0.15f);
	dsp->fHslider12 = (FAUSTFLOAT)(6e+01f);
	dsp->fHslider13 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider14 = (FAUSTFLOAT)(0.35f);
	dsp->fHslider15 = (FAUSTFLOAT)(0.3f);
	dsp->fHslider16 = (FAUSTFLOAT)(0.1f);
	dsp->fHslider17 = (FAUSTFLOAT)(0.1f);
	dsp->fHslider18 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider19 = (FAUSTFLOAT)(0.15f);
	dsp->fHslider20 = (FAUSTFLOAT)(0.52f);
	dsp->fEntry1 = (FAUSTFLOAT)(1.0f);
	dsp->fEntry2 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry3 = (FAUSTFLOAT)(1.0f);
	dsp->fEntry4 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider21 = (FAUSTFLOAT)(0.7f);
	dsp->fHslider22 = (FAUSTFLOAT)(0.4f);
	dsp->fHslider23 = (FAUSTFLOAT)(0.333f);
	dsp->fHslider24 = (FAUSTFLOAT)(0.8f);
	dsp->fHslider25 = (FAUSTFLOAT)(0.25f);
	dsp->fHslider26 = (FAUSTFLOAT)(0.8f);
	dsp->fHslider27 = (FAUSTFLOAT)(1.2e+02f);
}

void instanceClearmoog(moog* dsp) {
	/* C99 loop */
	{
		int l0;
		for (l0 = 0; l0 < 2; l0 = l0 + 1) {
			dsp->iVec0[l0] = 0;
		}
	}
	/* C99 loop */
	{
		int l1;
		for (l1 = 0; l1 < 2; l1 = l1 + 1) {
			dsp->iRec2[l1] = 0;
		}
	}
	/* C99 loop */
	{
		int l2;
		for (l2 = 0; l2 < 2; l2 = l2 + 1) {
			dsp->iVec1[l2] = 0;
		}
	}
	/* C99 loop */
	{
		int l3;
		for (l3 = 0; l3 < 2; l3 = l3 + 1) {
			dsp->iRec3[l3] = 0;
		}
	}
	/* C99 loop */
	{
		int l4;
		for (l4 = 0; l4 < 2; l4 = l4 + 1) {
			dsp->fRec1[l4] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l7;
		for (l7 = 0; l7 < 2; l7 = l7 + 1) {
			dsp->fRec11[l7] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l8;
		for (l8 = 0; l8 < 2; l8 = l8 + 1) {
			dsp->fRec13[l8] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l9;
		for (l9 = 0; l9 < 2; l9 = l9 + 1) {
			dsp->iRec15[l9] = 0;
		}
	}
	/* C99 loop */
	{
		int l10;
		for (l10 = 0; l10 < 2; l10 = l10 + 1) {
			dsp->fRec14[l10] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l11;
		for (l11 = 0; l11 < 2; l11 = l11 + 1) {
			dsp->fRec12[l11] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l13;
		for (l13 = 0; l13 < 2; l13 = l13 + 1) {
			dsp->fRec19[l13] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l14;
		for (l14 = 0; l14 < 2; l14 = l14 + 1) {
			dsp->fRec18[l14] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l15;
		for (l15 = 0; l15 < 2; l15 = l15 + 1) {
			dsp->fRec20[l15] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l16;
		for (l16 = 0; l16 < 2; l16 = l16 + 1) {
			dsp->fRec4[l16] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l17;
		for (l17 = 0; l17 < 2; l17 = l17 + 1) {
			dsp->fRec5[l17] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l18;
		for (l18 = 0; l18 < 2; l18 = l18 + 1) {
			dsp->fRec6[l18] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l19;
		for (l19 = 0; l19 < 2; l19 = l19 + 1) {
			dsp->fRec7[l19] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l20;
		for (l20 = 0; l20 < 2; l20 = l20 + 1) {
			dsp->fVec2[l20] = 0.0f;
		}
	}
	dsp->IOTA0 = 0;
	/* C99 loop */
	{
		int l21;
		for (l21 = 0; l21 < 512; l21 = l21 + 1) {
			dsp->fRec0[l21] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l22;
		for (l22 = 0; l22 < 2; l22 = l22 + 1) {
			dsp->iRec23[l22] = 0;
		}
	}
	/* C99 loop */
	{
		int l23;
		for (l23 = 0; l23 < 2; l23 = l23 + 1) {
			dsp->fRec24[l23] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l24;
		for (l24 = 0; l24 < 2; l24 = l24 + 1) {
			dsp->fRec22[l24] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l25;
		for (l25 = 0; l25 < 2; l25 = l25 + 1) {
			dsp->fRec21[l25] = 0.0f;
		}
	}
}

void instanceConstantsmoog(moog* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	dsp->fConst0 = ss_fminf(1.92e+05f, ss_fmaxf(1.0f, (float)(dsp->fSampleRate)));
	dsp->fConst1 = 1.0f / dsp->fConst0;
	dsp->fConst2 = 0.001f * dsp->fConst0;
	dsp->fConst6 = ss_expf(-(3333.3333f / dsp->fConst0));
	dsp->fConst7 = 0.1f / dsp->fConst0;
	dsp->fConst8 = 1.0f - dsp->fConst6;
	dsp->fConst9 = 4.4e+02f / dsp->fConst0;
	dsp->iConst10 = (int)(0.002f * dsp->fConst0);
	dsp->fConst11 = ss_expf(-(2.5e+03f / dsp->fConst0));
	dsp->fConst12 = 0.005f * dsp->fConst0;
	dsp->fConst13 = 1.0f - dsp->fConst11;
	dsp->fConst14 = ss_expf(-(6.6666665f / dsp->fConst0));
	dsp->fConst15 = 1.0f - dsp->fConst14;
}
	
void instanceInitmoog(moog* dsp, int sample_rate) {
	instanceConstantsmoog(dsp, sample_rate);
	instanceResetUserInterfacemoog(dsp);
	instanceClearmoog(dsp);
}

void initmoog(moog* dsp, int sample_rate) {
	classInitmoog(sample_rate);
	instanceInitmoog(dsp, sample_rate);
}

void buildUserInterfacemoog(moog* dsp, UIGlue* ui_interface) {
	ui_interface->openVerticalBox(ui_interface->uiInterface, "dawdreamer");
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_amplifier_attack", &dsp->fHslider2, (FAUSTFLOAT)0.1f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_amplifier_decay", &dsp->fHslider3, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_amplifier_release", &dsp->fHslider1, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_amplifier_sustain", &dsp->fHslider4, (FAUSTFLOAT)0.7f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_filter_attack", &dsp->fHslider6, (FAUSTFLOAT)0.2f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_filter_decay", &dsp->fHslider7, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_filter_release", &dsp->fHslider5, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "env_filter_sustain", &dsp->fHslider8, (FAUSTFLOAT)0.3f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_cutoff", &dsp->fHslider14, (FAUSTFLOAT)0.35f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_eg_amount", &dsp->fHslider9, (FAUSTFLOAT)0.75f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_kb_tracking_amount", &dsp->fHslider13, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_multidrive", &dsp->fHslider25, (FAUSTFLOAT)0.25f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_reso", &dsp->fHslider15, (FAUSTFLOAT)0.3f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "master_volume", &dsp->fHslider26, (FAUSTFLOAT)0.8f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mixer_noise", &dsp->fHslider16, (FAUSTFLOAT)0.1f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mixer_osc1", &dsp->fHslider24, (FAUSTFLOAT)0.8f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mixer_osc2", &dsp->fHslider21, (FAUSTFLOAT)0.7f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mixer_sub", &dsp->fHslider22, (FAUSTFLOAT)0.4f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mod_filter_amount", &dsp->fHslider11, (FAUSTFLOAT)0.15f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mod_lfo_rate", &dsp->fHslider10, (FAUSTFLOAT)0.55f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mod_pitch_amount", &dsp->fHslider19, (FAUSTFLOAT)0.15f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "mod_pitch_osc2", &dsp->fEntry2, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "mod_source", &dsp->fEntry0, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)5.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "mod_wave_amount", &dsp->fHslider17, (FAUSTFLOAT)0.1f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "note", &dsp->fHslider12, (FAUSTFLOAT)6e+01f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)127.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "note_length", &dsp->fHslider0, (FAUSTFLOAT)0.67f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)6e+01f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "osc1_octave", &dsp->fEntry3, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)3.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "osc1_sync_osc2", &dsp->fEntry4, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "osc1_wave", &dsp->fHslider23, (FAUSTFLOAT)0.333f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "osc2_frequency", &dsp->fHslider20, (FAUSTFLOAT)0.52f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "osc2_octave", &dsp->fEntry1, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)3.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "osc2_wave", &dsp->fHslider18, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "velocity", &dsp->fHslider27, (FAUSTFLOAT)1.2e+02f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)127.0f, (FAUSTFLOAT)1.0f);
	ui_interface->closeBox(ui_interface->uiInterface);
}

void computemoog(moog* dsp, int count, FAUSTFLOAT** RESTRICT inputs, FAUSTFLOAT** RESTRICT outputs) {
	FAUSTFLOAT* output0 = outputs[0];
	float fSlow0 = dsp->fConst0 * (float)(dsp->fHslider0);
	float fSlow1 = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider1));
	int iSlow2 = fabsf(fSlow1) < 1.1920929e-07f;
	float fSlow3 = ((iSlow2) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow2) ? 1.0f : fSlow1))));
	float fSlow4 = ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider2));
	int iSlow5 = (int)(dsp->fConst2 * fSlow4);
	float fSlow6 = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider3));
	int iSlow7 = fabsf(fSlow6) < 1.1920929e-07f;
	float fSlow8 = ((iSlow7) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow7) ? 1.0f : fSlow6))));
	float fSlow9 = 0.00014471781f * fSlow4;
	int iSlow10 = fabsf(fSlow9) < 1.1920929e-07f;
	float fSlow11 = ((iSlow10) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow10) ? 1.0f : fSlow9))));
	float fSlow12 = (float)(dsp->fHslider4);
	float fSlow13 = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider5));
	int iSlow14 = fabsf(fSlow13) < 1.1920929e-07f;
	float fSlow15 = ((iSlow14) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow14) ? 1.0f : fSlow13))));
	float fSlow16 = ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider6));
	int iSlow17 = (int)(dsp->fConst2 * fSlow16);
	float fSlow18 = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider7));
	int iSlow19 = fabsf(fSlow18) < 1.1920929e-07f;
	float fSlow20 = ((iSlow19) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow19) ? 1.0f : fSlow18))));
	float fSlow21 = 0.00014471781f * fSlow16;
	int iSlow22 = fabsf(fSlow21) < 1.1920929e-07f;
	float fSlow23 = ((iSlow22) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow22) ? 1.0f : fSlow21))));
	float fSlow24 = (float)(dsp->fHslider8);
	float fSlow25 = 5.0f * (2.0f * (float)(dsp->fHslider9) + -1.0f);
	float fSlow26 = (float)(dsp->fEntry0);
	int iSlow27 = fSlow26 >= 3.0f;
	int iSlow28 = fSlow26 >= 2.0f;
	int iSlow29 = fSlow26 >= 1.0f;
	float fSlow30 = dsp->fConst7 * ss_powf(2.0f, 1e+01f * (float)(dsp->fHslider10));
	int iSlow31 = fSlow26 >= 5.0f;
	int iSlow32 = fSlow26 >= 4.0f;
	float fSlow33 = 3.0f * (float)(dsp->fHslider11);
	float fSlow34 = (float)(dsp->fHslider12);
	float fSlow35 = 1e+01f * (float)(dsp->fHslider14) + 0.16666667f * (float)(dsp->fHslider13) * (fSlow34 + -48.0f);
	float fSlow36 = (float)(dsp->fHslider15);
	float fSlow37 = 4.4f * fSlow36;
	float fSlow38 = 4.656613e-10f * moog_faustpower2_f((float)(dsp->fHslider16));
	float fSlow39 = (float)(dsp->fHslider17);
	float fSlow40 = (float)(dsp->fHslider18);
	float fSlow41 = moog_faustpower2_f((float)(dsp->fHslider19));
	float fSlow42 = ss_powf(2.0f, 0.083333336f * (fSlow34 + -69.0f));
	float fSlow43 = dsp->fConst9 * fSlow42 * ss_powf(2.0f, (float)(dsp->fEntry1) + 1.1666666f * ((float)(dsp->fHslider20) + -0.5f) + -1.0f);
	float fSlow44 = fSlow41 * (1.0f - (float)(dsp->fEntry2));
	float fSlow45 = dsp->fConst9 * fSlow42 * ss_powf(2.0f, (float)(dsp->fEntry3) + -1.0f);
	float fSlow46 = (float)(dsp->fEntry4);
	float fSlow47 = moog_faustpower2_f((float)(dsp->fHslider21));
	float fSlow48 = moog_faustpower2_f((float)(dsp->fHslider22));
	float fSlow49 = (float)(dsp->fHslider23);
	float fSlow50 = moog_faustpower2_f((float)(dsp->fHslider24));
	float fSlow51 = ss_powf(1e+01f, 1.5f * (float)(dsp->fHslider25));
	float fSlow52 = 0.4f * fSlow51;
	float fSlow53 = (1.54f * fSlow36 + 1.0f) / ss_powf(fSlow51, 0.35f);
	float fSlow54 = 0.012598425f * (float)(dsp->fHslider27) * (float)(dsp->fHslider26);
	/* C99 loop */
	{
		int i0;
		for (i0 = 0; i0 < count; i0 = i0 + 1) {
			dsp->iVec0[0] = 1;
			dsp->iRec2[0] = dsp->iRec2[1] + 1;
			int iTemp0 = ((float)(dsp->iRec2[1]) < fSlow0) > 0;
			dsp->iVec1[0] = iTemp0;
			int iTemp1 = iTemp0 - dsp->iVec1[1];
			int iTemp2 = iTemp1 * (iTemp1 > 0);
			dsp->iRec3[0] = iTemp0 * (dsp->iRec3[1] + 1);
			int iTemp3 = (dsp->iRec3[0] < iSlow5) | iTemp2;
			float fTemp4 = ((iTemp0) ? ((iTemp3) ? fSlow11 : fSlow8) : fSlow3);
			float fTemp5 = (float)(iTemp0);
			dsp->fRec1[0] = (1.0f - fTemp4) * ((iTemp0) ? ((iTemp3) ? fTemp5 : fSlow12 * fTemp5) : 0.0f) + fTemp4 * dsp->fRec1[1];
			int iTemp7 = (dsp->iRec3[0] < iSlow17) | iTemp2;
			float fTemp8 = ((iTemp0) ? ((iTemp7) ? fSlow23 : fSlow20) : fSlow15);
			dsp->fRec11[0] = (1.0f - fTemp8) * ((iTemp0) ? ((iTemp7) ? fTemp5 : fSlow24 * fTemp5) : 0.0f) + fTemp8 * dsp->fRec11[1];
			dsp->fRec13[0] = fSlow30 + (dsp->fRec13[1] - floorf(fSlow30 + dsp->fRec13[1]));
			float fTemp9 = 2.0f * dsp->fRec13[0];
			int iTemp10 = 1103515245 * (dsp->iRec15[1] + 12345);
			dsp->iRec15[0] = 1103515245 * (iTemp10 + 12345);
			int iRec16 = iTemp10;
			dsp->fRec14[0] = (((dsp->fRec13[0] < dsp->fRec13[1]) | (1 - dsp->iVec0[1])) ? 4.656613e-10f * (float)(iRec16) : dsp->fRec14[1]);
			dsp->fRec12[0] = dsp->fConst8 * ((iSlow27) ? ((iSlow31) ? dsp->fRec11[0] : ((iSlow32) ? dsp->fRec14[0] : fTemp9 + -1.0f)) : ((iSlow28) ? 1.0f - fTemp9 : ((iSlow29) ? (float)(((dsp->fRec13[0] < 0.5f) ? 1 : -1)) : 1.0f - 4.0f * fabsf(dsp->fRec13[0] + (-0.25f - floorf(dsp->fRec13[0] + 0.25f)))))) + dsp->fConst6 * dsp->fRec12[1];
			float fTemp11 = 256.0f * ss_fminf(1e+01f, ss_fmaxf(0.0f, fSlow35 + fSlow33 * dsp->fRec12[0] + fSlow25 * dsp->fRec11[0]));
			int iTemp12 = faustmini(2559, (int)(fTemp11));
			float fTemp13 = ftbl1moogSIG1[iTemp12];
			float fTemp14 = fTemp13 + (fTemp11 - (float)(iTemp12)) * (ftbl1moogSIG1[iTemp12 + 1] - fTemp13);
			float fTemp15 = fSlow39 * dsp->fRec12[0];
			float fTemp16 = ss_fminf(1.0f, ss_fmaxf(0.0f, fSlow40 + fTemp15));
			float fTemp17 = 3.0f * fTemp16;
			float fTemp18 = 256.0f * (ss_fminf(4.0f, ss_fmaxf(-4.0f, fSlow41 * dsp->fRec12[0])) + 4.0f);
			int iTemp19 = faustmini(2047, (int)(fTemp18));
			float fTemp20 = ftbl2moogSIG2[iTemp19];
			float fTemp21 = ss_fminf(0.45f, fSlow43 * (fTemp20 + (fTemp18 - (float)(iTemp19)) * (ftbl2moogSIG2[iTemp19 + 1] - fTemp20)));
			float fTemp22 = 256.0f * (ss_fminf(4.0f, ss_fmaxf(-4.0f, fSlow44 * dsp->fRec12[0])) + 4.0f);
			int iTemp23 = faustmini(2047, (int)(fTemp22));
			float fTemp24 = ftbl2moogSIG2[iTemp23];
			float fTemp25 = ss_fminf(0.45f, fSlow45 * (fTemp24 + (fTemp22 - (float)(iTemp23)) * (ftbl2moogSIG2[iTemp23 + 1] - fTemp24)));
			float fTemp26 = dsp->fRec19[1] + fTemp25;
			dsp->fRec19[0] = fTemp26 - floorf(fTemp26);
			float fTemp27 = dsp->fRec18[1] + fTemp21;
			float fTemp28 = dsp->fRec19[0] * fTemp21 / fTemp25;
			dsp->fRec18[0] = (((int)(fSlow46 * (float)(dsp->fRec19[0] < dsp->fRec19[1]))) ? fTemp28 - floorf(fTemp28) : fTemp27 - floorf(fTemp27));
			float fTemp29 = 1.0f - fTemp21;
			float fTemp30 = dsp->fRec18[0] + -1.0f;
			float fTemp31 = ((dsp->fRec18[0] < fTemp21) ? dsp->fRec18[0] * (2.0f - dsp->fRec18[0] / fTemp21) / fTemp21 + -1.0f : ((dsp->fRec18[0] > fTemp29) ? fTemp30 * (fTemp30 / fTemp21 + 2.0f) / fTemp21 + 1.0f : 0.0f));
			float fTemp32 = 0.42f * ss_fmaxf(0.0f, fTemp17 + -2.0f);
			float fTemp33 = fTemp32 + floorf(dsp->fRec18[0] + (0.5f - fTemp32));
			float fTemp34 = dsp->fRec18[0] + (0.5f - fTemp33);
			float fTemp35 = dsp->fRec18[0] - fTemp34;
			float fTemp36 = dsp->fRec18[0] + (-0.5f - fTemp33);
			float fTemp37 = ((fTemp34 < fTemp21) ? fTemp34 * (2.0f - fTemp34 / fTemp21) / fTemp21 + -1.0f : ((fTemp34 > fTemp29) ? fTemp36 * (fTemp36 / fTemp21 + 2.0f) / fTemp21 + 1.0f : 0.0f));
			float fTemp38 = 2.0f * dsp->fRec18[0];
			float fTemp39 = 4.0f * fabsf(dsp->fRec18[0] + (-0.25f - floorf(dsp->fRec18[0] + 0.25f)));
			float fTemp40 = 0.5f * fTemp25;
			float fTemp41 = dsp->fRec20[1] + fTemp40;
			dsp->fRec20[0] = fTemp41 - floorf(fTemp41);
			float fTemp42 = 1.0f - fTemp40;
			float fTemp43 = dsp->fRec20[0] + -1.0f;
			float fTemp44 = floorf(dsp->fRec20[0] + 0.5f);
			float fTemp45 = dsp->fRec20[0] + (0.5f - fTemp44);
			float fTemp46 = dsp->fRec20[0] + (-0.5f - fTemp44);
			float fTemp47 = ss_fminf(1.0f, ss_fmaxf(0.0f, fSlow49 + fTemp15));
			float fTemp48 = 3.0f * fTemp47;
			float fTemp49 = 1.0f - fTemp25;
			float fTemp50 = dsp->fRec19[0] + -1.0f;
			float fTemp51 = ((dsp->fRec19[0] < fTemp25) ? dsp->fRec19[0] * (2.0f - dsp->fRec19[0] / fTemp25) / fTemp25 + -1.0f : ((dsp->fRec19[0] > fTemp49) ? fTemp50 * (fTemp50 / fTemp25 + 2.0f) / fTemp25 + 1.0f : 0.0f));
			float fTemp52 = 0.42f * ss_fmaxf(0.0f, fTemp48 + -2.0f);
			float fTemp53 = fTemp52 + floorf(dsp->fRec19[0] + (0.5f - fTemp52));
			float fTemp54 = dsp->fRec19[0] + (0.5f - fTemp53);
			float fTemp55 = dsp->fRec19[0] - fTemp54;
			float fTemp56 = dsp->fRec19[0] + (-0.5f - fTemp53);
			float fTemp57 = ((fTemp54 < fTemp25) ? fTemp54 * (2.0f - fTemp54 / fTemp25) / fTemp25 + -1.0f : ((fTemp54 > fTemp49) ? fTemp56 * (fTemp56 / fTemp25 + 2.0f) / fTemp25 + 1.0f : 0.0f));
			float fTemp58 = 2.0f * dsp->fRec19[0];
			float fTemp59 = 4.0f * fabsf(dsp->fRec19[0] + (-0.25f - floorf(dsp->fRec19[0] + 0.25f)));
			float fTemp60 = 128.0f * (ss_fminf(8.0f, ss_fmaxf(-8.0f, fSlow52 * (fSlow50 * ((fTemp48 < 1.0f) ? fTemp59 + 3.0f * fTemp47 * (fTemp58 - (fTemp51 + fTemp59)) + -1.0f : ((fTemp48 < 2.0f) ? fTemp58 + (fTemp48 + -1.0f) * (fTemp57 + (1.0f - 2.0f * (dsp->fRec19[0] - fTemp55))) + (-1.0f - fTemp51) : fTemp57 + 2.0f * fTemp55 - fTemp51)) + fSlow48 * (((fTemp45 < fTemp40) ? 4.0f * (fTemp45 * (1.0f - fTemp45 / fTemp25) / fTemp25) + -1.0f : ((fTemp45 > fTemp42) ? 4.0f * (fTemp46 * (fTemp46 / fTemp25 + 1.0f) / fTemp25) + 1.0f : 0.0f)) + 2.0f * (dsp->fRec20[0] - fTemp45) - ((dsp->fRec20[0] < fTemp40) ? 4.0f * (dsp->fRec20[0] * (1.0f - dsp->fRec20[0] / fTemp25) / fTemp25) + -1.0f : ((dsp->fRec20[0] > fTemp42) ? 4.0f * (fTemp43 * (fTemp43 / fTemp25 + 1.0f) / fTemp25) + 1.0f : 0.0f))) + fSlow47 * ((fTemp17 < 1.0f) ? fTemp39 + 3.0f * fTemp16 * (fTemp38 - (fTemp31 + fTemp39)) + -1.0f : ((fTemp17 < 2.0f) ? fTemp38 + (fTemp17 + -1.0f) * (fTemp37 + (1.0f - 2.0f * (dsp->fRec18[0] - fTemp35))) + (-1.0f - fTemp31) : fTemp37 + 2.0f * fTemp35 - fTemp31)) + fSlow38 * (float)(dsp->iRec15[0])))) + 8.0f);
			int iTemp61 = faustmini(2047, (int)(fTemp60));
			float fTemp62 = ftbl0moogSIG0[iTemp61];
			float fTemp63 = 128.0f * (ss_fminf(8.0f, ss_fmaxf(-8.0f, (fSlow53 * (fTemp62 + (fTemp60 - (float)(iTemp61)) * (ftbl0moogSIG0[iTemp61 + 1] - fTemp62)) - fSlow37 * (1.0f - fTemp14) * (dsp->fRec7[1] + fTemp14 * (dsp->fRec6[1] + fTemp14 * (fTemp14 * dsp->fRec4[1] + dsp->fRec5[1])))) / (fSlow37 * moog_faustpower4_f(fTemp14) + 1.0f))) + 8.0f);
			int iTemp64 = faustmini(2047, (int)(fTemp63));
			float fTemp65 = ftbl0moogSIG0[iTemp64];
			float fTemp66 = fTemp14 * (fTemp65 + (fTemp63 - (float)(iTemp64)) * (ftbl0moogSIG0[iTemp64 + 1] - fTemp65) - dsp->fRec4[1]);
			dsp->fRec4[0] = dsp->fRec4[1] + 2.0f * fTemp66;
			float fTemp67 = fTemp14 * (dsp->fRec4[1] + fTemp66 - dsp->fRec5[1]);
			dsp->fRec5[0] = dsp->fRec5[1] + 2.0f * fTemp67;
			float fTemp68 = fTemp14 * (dsp->fRec5[1] + fTemp67 - dsp->fRec6[1]);
			dsp->fRec6[0] = dsp->fRec6[1] + 2.0f * fTemp68;
			float fTemp69 = fTemp14 * (dsp->fRec6[1] + fTemp68 - dsp->fRec7[1]);
			dsp->fRec7[0] = dsp->fRec7[1] + 2.0f * fTemp69;
			float fRec8 = dsp->fRec7[1] + fTemp69;
			float fTemp70 = fSlow54 * fRec8 * dsp->fRec1[0];
			dsp->fVec2[0] = fTemp70;
			dsp->fRec0[dsp->IOTA0 & 511] = 0.995f * dsp->fRec0[(dsp->IOTA0 - 1) & 511] + fTemp70 - dsp->fVec2[1];
			float fTemp71 = fabsf(dsp->fRec0[dsp->IOTA0 & 511]);
			int iTemp72 = (fTemp71 >= dsp->fRec24[1]) | ((float)(dsp->iRec23[1]) >= dsp->fConst12);
			dsp->iRec23[0] = ((iTemp72) ? 0 : dsp->iRec23[1] + 1);
			dsp->fRec24[0] = ((iTemp72) ? fTemp71 : dsp->fRec24[1]);
			dsp->fRec22[0] = dsp->fConst13 * dsp->fRec24[0] + dsp->fConst11 * dsp->fRec22[1];
			float fTemp73 = fabsf(dsp->fRec22[0]);
			dsp->fRec21[0] = ss_fmaxf(fTemp73, dsp->fConst14 * dsp->fRec21[1] + dsp->fConst15 * fTemp73);
			output0[i0] = (FAUSTFLOAT)(ss_fminf(0.999f, ss_fmaxf(-0.999f, ss_fminf(1.0f, 0.89f / ss_fmaxf(dsp->fRec21[0], 1.1920929e-07f)) * dsp->fRec0[(dsp->IOTA0 - dsp->iConst10) & 511])));
			dsp->iVec0[1] = dsp->iVec0[0];
			dsp->iRec2[1] = dsp->iRec2[0];
			dsp->iVec1[1] = dsp->iVec1[0];
			dsp->iRec3[1] = dsp->iRec3[0];
			dsp->fRec1[1] = dsp->fRec1[0];
			dsp->fRec11[1] = dsp->fRec11[0];
			dsp->fRec13[1] = dsp->fRec13[0];
			dsp->iRec15[1] = dsp->iRec15[0];
			dsp->fRec14[1] = dsp->fRec14[0];
			dsp->fRec12[1] = dsp->fRec12[0];
			dsp->fRec19[1] = dsp->fRec19[0];
			dsp->fRec18[1] = dsp->fRec18[0];
			dsp->fRec20[1] = dsp->fRec20[0];
			dsp->fRec4[1] = dsp->fRec4[0];
			dsp->fRec5[1] = dsp->fRec5[0];
			dsp->fRec6[1] = dsp->fRec6[0];
			dsp->fRec7[1] = dsp->fRec7[0];
			dsp->fVec2[1] = dsp->fVec2[0];
			dsp->IOTA0 = dsp->IOTA0 + 1;
			dsp->iRec23[1] = dsp->iRec23[0];
			dsp->fRec24[1] = dsp->fRec24[0];
			dsp->fRec22[1] = dsp->fRec22[0];
			dsp->fRec21[1] = dsp->fRec21[0];
		}
	}
}

/* ---- lane-parallel twin, generated by generators/dsp_lanes.py ---- */
/* SS_LANES (4) patches per call (ssvec.h); each lane the same bits as the scalar class. */
#include "ssvec.h"

typedef struct {
	ss_vi iVec0[2];
	ss_vf fHslider0;
	int fSampleRate;
	float fConst0;
	ss_vi iRec2[2];
	ss_vi iVec1[2];
	ss_vf fHslider1;
	float fConst1;
	ss_vf fHslider2;
	float fConst2;
	ss_vi iRec3[2];
	ss_vf fHslider3;
	ss_vf fHslider4;
	ss_vf fRec1[2];
	ss_vf fHslider5;
	ss_vf fHslider6;
	ss_vf fHslider7;
	ss_vf fHslider8;
	ss_vf fRec11[2];
	ss_vf fHslider9;
	float fConst6;
	ss_vf fEntry0;
	ss_vf fHslider10;
	float fConst7;
	ss_vf fRec13[2];
	ss_vi iRec15[2];
	ss_vf fRec14[2];
	float fConst8;
	ss_vf fRec12[2];
	ss_vf fHslider11;
	ss_vf fHslider12;
	ss_vf fHslider13;
	ss_vf fHslider14;
	ss_vf fHslider15;
	ss_vf fHslider16;
	ss_vf fHslider17;
	ss_vf fHslider18;
	ss_vf fHslider19;
	ss_vf fHslider20;
	ss_vf fEntry1;
	float fConst9;
	ss_vf fEntry2;
	ss_vf fEntry3;
	ss_vf fRec19[2];
	ss_vf fEntry4;
	ss_vf fRec18[2];
	ss_vf fHslider21;
	ss_vf fRec20[2];
	ss_vf fHslider22;
	ss_vf fHslider23;
	ss_vf fHslider24;
	ss_vf fHslider25;
	ss_vf fRec4[2];
	ss_vf fRec5[2];
	ss_vf fRec6[2];
	ss_vf fRec7[2];
	ss_vf fHslider26;
	ss_vf fHslider27;
	ss_vf fVec2[2];
	int IOTA0;
	ss_vf fRec0[512];
	int iConst10;
	float fConst11;
	float fConst12;
	ss_vi iRec23[2];
	ss_vf fRec24[2];
	float fConst13;
	ss_vf fRec22[2];
	float fConst14;
	float fConst15;
	ss_vf fRec21[2];
} moog_lanes;

size_t sizeofmoogLanes(void) { return sizeof(moog_lanes); }

void clearmoogLanes(void* lanes) {
	moog_lanes* RESTRICT d = (moog_lanes*)lanes;
	memset(&d->iVec0, 0, sizeof(d->iVec0));
	memset(&d->iRec2, 0, sizeof(d->iRec2));
	memset(&d->iVec1, 0, sizeof(d->iVec1));
	memset(&d->iRec3, 0, sizeof(d->iRec3));
	memset(&d->fRec1, 0, sizeof(d->fRec1));
	memset(&d->fRec11, 0, sizeof(d->fRec11));
	memset(&d->fRec13, 0, sizeof(d->fRec13));
	memset(&d->iRec15, 0, sizeof(d->iRec15));
	memset(&d->fRec14, 0, sizeof(d->fRec14));
	memset(&d->fRec12, 0, sizeof(d->fRec12));
	memset(&d->fRec19, 0, sizeof(d->fRec19));
	memset(&d->fRec18, 0, sizeof(d->fRec18));
	memset(&d->fRec20, 0, sizeof(d->fRec20));
	memset(&d->fRec4, 0, sizeof(d->fRec4));
	memset(&d->fRec5, 0, sizeof(d->fRec5));
	memset(&d->fRec6, 0, sizeof(d->fRec6));
	memset(&d->fRec7, 0, sizeof(d->fRec7));
	memset(&d->fVec2, 0, sizeof(d->fVec2));
	memset(&d->IOTA0, 0, sizeof(d->IOTA0));
	memset(&d->fRec0, 0, sizeof(d->fRec0));
	memset(&d->iRec23, 0, sizeof(d->iRec23));
	memset(&d->fRec24, 0, sizeof(d->fRec24));
	memset(&d->fRec22, 0, sizeof(d->fRec22));
	memset(&d->fRec21, 0, sizeof(d->fRec21));
}

void packmoogLanes(void* lanes, void* scalar, int l) {
	moog_lanes* RESTRICT d = (moog_lanes*)lanes;
	moog* RESTRICT s = (moog*)scalar;
	d->fHslider0[l] = s->fHslider0;
	d->fSampleRate = s->fSampleRate;
	d->fConst0 = s->fConst0;
	d->fHslider1[l] = s->fHslider1;
	d->fConst1 = s->fConst1;
	d->fHslider2[l] = s->fHslider2;
	d->fConst2 = s->fConst2;
	d->fHslider3[l] = s->fHslider3;
	d->fHslider4[l] = s->fHslider4;
	d->fHslider5[l] = s->fHslider5;
	d->fHslider6[l] = s->fHslider6;
	d->fHslider7[l] = s->fHslider7;
	d->fHslider8[l] = s->fHslider8;
	d->fHslider9[l] = s->fHslider9;
	d->fConst6 = s->fConst6;
	d->fEntry0[l] = s->fEntry0;
	d->fHslider10[l] = s->fHslider10;
	d->fConst7 = s->fConst7;
	d->fConst8 = s->fConst8;
	d->fHslider11[l] = s->fHslider11;
	d->fHslider12[l] = s->fHslider12;
	d->fHslider13[l] = s->fHslider13;
	d->fHslider14[l] = s->fHslider14;
	d->fHslider15[l] = s->fHslider15;
	d->fHslider16[l] = s->fHslider16;
	d->fHslider17[l] = s->fHslider17;
	d->fHslider18[l] = s->fHslider18;
	d->fHslider19[l] = s->fHslider19;
	d->fHslider20[l] = s->fHslider20;
	d->fEntry1[l] = s->fEntry1;
	d->fConst9 = s->fConst9;
	d->fEntry2[l] = s->fEntry2;
	d->fEntry3[l] = s->fEntry3;
	d->fEntry4[l] = s->fEntry4;
	d->fHslider21[l] = s->fHslider21;
	d->fHslider22[l] = s->fHslider22;
	d->fHslider23[l] = s->fHslider23;
	d->fHslider24[l] = s->fHslider24;
	d->fHslider25[l] = s->fHslider25;
	d->fHslider26[l] = s->fHslider26;
	d->fHslider27[l] = s->fHslider27;
	d->iConst10 = s->iConst10;
	d->fConst11 = s->fConst11;
	d->fConst12 = s->fConst12;
	d->fConst13 = s->fConst13;
	d->fConst14 = s->fConst14;
	d->fConst15 = s->fConst15;
}

void computemoogLanes(void* lanes, int count, void* RESTRICT output) {
	moog_lanes* RESTRICT dsp = (moog_lanes*)lanes;
	ss_vf* RESTRICT out = (ss_vf*)output;
	ss_vf fSlow0;
	ss_vf fSlow1;
	ss_vi iSlow2;
	ss_vf fSlow3;
	ss_vf fSlow4;
	ss_vi iSlow5;
	ss_vf fSlow6;
	ss_vi iSlow7;
	ss_vf fSlow8;
	ss_vf fSlow9;
	ss_vi iSlow10;
	ss_vf fSlow11;
	ss_vf fSlow12;
	ss_vf fSlow13;
	ss_vi iSlow14;
	ss_vf fSlow15;
	ss_vf fSlow16;
	ss_vi iSlow17;
	ss_vf fSlow18;
	ss_vi iSlow19;
	ss_vf fSlow20;
	ss_vf fSlow21;
	ss_vi iSlow22;
	ss_vf fSlow23;
	ss_vf fSlow24;
	ss_vf fSlow25;
	ss_vf fSlow26;
	ss_vi iSlow27;
	ss_vi iSlow28;
	ss_vi iSlow29;
	ss_vf fSlow30;
	ss_vi iSlow31;
	ss_vi iSlow32;
	ss_vf fSlow33;
	ss_vf fSlow34;
	ss_vf fSlow35;
	ss_vf fSlow36;
	ss_vf fSlow37;
	ss_vf fSlow38;
	ss_vf fSlow39;
	ss_vf fSlow40;
	ss_vf fSlow41;
	ss_vf fSlow42;
	ss_vf fSlow43;
	ss_vf fSlow44;
	ss_vf fSlow45;
	ss_vf fSlow46;
	ss_vf fSlow47;
	ss_vf fSlow48;
	ss_vf fSlow49;
	ss_vf fSlow50;
	ss_vf fSlow51;
	ss_vf fSlow52;
	ss_vf fSlow53;
	ss_vf fSlow54;
	for (int l = 0; l < SS_LANES; l++) {
		fSlow0[l] = dsp->fConst0 * (float)(dsp->fHslider0[l]);
		fSlow1[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider1[l]));
		iSlow2[l] = fabsf(fSlow1[l]) < 1.1920929e-07f;
		fSlow3[l] = ((iSlow2[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow2[l]) ? 1.0f : fSlow1[l]))));
		fSlow4[l] = ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider2[l]));
		iSlow5[l] = (int)(dsp->fConst2 * fSlow4[l]);
		fSlow6[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider3[l]));
		iSlow7[l] = fabsf(fSlow6[l]) < 1.1920929e-07f;
		fSlow8[l] = ((iSlow7[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow7[l]) ? 1.0f : fSlow6[l]))));
		fSlow9[l] = 0.00014471781f * fSlow4[l];
		iSlow10[l] = fabsf(fSlow9[l]) < 1.1920929e-07f;
		fSlow11[l] = ((iSlow10[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow10[l]) ? 1.0f : fSlow9[l]))));
		fSlow12[l] = (float)(dsp->fHslider4[l]);
		fSlow13[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider5[l]));
		iSlow14[l] = fabsf(fSlow13[l]) < 1.1920929e-07f;
		fSlow15[l] = ((iSlow14[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow14[l]) ? 1.0f : fSlow13[l]))));
		fSlow16[l] = ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider6[l]));
		iSlow17[l] = (int)(dsp->fConst2 * fSlow16[l]);
		fSlow18[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider7[l]));
		iSlow19[l] = fabsf(fSlow18[l]) < 1.1920929e-07f;
		fSlow20[l] = ((iSlow19[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow19[l]) ? 1.0f : fSlow18[l]))));
		fSlow21[l] = 0.00014471781f * fSlow16[l];
		iSlow22[l] = fabsf(fSlow21[l]) < 1.1920929e-07f;
		fSlow23[l] = ((iSlow22[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow22[l]) ? 1.0f : fSlow21[l]))));
		fSlow24[l] = (float)(dsp->fHslider8[l]);
		fSlow25[l] = 5.0f * (2.0f * (float)(dsp->fHslider9[l]) + -1.0f);
		fSlow26[l] = (float)(dsp->fEntry0[l]);
		iSlow27[l] = fSlow26[l] >= 3.0f;
		iSlow28[l] = fSlow26[l] >= 2.0f;
		iSlow29[l] = fSlow26[l] >= 1.0f;
		fSlow30[l] = dsp->fConst7 * ss_powf(2.0f, 1e+01f * (float)(dsp->fHslider10[l]));
		iSlow31[l] = fSlow26[l] >= 5.0f;
		iSlow32[l] = fSlow26[l] >= 4.0f;
		fSlow33[l] = 3.0f * (float)(dsp->fHslider11[l]);
		fSlow34[l] = (float)(dsp->fHslider12[l]);
		fSlow35[l] = 1e+01f * (float)(dsp->fHslider14[l]) + 0.16666667f * (float)(dsp->fHslider13[l]) * (fSlow34[l] + -48.0f);
		fSlow36[l] = (float)(dsp->fHslider15[l]);
		fSlow37[l] = 4.4f * fSlow36[l];
		fSlow38[l] = 4.656613e-10f * moog_faustpower2_f((float)(dsp->fHslider16[l]));
		fSlow39[l] = (float)(dsp->fHslider17[l]);
		fSlow40[l] = (float)(dsp->fHslider18[l]);
		fSlow41[l] = moog_faustpower2_f((float)(dsp->fHslider19[l]));
		fSlow42[l] = ss_powf(2.0f, 0.083333336f * (fSlow34[l] + -69.0f));
		fSlow43[l] = dsp->fConst9 * fSlow42[l] * ss_powf(2.0f, (float)(dsp->fEntry1[l]) + 1.1666666f * ((float)(dsp->fHslider20[l]) + -0.5f) + -1.0f);
		fSlow44[l] = fSlow41[l] * (1.0f - (float)(dsp->fEntry2[l]));
		fSlow45[l] = dsp->fConst9 * fSlow42[l] * ss_powf(2.0f, (float)(dsp->fEntry3[l]) + -1.0f);
		fSlow46[l] = (float)(dsp->fEntry4[l]);
		fSlow47[l] = moog_faustpower2_f((float)(dsp->fHslider21[l]));
		fSlow48[l] = moog_faustpower2_f((float)(dsp->fHslider22[l]));
		fSlow49[l] = (float)(dsp->fHslider23[l]);
		fSlow50[l] = moog_faustpower2_f((float)(dsp->fHslider24[l]));
		fSlow51[l] = ss_powf(1e+01f, 1.5f * (float)(dsp->fHslider25[l]));
		fSlow52[l] = 0.4f * fSlow51[l];
		fSlow53[l] = (1.54f * fSlow36[l] + 1.0f) / ss_powf(fSlow51[l], 0.35f);
		fSlow54[l] = 0.012598425f * (float)(dsp->fHslider27[l]) * (float)(dsp->fHslider26[l]);
	}
	ss_vi st_iVec0_0 = dsp->iVec0[0];
	ss_vi st_iVec0_1 = dsp->iVec0[1];
	ss_vi st_iRec2_0 = dsp->iRec2[0];
	ss_vi st_iRec2_1 = dsp->iRec2[1];
	ss_vi st_iVec1_0 = dsp->iVec1[0];
	ss_vi st_iVec1_1 = dsp->iVec1[1];
	ss_vi st_iRec3_0 = dsp->iRec3[0];
	ss_vi st_iRec3_1 = dsp->iRec3[1];
	ss_vf st_fRec1_0 = dsp->fRec1[0];
	ss_vf st_fRec1_1 = dsp->fRec1[1];
	ss_vf st_fRec11_0 = dsp->fRec11[0];
	ss_vf st_fRec11_1 = dsp->fRec11[1];
	float st_fConst6 = dsp->fConst6;
	ss_vf st_fRec13_0 = dsp->fRec13[0];
	ss_vf st_fRec13_1 = dsp->fRec13[1];
	ss_vi st_iRec15_0 = dsp->iRec15[0];
	ss_vi st_iRec15_1 = dsp->iRec15[1];
	ss_vf st_fRec14_0 = dsp->fRec14[0];
	ss_vf st_fRec14_1 = dsp->fRec14[1];
	float st_fConst8 = dsp->fConst8;
	ss_vf st_fRec12_0 = dsp->fRec12[0];
	ss_vf st_fRec12_1 = dsp->fRec12[1];
	ss_vf st_fRec19_0 = dsp->fRec19[0];
	ss_vf st_fRec19_1 = dsp->fRec19[1];
	ss_vf st_fRec18_0 = dsp->fRec18[0];
	ss_vf st_fRec18_1 = dsp->fRec18[1];
	ss_vf st_fRec20_0 = dsp->fRec20[0];
	ss_vf st_fRec20_1 = dsp->fRec20[1];
	ss_vf st_fRec4_0 = dsp->fRec4[0];
	ss_vf st_fRec4_1 = dsp->fRec4[1];
	ss_vf st_fRec5_0 = dsp->fRec5[0];
	ss_vf st_fRec5_1 = dsp->fRec5[1];
	ss_vf st_fRec6_0 = dsp->fRec6[0];
	ss_vf st_fRec6_1 = dsp->fRec6[1];
	ss_vf st_fRec7_0 = dsp->fRec7[0];
	ss_vf st_fRec7_1 = dsp->fRec7[1];
	ss_vf st_fVec2_0 = dsp->fVec2[0];
	ss_vf st_fVec2_1 = dsp->fVec2[1];
	int st_IOTA0 = dsp->IOTA0;
	int st_iConst10 = dsp->iConst10;
	float st_fConst11 = dsp->fConst11;
	float st_fConst12 = dsp->fConst12;
	ss_vi st_iRec23_0 = dsp->iRec23[0];
	ss_vi st_iRec23_1 = dsp->iRec23[1];
	ss_vf st_fRec24_0 = dsp->fRec24[0];
	ss_vf st_fRec24_1 = dsp->fRec24[1];
	float st_fConst13 = dsp->fConst13;
	ss_vf st_fRec22_0 = dsp->fRec22[0];
	ss_vf st_fRec22_1 = dsp->fRec22[1];
	float st_fConst14 = dsp->fConst14;
	float st_fConst15 = dsp->fConst15;
	ss_vf st_fRec21_0 = dsp->fRec21[0];
	ss_vf st_fRec21_1 = dsp->fRec21[1];
	for (int i0 = 0; i0 < count; i0++) {
		st_iVec0_0 = ss_vbcasti(1);
		st_iRec2_0 = (st_iRec2_1 + ss_vbcasti(1));
		ss_vi iTemp0 = (-((-(__builtin_convertvector(st_iRec2_1, ss_vf) < fSlow0)) > ss_vbcasti(0)));
		st_iVec1_0 = iTemp0;
		ss_vi iTemp1 = (iTemp0 - st_iVec1_1);
		ss_vi iTemp2 = (iTemp1 * (-(iTemp1 > ss_vbcasti(0))));
		st_iRec3_0 = (iTemp0 * (st_iRec3_1 + ss_vbcasti(1)));
		ss_vi iTemp3 = ((-(st_iRec3_0 < iSlow5)) | iTemp2);
		ss_vf fTemp4 = ss_vself((iTemp0 != 0), ss_vself((iTemp3 != 0), fSlow11, fSlow8), fSlow3);
		ss_vf fTemp5 = __builtin_convertvector(iTemp0, ss_vf);
		st_fRec1_0 = (((ss_vbcastf(1.0f) - fTemp4) * ss_vself((iTemp0 != 0), ss_vself((iTemp3 != 0), fTemp5, (fSlow12 * fTemp5)), ss_vbcastf(0.0f))) + (fTemp4 * st_fRec1_1));
		ss_vi iTemp7 = ((-(st_iRec3_0 < iSlow17)) | iTemp2);
		ss_vf fTemp8 = ss_vself((iTemp0 != 0), ss_vself((iTemp7 != 0), fSlow23, fSlow20), fSlow15);
		st_fRec11_0 = (((ss_vbcastf(1.0f) - fTemp8) * ss_vself((iTemp0 != 0), ss_vself((iTemp7 != 0), fTemp5, (fSlow24 * fTemp5)), ss_vbcastf(0.0f))) + (fTemp8 * st_fRec11_1));
		st_fRec13_0 = (fSlow30 + (st_fRec13_1 - ss_vfloorf((fSlow30 + st_fRec13_1))));
		ss_vf fTemp9 = (ss_vbcastf(2.0f) * st_fRec13_0);
		ss_vi iTemp10 = (ss_vbcasti(1103515245) * (st_iRec15_1 + ss_vbcasti(12345)));
		st_iRec15_0 = (ss_vbcasti(1103515245) * (iTemp10 + ss_vbcasti(12345)));
		ss_vi iRec16 = iTemp10;
		st_fRec14_0 = ss_vself((((-(st_fRec13_0 < st_fRec13_1)) | (ss_vbcasti(1) - st_iVec0_1)) != 0), (ss_vbcastf(4.656613e-10f) * __builtin_convertvector(iRec16, ss_vf)), st_fRec14_1);
		st_fRec12_0 = ((ss_vbcastf(st_fConst8) * ss_vself((iSlow27 != 0), ss_vself((iSlow31 != 0), st_fRec11_0, ss_vself((iSlow32 != 0), st_fRec14_0, (fTemp9 + ss_vbcastf((-1.0f))))), ss_vself((iSlow28 != 0), (ss_vbcastf(1.0f) - fTemp9), ss_vself((iSlow29 != 0), __builtin_convertvector(ss_vseli(((-(st_fRec13_0 < ss_vbcastf(0.5f))) != 0), ss_vbcasti(1), ss_vbcasti((-1))), ss_vf), (ss_vbcastf(1.0f) - (ss_vbcastf(4.0f) * ss_vfabsf((st_fRec13_0 + (ss_vbcastf((-0.25f)) - ss_vfloorf((st_fRec13_0 + ss_vbcastf(0.25f)))))))))))) + (ss_vbcastf(st_fConst6) * st_fRec12_1));
		ss_vf fTemp11 = (ss_vbcastf(256.0f) * ss_vself((ss_vbcastf(1e+01f) < ss_vself((ss_vbcastf(0.0f) > ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0))), ss_vbcastf(0.0f), ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0)))), ss_vbcastf(1e+01f), ss_vself((ss_vbcastf(0.0f) > ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0))), ss_vbcastf(0.0f), ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0)))));
		ss_vi iTemp12 = ss_vseli((ss_vbcasti(2559) < __builtin_convertvector(fTemp11, ss_vi)), ss_vbcasti(2559), __builtin_convertvector(fTemp11, ss_vi));
		ss_vf fTemp13 = ss_vgatherf(ftbl1moogSIG1, iTemp12);
		ss_vf fTemp14 = (fTemp13 + ((fTemp11 - __builtin_convertvector(iTemp12, ss_vf)) * (ss_vgatherf(ftbl1moogSIG1, (iTemp12 + ss_vbcasti(1))) - fTemp13)));
		ss_vf fTemp15 = (fSlow39 * st_fRec12_0);
		ss_vf fTemp16 = ss_vself((ss_vbcastf(1.0f) < ss_vself((ss_vbcastf(0.0f) > (fSlow40 + fTemp15)), ss_vbcastf(0.0f), (fSlow40 + fTemp15))), ss_vbcastf(1.0f), ss_vself((ss_vbcastf(0.0f) > (fSlow40 + fTemp15)), ss_vbcastf(0.0f), (fSlow40 + fTemp15)));
		ss_vf fTemp17 = (ss_vbcastf(3.0f) * fTemp16);
		ss_vf fTemp18 = (ss_vbcastf(256.0f) * (ss_vself((ss_vbcastf(4.0f) < ss_vself((ss_vbcastf((-4.0f)) > (fSlow41 * st_fRec12_0)), ss_vbcastf((-4.0f)), (fSlow41 * st_fRec12_0))), ss_vbcastf(4.0f), ss_vself((ss_vbcastf((-4.0f)) > (fSlow41 * st_fRec12_0)), ss_vbcastf((-4.0f)), (fSlow41 * st_fRec12_0))) + ss_vbcastf(4.0f)));
		ss_vi iTemp19 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp18, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp18, ss_vi));
		ss_vf fTemp20 = ss_vgatherf(ftbl2moogSIG2, iTemp19);
		ss_vf fTemp21 = ss_vself((ss_vbcastf(0.45f) < (fSlow43 * (fTemp20 + ((fTemp18 - __builtin_convertvector(iTemp19, ss_vf)) * (ss_vgatherf(ftbl2moogSIG2, (iTemp19 + ss_vbcasti(1))) - fTemp20))))), ss_vbcastf(0.45f), (fSlow43 * (fTemp20 + ((fTemp18 - __builtin_convertvector(iTemp19, ss_vf)) * (ss_vgatherf(ftbl2moogSIG2, (iTemp19 + ss_vbcasti(1))) - fTemp20)))));
		ss_vf fTemp22 = (ss_vbcastf(256.0f) * (ss_vself((ss_vbcastf(4.0f) < ss_vself((ss_vbcastf((-4.0f)) > (fSlow44 * st_fRec12_0)), ss_vbcastf((-4.0f)), (fSlow44 * st_fRec12_0))), ss_vbcastf(4.0f), ss_vself((ss_vbcastf((-4.0f)) > (fSlow44 * st_fRec12_0)), ss_vbcastf((-4.0f)), (fSlow44 * st_fRec12_0))) + ss_vbcastf(4.0f)));
		ss_vi iTemp23 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp22, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp22, ss_vi));
		ss_vf fTemp24 = ss_vgatherf(ftbl2moogSIG2, iTemp23);
		ss_vf fTemp25 = ss_vself((ss_vbcastf(0.45f) < (fSlow45 * (fTemp24 + ((fTemp22 - __builtin_convertvector(iTemp23, ss_vf)) * (ss_vgatherf(ftbl2moogSIG2, (iTemp23 + ss_vbcasti(1))) - fTemp24))))), ss_vbcastf(0.45f), (fSlow45 * (fTemp24 + ((fTemp22 - __builtin_convertvector(iTemp23, ss_vf)) * (ss_vgatherf(ftbl2moogSIG2, (iTemp23 + ss_vbcasti(1))) - fTemp24)))));
		ss_vf fTemp26 = (st_fRec19_1 + fTemp25);
		st_fRec19_0 = (fTemp26 - ss_vfloorf(fTemp26));
		ss_vf fTemp27 = (st_fRec18_1 + fTemp21);
		ss_vf fTemp28 = ((st_fRec19_0 * fTemp21) / fTemp25);
		st_fRec18_0 = ss_vself((__builtin_convertvector((fSlow46 * __builtin_convertvector((-(st_fRec19_0 < st_fRec19_1)), ss_vf)), ss_vi) != 0), (fTemp28 - ss_vfloorf(fTemp28)), (fTemp27 - ss_vfloorf(fTemp27)));
		ss_vf fTemp29 = (ss_vbcastf(1.0f) - fTemp21);
		ss_vf fTemp30 = (st_fRec18_0 + ss_vbcastf((-1.0f)));
		ss_vf fTemp31 = ss_vself(((-(st_fRec18_0 < fTemp21)) != 0), (((st_fRec18_0 * (ss_vbcastf(2.0f) - (st_fRec18_0 / fTemp21))) / fTemp21) + ss_vbcastf((-1.0f))), ss_vself(((-(st_fRec18_0 > fTemp29)) != 0), (((fTemp30 * ((fTemp30 / fTemp21) + ss_vbcastf(2.0f))) / fTemp21) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)));
		ss_vf fTemp32 = (ss_vbcastf(0.42f) * ss_vself((ss_vbcastf(0.0f) > (fTemp17 + ss_vbcastf((-2.0f)))), ss_vbcastf(0.0f), (fTemp17 + ss_vbcastf((-2.0f)))));
		ss_vf fTemp33 = (fTemp32 + ss_vfloorf((st_fRec18_0 + (ss_vbcastf(0.5f) - fTemp32))));
		ss_vf fTemp34 = (st_fRec18_0 + (ss_vbcastf(0.5f) - fTemp33));
		ss_vf fTemp35 = (st_fRec18_0 - fTemp34);
		ss_vf fTemp36 = (st_fRec18_0 + (ss_vbcastf((-0.5f)) - fTemp33));
		ss_vf fTemp37 = ss_vself(((-(fTemp34 < fTemp21)) != 0), (((fTemp34 * (ss_vbcastf(2.0f) - (fTemp34 / fTemp21))) / fTemp21) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp34 > fTemp29)) != 0), (((fTemp36 * ((fTemp36 / fTemp21) + ss_vbcastf(2.0f))) / fTemp21) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)));
		ss_vf fTemp38 = (ss_vbcastf(2.0f) * st_fRec18_0);
		ss_vf fTemp39 = (ss_vbcastf(4.0f) * ss_vfabsf((st_fRec18_0 + (ss_vbcastf((-0.25f)) - ss_vfloorf((st_fRec18_0 + ss_vbcastf(0.25f)))))));
		ss_vf fTemp40 = (ss_vbcastf(0.5f) * fTemp25);
		ss_vf fTemp41 = (st_fRec20_1 + fTemp40);
		st_fRec20_0 = (fTemp41 - ss_vfloorf(fTemp41));
		ss_vf fTemp42 = (ss_vbcastf(1.0f) - fTemp40);
		ss_vf fTemp43 = (st_fRec20_0 + ss_vbcastf((-1.0f)));
		ss_vf fTemp44 = ss_vfloorf((st_fRec20_0 + ss_vbcastf(0.5f)));
		ss_vf fTemp45 = (st_fRec20_0 + (ss_vbcastf(0.5f) - fTemp44));
		ss_vf fTemp46 = (st_fRec20_0 + (ss_vbcastf((-0.5f)) - fTemp44));
		ss_vf fTemp47 = ss_vself((ss_vbcastf(1.0f) < ss_vself((ss_vbcastf(0.0f) > (fSlow49 + fTemp15)), ss_vbcastf(0.0f), (fSlow49 + fTemp15))), ss_vbcastf(1.0f), ss_vself((ss_vbcastf(0.0f) > (fSlow49 + fTemp15)), ss_vbcastf(0.0f), (fSlow49 + fTemp15)));
		ss_vf fTemp48 = (ss_vbcastf(3.0f) * fTemp47);
		ss_vf fTemp49 = (ss_vbcastf(1.0f) - fTemp25);
		ss_vf fTemp50 = (st_fRec19_0 + ss_vbcastf((-1.0f)));
		ss_vf fTemp51 = ss_vself(((-(st_fRec19_0 < fTemp25)) != 0), (((st_fRec19_0 * (ss_vbcastf(2.0f) - (st_fRec19_0 / fTemp25))) / fTemp25) + ss_vbcastf((-1.0f))), ss_vself(((-(st_fRec19_0 > fTemp49)) != 0), (((fTemp50 * ((fTemp50 / fTemp25) + ss_vbcastf(2.0f))) / fTemp25) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)));
		ss_vf fTemp52 = (ss_vbcastf(0.42f) * ss_vself((ss_vbcastf(0.0f) > (fTemp48 + ss_vbcastf((-2.0f)))), ss_vbcastf(0.0f), (fTemp48 + ss_vbcastf((-2.0f)))));
		ss_vf fTemp53 = (fTemp52 + ss_vfloorf((st_fRec19_0 + (ss_vbcastf(0.5f) - fTemp52))));
		ss_vf fTemp54 = (st_fRec19_0 + (ss_vbcastf(0.5f) - fTemp53));
		ss_vf fTemp55 = (st_fRec19_0 - fTemp54);
		ss_vf fTemp56 = (st_fRec19_0 + (ss_vbcastf((-0.5f)) - fTemp53));
		ss_vf fTemp57 = ss_vself(((-(fTemp54 < fTemp25)) != 0), (((fTemp54 * (ss_vbcastf(2.0f) - (fTemp54 / fTemp25))) / fTemp25) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp54 > fTemp49)) != 0), (((fTemp56 * ((fTemp56 / fTemp25) + ss_vbcastf(2.0f))) / fTemp25) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)));
		ss_vf fTemp58 = (ss_vbcastf(2.0f) * st_fRec19_0);
		ss_vf fTemp59 = (ss_vbcastf(4.0f) * ss_vfabsf((st_fRec19_0 + (ss_vbcastf((-0.25f)) - ss_vfloorf((st_fRec19_0 + ss_vbcastf(0.25f)))))));
		ss_vf fTemp60 = (ss_vbcastf(128.0f) * (ss_vself((ss_vbcastf(8.0f) < ss_vself((ss_vbcastf((-8.0f)) > (fSlow52 * ((((fSlow50 * ss_vself(((-(fTemp48 < ss_vbcastf(1.0f))) != 0), ((fTemp59 + ((ss_vbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp48 < ss_vbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_vbcastf((-1.0f))) * (fTemp57 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_vbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_vbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_vself(((-(fTemp45 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((fTemp45 * (ss_vbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp45 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f))) + (ss_vbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_vself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((st_fRec20_0 * (ss_vbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)))))) + (fSlow47 * ss_vself(((-(fTemp17 < ss_vbcastf(1.0f))) != 0), ((fTemp39 + ((ss_vbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp17 < ss_vbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_vbcastf((-1.0f))) * (fTemp37 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_vbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_vbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_vf))))), ss_vbcastf((-8.0f)), (fSlow52 * ((((fSlow50 * ss_vself(((-(fTemp48 < ss_vbcastf(1.0f))) != 0), ((fTemp59 + ((ss_vbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp48 < ss_vbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_vbcastf((-1.0f))) * (fTemp57 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_vbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_vbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_vself(((-(fTemp45 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((fTemp45 * (ss_vbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp45 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f))) + (ss_vbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_vself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((st_fRec20_0 * (ss_vbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)))))) + (fSlow47 * ss_vself(((-(fTemp17 < ss_vbcastf(1.0f))) != 0), ((fTemp39 + ((ss_vbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp17 < ss_vbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_vbcastf((-1.0f))) * (fTemp37 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_vbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_vbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_vf)))))), ss_vbcastf(8.0f), ss_vself((ss_vbcastf((-8.0f)) > (fSlow52 * ((((fSlow50 * ss_vself(((-(fTemp48 < ss_vbcastf(1.0f))) != 0), ((fTemp59 + ((ss_vbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp48 < ss_vbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_vbcastf((-1.0f))) * (fTemp57 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_vbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_vbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_vself(((-(fTemp45 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((fTemp45 * (ss_vbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp45 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f))) + (ss_vbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_vself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((st_fRec20_0 * (ss_vbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)))))) + (fSlow47 * ss_vself(((-(fTemp17 < ss_vbcastf(1.0f))) != 0), ((fTemp39 + ((ss_vbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp17 < ss_vbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_vbcastf((-1.0f))) * (fTemp37 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_vbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_vbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_vf))))), ss_vbcastf((-8.0f)), (fSlow52 * ((((fSlow50 * ss_vself(((-(fTemp48 < ss_vbcastf(1.0f))) != 0), ((fTemp59 + ((ss_vbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp48 < ss_vbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_vbcastf((-1.0f))) * (fTemp57 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_vbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_vbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_vself(((-(fTemp45 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((fTemp45 * (ss_vbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp45 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f))) + (ss_vbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_vself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_vbcastf(4.0f) * ((st_fRec20_0 * (ss_vbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_vbcastf((-1.0f))), ss_vself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_vbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_vbcastf(1.0f))) / fTemp25)) + ss_vbcastf(1.0f)), ss_vbcastf(0.0f)))))) + (fSlow47 * ss_vself(((-(fTemp17 < ss_vbcastf(1.0f))) != 0), ((fTemp39 + ((ss_vbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_vbcastf((-1.0f))), ss_vself(((-(fTemp17 < ss_vbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_vbcastf((-1.0f))) * (fTemp37 + (ss_vbcastf(1.0f) - (ss_vbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_vbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_vbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_vf)))))) + ss_vbcastf(8.0f)));
		ss_vi iTemp61 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp60, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp60, ss_vi));
		ss_vf fTemp62 = ss_vgatherf(ftbl0moogSIG0, iTemp61);
		ss_vf fTemp63 = (ss_vbcastf(128.0f) * (ss_vself((ss_vbcastf(8.0f) < ss_vself((ss_vbcastf((-8.0f)) > (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_vf)) * (ss_vgatherf(ftbl0moogSIG0, (iTemp61 + ss_vbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_vbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_vpow4(fTemp14)) + ss_vbcastf(1.0f)))), ss_vbcastf((-8.0f)), (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_vf)) * (ss_vgatherf(ftbl0moogSIG0, (iTemp61 + ss_vbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_vbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_vpow4(fTemp14)) + ss_vbcastf(1.0f))))), ss_vbcastf(8.0f), ss_vself((ss_vbcastf((-8.0f)) > (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_vf)) * (ss_vgatherf(ftbl0moogSIG0, (iTemp61 + ss_vbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_vbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_vpow4(fTemp14)) + ss_vbcastf(1.0f)))), ss_vbcastf((-8.0f)), (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_vf)) * (ss_vgatherf(ftbl0moogSIG0, (iTemp61 + ss_vbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_vbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_vpow4(fTemp14)) + ss_vbcastf(1.0f))))) + ss_vbcastf(8.0f)));
		ss_vi iTemp64 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp63, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp63, ss_vi));
		ss_vf fTemp65 = ss_vgatherf(ftbl0moogSIG0, iTemp64);
		ss_vf fTemp66 = (fTemp14 * ((fTemp65 + ((fTemp63 - __builtin_convertvector(iTemp64, ss_vf)) * (ss_vgatherf(ftbl0moogSIG0, (iTemp64 + ss_vbcasti(1))) - fTemp65))) - st_fRec4_1));
		st_fRec4_0 = (st_fRec4_1 + (ss_vbcastf(2.0f) * fTemp66));
		ss_vf fTemp67 = (fTemp14 * ((st_fRec4_1 + fTemp66) - st_fRec5_1));
		st_fRec5_0 = (st_fRec5_1 + (ss_vbcastf(2.0f) * fTemp67));
		ss_vf fTemp68 = (fTemp14 * ((st_fRec5_1 + fTemp67) - st_fRec6_1));
		st_fRec6_0 = (st_fRec6_1 + (ss_vbcastf(2.0f) * fTemp68));
		ss_vf fTemp69 = (fTemp14 * ((st_fRec6_1 + fTemp68) - st_fRec7_1));
		st_fRec7_0 = (st_fRec7_1 + (ss_vbcastf(2.0f) * fTemp69));
		ss_vf fRec8 = (st_fRec7_1 + fTemp69);
		ss_vf fTemp70 = ((fSlow54 * fRec8) * st_fRec1_0);
		st_fVec2_0 = fTemp70;
		dsp->fRec0[(st_IOTA0 & 511)] = (((ss_vbcastf(0.995f) * dsp->fRec0[((st_IOTA0 - 1) & 511)]) + fTemp70) - st_fVec2_1);
		ss_vf fTemp71 = ss_vfabsf(dsp->fRec0[(st_IOTA0 & 511)]);
		ss_vi iTemp72 = ((-(fTemp71 >= st_fRec24_1)) | (-(__builtin_convertvector(st_iRec23_1, ss_vf) >= ss_vbcastf(st_fConst12))));
		st_iRec23_0 = ss_vseli((iTemp72 != 0), ss_vbcasti(0), (st_iRec23_1 + ss_vbcasti(1)));
		st_fRec24_0 = ss_vself((iTemp72 != 0), fTemp71, st_fRec24_1);
		st_fRec22_0 = ((ss_vbcastf(st_fConst13) * st_fRec24_0) + (ss_vbcastf(st_fConst11) * st_fRec22_1));
		ss_vf fTemp73 = ss_vfabsf(st_fRec22_0);
		st_fRec21_0 = ss_vself((fTemp73 > ((ss_vbcastf(st_fConst14) * st_fRec21_1) + (ss_vbcastf(st_fConst15) * fTemp73))), fTemp73, ((ss_vbcastf(st_fConst14) * st_fRec21_1) + (ss_vbcastf(st_fConst15) * fTemp73)));
		out[i0] = ss_vself((ss_vbcastf(0.999f) < ss_vself((ss_vbcastf((-0.999f)) > (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)])), ss_vbcastf((-0.999f)), (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)]))), ss_vbcastf(0.999f), ss_vself((ss_vbcastf((-0.999f)) > (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)])), ss_vbcastf((-0.999f)), (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec21_0 > ss_vbcastf(1.1920929e-07f)), st_fRec21_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)])));
		st_iVec0_1 = st_iVec0_0;
		st_iRec2_1 = st_iRec2_0;
		st_iVec1_1 = st_iVec1_0;
		st_iRec3_1 = st_iRec3_0;
		st_fRec1_1 = st_fRec1_0;
		st_fRec11_1 = st_fRec11_0;
		st_fRec13_1 = st_fRec13_0;
		st_iRec15_1 = st_iRec15_0;
		st_fRec14_1 = st_fRec14_0;
		st_fRec12_1 = st_fRec12_0;
		st_fRec19_1 = st_fRec19_0;
		st_fRec18_1 = st_fRec18_0;
		st_fRec20_1 = st_fRec20_0;
		st_fRec4_1 = st_fRec4_0;
		st_fRec5_1 = st_fRec5_0;
		st_fRec6_1 = st_fRec6_0;
		st_fRec7_1 = st_fRec7_0;
		st_fVec2_1 = st_fVec2_0;
		st_IOTA0 = (st_IOTA0 + 1);
		st_iRec23_1 = st_iRec23_0;
		st_fRec24_1 = st_fRec24_0;
		st_fRec22_1 = st_fRec22_0;
		st_fRec21_1 = st_fRec21_0;
	}
	dsp->iVec0[0] = st_iVec0_0;
	dsp->iVec0[1] = st_iVec0_1;
	dsp->iRec2[0] = st_iRec2_0;
	dsp->iRec2[1] = st_iRec2_1;
	dsp->iVec1[0] = st_iVec1_0;
	dsp->iVec1[1] = st_iVec1_1;
	dsp->iRec3[0] = st_iRec3_0;
	dsp->iRec3[1] = st_iRec3_1;
	dsp->fRec1[0] = st_fRec1_0;
	dsp->fRec1[1] = st_fRec1_1;
	dsp->fRec11[0] = st_fRec11_0;
	dsp->fRec11[1] = st_fRec11_1;
	dsp->fRec13[0] = st_fRec13_0;
	dsp->fRec13[1] = st_fRec13_1;
	dsp->iRec15[0] = st_iRec15_0;
	dsp->iRec15[1] = st_iRec15_1;
	dsp->fRec14[0] = st_fRec14_0;
	dsp->fRec14[1] = st_fRec14_1;
	dsp->fRec12[0] = st_fRec12_0;
	dsp->fRec12[1] = st_fRec12_1;
	dsp->fRec19[0] = st_fRec19_0;
	dsp->fRec19[1] = st_fRec19_1;
	dsp->fRec18[0] = st_fRec18_0;
	dsp->fRec18[1] = st_fRec18_1;
	dsp->fRec20[0] = st_fRec20_0;
	dsp->fRec20[1] = st_fRec20_1;
	dsp->fRec4[0] = st_fRec4_0;
	dsp->fRec4[1] = st_fRec4_1;
	dsp->fRec5[0] = st_fRec5_0;
	dsp->fRec5[1] = st_fRec5_1;
	dsp->fRec6[0] = st_fRec6_0;
	dsp->fRec6[1] = st_fRec6_1;
	dsp->fRec7[0] = st_fRec7_0;
	dsp->fRec7[1] = st_fRec7_1;
	dsp->fVec2[0] = st_fVec2_0;
	dsp->fVec2[1] = st_fVec2_1;
	dsp->IOTA0 = st_IOTA0;
	dsp->iRec23[0] = st_iRec23_0;
	dsp->iRec23[1] = st_iRec23_1;
	dsp->fRec24[0] = st_fRec24_0;
	dsp->fRec24[1] = st_fRec24_1;
	dsp->fRec22[0] = st_fRec22_0;
	dsp->fRec22[1] = st_fRec22_1;
	dsp->fRec21[0] = st_fRec21_0;
	dsp->fRec21[1] = st_fRec21_1;
}

/* The same twin for SS_WLANES (8) patches per call in AVX2 registers (x86-64; used
 * where the CPU has AVX2): sizeof/clear/pack/compute<cls>Wide. */
#ifdef SS_WIDE
#pragma GCC push_options
#pragma GCC target("avx2")
typedef struct {
	ss_wi iVec0[2];
	ss_wf fHslider0;
	int fSampleRate;
	float fConst0;
	ss_wi iRec2[2];
	ss_wi iVec1[2];
	ss_wf fHslider1;
	float fConst1;
	ss_wf fHslider2;
	float fConst2;
	ss_wi iRec3[2];
	ss_wf fHslider3;
	ss_wf fHslider4;
	ss_wf fRec1[2];
	ss_wf fHslider5;
	ss_wf fHslider6;
	ss_wf fHslider7;
	ss_wf fHslider8;
	ss_wf fRec11[2];
	ss_wf fHslider9;
	float fConst6;
	ss_wf fEntry0;
	ss_wf fHslider10;
	float fConst7;
	ss_wf fRec13[2];
	ss_wi iRec15[2];
	ss_wf fRec14[2];
	float fConst8;
	ss_wf fRec12[2];
	ss_wf fHslider11;
	ss_wf fHslider12;
	ss_wf fHslider13;
	ss_wf fHslider14;
	ss_wf fHslider15;
	ss_wf fHslider16;
	ss_wf fHslider17;
	ss_wf fHslider18;
	ss_wf fHslider19;
	ss_wf fHslider20;
	ss_wf fEntry1;
	float fConst9;
	ss_wf fEntry2;
	ss_wf fEntry3;
	ss_wf fRec19[2];
	ss_wf fEntry4;
	ss_wf fRec18[2];
	ss_wf fHslider21;
	ss_wf fRec20[2];
	ss_wf fHslider22;
	ss_wf fHslider23;
	ss_wf fHslider24;
	ss_wf fHslider25;
	ss_wf fRec4[2];
	ss_wf fRec5[2];
	ss_wf fRec6[2];
	ss_wf fRec7[2];
	ss_wf fHslider26;
	ss_wf fHslider27;
	ss_wf fVec2[2];
	int IOTA0;
	ss_wf fRec0[512];
	int iConst10;
	float fConst11;
	float fConst12;
	ss_wi iRec23[2];
	ss_wf fRec24[2];
	float fConst13;
	ss_wf fRec22[2];
	float fConst14;
	float fConst15;
	ss_wf fRec21[2];
} moog_wide;

size_t sizeofmoogWide(void) { return sizeof(moog_wide); }

void clearmoogWide(void* lanes) {
	moog_wide* RESTRICT d = (moog_wide*)lanes;
	memset(&d->iVec0, 0, sizeof(d->iVec0));
	memset(&d->iRec2, 0, sizeof(d->iRec2));
	memset(&d->iVec1, 0, sizeof(d->iVec1));
	memset(&d->iRec3, 0, sizeof(d->iRec3));
	memset(&d->fRec1, 0, sizeof(d->fRec1));
	memset(&d->fRec11, 0, sizeof(d->fRec11));
	memset(&d->fRec13, 0, sizeof(d->fRec13));
	memset(&d->iRec15, 0, sizeof(d->iRec15));
	memset(&d->fRec14, 0, sizeof(d->fRec14));
	memset(&d->fRec12, 0, sizeof(d->fRec12));
	memset(&d->fRec19, 0, sizeof(d->fRec19));
	memset(&d->fRec18, 0, sizeof(d->fRec18));
	memset(&d->fRec20, 0, sizeof(d->fRec20));
	memset(&d->fRec4, 0, sizeof(d->fRec4));
	memset(&d->fRec5, 0, sizeof(d->fRec5));
	memset(&d->fRec6, 0, sizeof(d->fRec6));
	memset(&d->fRec7, 0, sizeof(d->fRec7));
	memset(&d->fVec2, 0, sizeof(d->fVec2));
	memset(&d->IOTA0, 0, sizeof(d->IOTA0));
	memset(&d->fRec0, 0, sizeof(d->fRec0));
	memset(&d->iRec23, 0, sizeof(d->iRec23));
	memset(&d->fRec24, 0, sizeof(d->fRec24));
	memset(&d->fRec22, 0, sizeof(d->fRec22));
	memset(&d->fRec21, 0, sizeof(d->fRec21));
}

void packmoogWide(void* lanes, void* scalar, int l) {
	moog_wide* RESTRICT d = (moog_wide*)lanes;
	moog* RESTRICT s = (moog*)scalar;
	d->fHslider0[l] = s->fHslider0;
	d->fSampleRate = s->fSampleRate;
	d->fConst0 = s->fConst0;
	d->fHslider1[l] = s->fHslider1;
	d->fConst1 = s->fConst1;
	d->fHslider2[l] = s->fHslider2;
	d->fConst2 = s->fConst2;
	d->fHslider3[l] = s->fHslider3;
	d->fHslider4[l] = s->fHslider4;
	d->fHslider5[l] = s->fHslider5;
	d->fHslider6[l] = s->fHslider6;
	d->fHslider7[l] = s->fHslider7;
	d->fHslider8[l] = s->fHslider8;
	d->fHslider9[l] = s->fHslider9;
	d->fConst6 = s->fConst6;
	d->fEntry0[l] = s->fEntry0;
	d->fHslider10[l] = s->fHslider10;
	d->fConst7 = s->fConst7;
	d->fConst8 = s->fConst8;
	d->fHslider11[l] = s->fHslider11;
	d->fHslider12[l] = s->fHslider12;
	d->fHslider13[l] = s->fHslider13;
	d->fHslider14[l] = s->fHslider14;
	d->fHslider15[l] = s->fHslider15;
	d->fHslider16[l] = s->fHslider16;
	d->fHslider17[l] = s->fHslider17;
	d->fHslider18[l] = s->fHslider18;
	d->fHslider19[l] = s->fHslider19;
	d->fHslider20[l] = s->fHslider20;
	d->fEntry1[l] = s->fEntry1;
	d->fConst9 = s->fConst9;
	d->fEntry2[l] = s->fEntry2;
	d->fEntry3[l] = s->fEntry3;
	d->fEntry4[l] = s->fEntry4;
	d->fHslider21[l] = s->fHslider21;
	d->fHslider22[l] = s->fHslider22;
	d->fHslider23[l] = s->fHslider23;
	d->fHslider24[l] = s->fHslider24;
	d->fHslider25[l] = s->fHslider25;
	d->fHslider26[l] = s->fHslider26;
	d->fHslider27[l] = s->fHslider27;
	d->iConst10 = s->iConst10;
	d->fConst11 = s->fConst11;
	d->fConst12 = s->fConst12;
	d->fConst13 = s->fConst13;
	d->fConst14 = s->fConst14;
	d->fConst15 = s->fConst15;
}

void computemoogWide(void* lanes, int count, void* RESTRICT output) {
	moog_wide* RESTRICT dsp = (moog_wide*)lanes;
	ss_wf* RESTRICT out = (ss_wf*)output;
	ss_wf fSlow0;
	ss_wf fSlow1;
	ss_wi iSlow2;
	ss_wf fSlow3;
	ss_wf fSlow4;
	ss_wi iSlow5;
	ss_wf fSlow6;
	ss_wi iSlow7;
	ss_wf fSlow8;
	ss_wf fSlow9;
	ss_wi iSlow10;
	ss_wf fSlow11;
	ss_wf fSlow12;
	ss_wf fSlow13;
	ss_wi iSlow14;
	ss_wf fSlow15;
	ss_wf fSlow16;
	ss_wi iSlow17;
	ss_wf fSlow18;
	ss_wi iSlow19;
	ss_wf fSlow20;
	ss_wf fSlow21;
	ss_wi iSlow22;
	ss_wf fSlow23;
	ss_wf fSlow24;
	ss_wf fSlow25;
	ss_wf fSlow26;
	ss_wi iSlow27;
	ss_wi iSlow28;
	ss_wi iSlow29;
	ss_wf fSlow30;
	ss_wi iSlow31;
	ss_wi iSlow32;
	ss_wf fSlow33;
	ss_wf fSlow34;
	ss_wf fSlow35;
	ss_wf fSlow36;
	ss_wf fSlow37;
	ss_wf fSlow38;
	ss_wf fSlow39;
	ss_wf fSlow40;
	ss_wf fSlow41;
	ss_wf fSlow42;
	ss_wf fSlow43;
	ss_wf fSlow44;
	ss_wf fSlow45;
	ss_wf fSlow46;
	ss_wf fSlow47;
	ss_wf fSlow48;
	ss_wf fSlow49;
	ss_wf fSlow50;
	ss_wf fSlow51;
	ss_wf fSlow52;
	ss_wf fSlow53;
	ss_wf fSlow54;
	for (int l = 0; l < SS_WLANES; l++) {
		fSlow0[l] = dsp->fConst0 * (float)(dsp->fHslider0[l]);
		fSlow1[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider1[l]));
		iSlow2[l] = fabsf(fSlow1[l]) < 1.1920929e-07f;
		fSlow3[l] = ((iSlow2[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow2[l]) ? 1.0f : fSlow1[l]))));
		fSlow4[l] = ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider2[l]));
		iSlow5[l] = (int)(dsp->fConst2 * fSlow4[l]);
		fSlow6[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider3[l]));
		iSlow7[l] = fabsf(fSlow6[l]) < 1.1920929e-07f;
		fSlow8[l] = ((iSlow7[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow7[l]) ? 1.0f : fSlow6[l]))));
		fSlow9[l] = 0.00014471781f * fSlow4[l];
		iSlow10[l] = fabsf(fSlow9[l]) < 1.1920929e-07f;
		fSlow11[l] = ((iSlow10[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow10[l]) ? 1.0f : fSlow9[l]))));
		fSlow12[l] = (float)(dsp->fHslider4[l]);
		fSlow13[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider5[l]));
		iSlow14[l] = fabsf(fSlow13[l]) < 1.1920929e-07f;
		fSlow15[l] = ((iSlow14[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow14[l]) ? 1.0f : fSlow13[l]))));
		fSlow16[l] = ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider6[l]));
		iSlow17[l] = (int)(dsp->fConst2 * fSlow16[l]);
		fSlow18[l] = 0.00014471781f * ss_powf(1e+01f, 4.0f * (float)(dsp->fHslider7[l]));
		iSlow19[l] = fabsf(fSlow18[l]) < 1.1920929e-07f;
		fSlow20[l] = ((iSlow19[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow19[l]) ? 1.0f : fSlow18[l]))));
		fSlow21[l] = 0.00014471781f * fSlow16[l];
		iSlow22[l] = fabsf(fSlow21[l]) < 1.1920929e-07f;
		fSlow23[l] = ((iSlow22[l]) ? 0.0f : ss_expf(-(dsp->fConst1 / ((iSlow22[l]) ? 1.0f : fSlow21[l]))));
		fSlow24[l] = (float)(dsp->fHslider8[l]);
		fSlow25[l] = 5.0f * (2.0f * (float)(dsp->fHslider9[l]) + -1.0f);
		fSlow26[l] = (float)(dsp->fEntry0[l]);
		iSlow27[l] = fSlow26[l] >= 3.0f;
		iSlow28[l] = fSlow26[l] >= 2.0f;
		iSlow29[l] = fSlow26[l] >= 1.0f;
		fSlow30[l] = dsp->fConst7 * ss_powf(2.0f, 1e+01f * (float)(dsp->fHslider10[l]));
		iSlow31[l] = fSlow26[l] >= 5.0f;
		iSlow32[l] = fSlow26[l] >= 4.0f;
		fSlow33[l] = 3.0f * (float)(dsp->fHslider11[l]);
		fSlow34[l] = (float)(dsp->fHslider12[l]);
		fSlow35[l] = 1e+01f * (float)(dsp->fHslider14[l]) + 0.16666667f * (float)(dsp->fHslider13[l]) * (fSlow34[l] + -48.0f);
		fSlow36[l] = (float)(dsp->fHslider15[l]);
		fSlow37[l] = 4.4f * fSlow36[l];
		fSlow38[l] = 4.656613e-10f * moog_faustpower2_f((float)(dsp->fHslider16[l]));
		fSlow39[l] = (float)(dsp->fHslider17[l]);
		fSlow40[l] = (float)(dsp->fHslider18[l]);
		fSlow41[l] = moog_faustpower2_f((float)(dsp->fHslider19[l]));
		fSlow42[l] = ss_powf(2.0f, 0.083333336f * (fSlow34[l] + -69.0f));
		fSlow43[l] = dsp->fConst9 * fSlow42[l] * ss_powf(2.0f, (float)(dsp->fEntry1[l]) + 1.1666666f * ((float)(dsp->fHslider20[l]) + -0.5f) + -1.0f);
		fSlow44[l] = fSlow41[l] * (1.0f - (float)(dsp->fEntry2[l]));
		fSlow45[l] = dsp->fConst9 * fSlow42[l] * ss_powf(2.0f, (float)(dsp->fEntry3[l]) + -1.0f);
		fSlow46[l] = (float)(dsp->fEntry4[l]);
		fSlow47[l] = moog_faustpower2_f((float)(dsp->fHslider21[l]));
		fSlow48[l] = moog_faustpower2_f((float)(dsp->fHslider22[l]));
		fSlow49[l] = (float)(dsp->fHslider23[l]);
		fSlow50[l] = moog_faustpower2_f((float)(dsp->fHslider24[l]));
		fSlow51[l] = ss_powf(1e+01f, 1.5f * (float)(dsp->fHslider25[l]));
		fSlow52[l] = 0.4f * fSlow51[l];
		fSlow53[l] = (1.54f * fSlow36[l] + 1.0f) / ss_powf(fSlow51[l], 0.35f);
		fSlow54[l] = 0.012598425f * (float)(dsp->fHslider27[l]) * (float)(dsp->fHslider26[l]);
	}
	ss_wi st_iVec0_0 = dsp->iVec0[0];
	ss_wi st_iVec0_1 = dsp->iVec0[1];
	ss_wi st_iRec2_0 = dsp->iRec2[0];
	ss_wi st_iRec2_1 = dsp->iRec2[1];
	ss_wi st_iVec1_0 = dsp->iVec1[0];
	ss_wi st_iVec1_1 = dsp->iVec1[1];
	ss_wi st_iRec3_0 = dsp->iRec3[0];
	ss_wi st_iRec3_1 = dsp->iRec3[1];
	ss_wf st_fRec1_0 = dsp->fRec1[0];
	ss_wf st_fRec1_1 = dsp->fRec1[1];
	ss_wf st_fRec11_0 = dsp->fRec11[0];
	ss_wf st_fRec11_1 = dsp->fRec11[1];
	float st_fConst6 = dsp->fConst6;
	ss_wf st_fRec13_0 = dsp->fRec13[0];
	ss_wf st_fRec13_1 = dsp->fRec13[1];
	ss_wi st_iRec15_0 = dsp->iRec15[0];
	ss_wi st_iRec15_1 = dsp->iRec15[1];
	ss_wf st_fRec14_0 = dsp->fRec14[0];
	ss_wf st_fRec14_1 = dsp->fRec14[1];
	float st_fConst8 = dsp->fConst8;
	ss_wf st_fRec12_0 = dsp->fRec12[0];
	ss_wf st_fRec12_1 = dsp->fRec12[1];
	ss_wf st_fRec19_0 = dsp->fRec19[0];
	ss_wf st_fRec19_1 = dsp->fRec19[1];
	ss_wf st_fRec18_0 = dsp->fRec18[0];
	ss_wf st_fRec18_1 = dsp->fRec18[1];
	ss_wf st_fRec20_0 = dsp->fRec20[0];
	ss_wf st_fRec20_1 = dsp->fRec20[1];
	ss_wf st_fRec4_0 = dsp->fRec4[0];
	ss_wf st_fRec4_1 = dsp->fRec4[1];
	ss_wf st_fRec5_0 = dsp->fRec5[0];
	ss_wf st_fRec5_1 = dsp->fRec5[1];
	ss_wf st_fRec6_0 = dsp->fRec6[0];
	ss_wf st_fRec6_1 = dsp->fRec6[1];
	ss_wf st_fRec7_0 = dsp->fRec7[0];
	ss_wf st_fRec7_1 = dsp->fRec7[1];
	ss_wf st_fVec2_0 = dsp->fVec2[0];
	ss_wf st_fVec2_1 = dsp->fVec2[1];
	int st_IOTA0 = dsp->IOTA0;
	int st_iConst10 = dsp->iConst10;
	float st_fConst11 = dsp->fConst11;
	float st_fConst12 = dsp->fConst12;
	ss_wi st_iRec23_0 = dsp->iRec23[0];
	ss_wi st_iRec23_1 = dsp->iRec23[1];
	ss_wf st_fRec24_0 = dsp->fRec24[0];
	ss_wf st_fRec24_1 = dsp->fRec24[1];
	float st_fConst13 = dsp->fConst13;
	ss_wf st_fRec22_0 = dsp->fRec22[0];
	ss_wf st_fRec22_1 = dsp->fRec22[1];
	float st_fConst14 = dsp->fConst14;
	float st_fConst15 = dsp->fConst15;
	ss_wf st_fRec21_0 = dsp->fRec21[0];
	ss_wf st_fRec21_1 = dsp->fRec21[1];
	for (int i0 = 0; i0 < count; i0++) {
		st_iVec0_0 = ss_wbcasti(1);
		st_iRec2_0 = (st_iRec2_1 + ss_wbcasti(1));
		ss_wi iTemp0 = (-((-(__builtin_convertvector(st_iRec2_1, ss_wf) < fSlow0)) > ss_wbcasti(0)));
		st_iVec1_0 = iTemp0;
		ss_wi iTemp1 = (iTemp0 - st_iVec1_1);
		ss_wi iTemp2 = (iTemp1 * (-(iTemp1 > ss_wbcasti(0))));
		st_iRec3_0 = (iTemp0 * (st_iRec3_1 + ss_wbcasti(1)));
		ss_wi iTemp3 = ((-(st_iRec3_0 < iSlow5)) | iTemp2);
		ss_wf fTemp4 = ss_wself((iTemp0 != 0), ss_wself((iTemp3 != 0), fSlow11, fSlow8), fSlow3);
		ss_wf fTemp5 = __builtin_convertvector(iTemp0, ss_wf);
		st_fRec1_0 = (((ss_wbcastf(1.0f) - fTemp4) * ss_wself((iTemp0 != 0), ss_wself((iTemp3 != 0), fTemp5, (fSlow12 * fTemp5)), ss_wbcastf(0.0f))) + (fTemp4 * st_fRec1_1));
		ss_wi iTemp7 = ((-(st_iRec3_0 < iSlow17)) | iTemp2);
		ss_wf fTemp8 = ss_wself((iTemp0 != 0), ss_wself((iTemp7 != 0), fSlow23, fSlow20), fSlow15);
		st_fRec11_0 = (((ss_wbcastf(1.0f) - fTemp8) * ss_wself((iTemp0 != 0), ss_wself((iTemp7 != 0), fTemp5, (fSlow24 * fTemp5)), ss_wbcastf(0.0f))) + (fTemp8 * st_fRec11_1));
		st_fRec13_0 = (fSlow30 + (st_fRec13_1 - ss_wfloorf((fSlow30 + st_fRec13_1))));
		ss_wf fTemp9 = (ss_wbcastf(2.0f) * st_fRec13_0);
		ss_wi iTemp10 = (ss_wbcasti(1103515245) * (st_iRec15_1 + ss_wbcasti(12345)));
		st_iRec15_0 = (ss_wbcasti(1103515245) * (iTemp10 + ss_wbcasti(12345)));
		ss_wi iRec16 = iTemp10;
		st_fRec14_0 = ss_wself((((-(st_fRec13_0 < st_fRec13_1)) | (ss_wbcasti(1) - st_iVec0_1)) != 0), (ss_wbcastf(4.656613e-10f) * __builtin_convertvector(iRec16, ss_wf)), st_fRec14_1);
		st_fRec12_0 = ((ss_wbcastf(st_fConst8) * ss_wself((iSlow27 != 0), ss_wself((iSlow31 != 0), st_fRec11_0, ss_wself((iSlow32 != 0), st_fRec14_0, (fTemp9 + ss_wbcastf((-1.0f))))), ss_wself((iSlow28 != 0), (ss_wbcastf(1.0f) - fTemp9), ss_wself((iSlow29 != 0), __builtin_convertvector(ss_wseli(((-(st_fRec13_0 < ss_wbcastf(0.5f))) != 0), ss_wbcasti(1), ss_wbcasti((-1))), ss_wf), (ss_wbcastf(1.0f) - (ss_wbcastf(4.0f) * ss_wfabsf((st_fRec13_0 + (ss_wbcastf((-0.25f)) - ss_wfloorf((st_fRec13_0 + ss_wbcastf(0.25f)))))))))))) + (ss_wbcastf(st_fConst6) * st_fRec12_1));
		ss_wf fTemp11 = (ss_wbcastf(256.0f) * ss_wself((ss_wbcastf(1e+01f) < ss_wself((ss_wbcastf(0.0f) > ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0))), ss_wbcastf(0.0f), ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0)))), ss_wbcastf(1e+01f), ss_wself((ss_wbcastf(0.0f) > ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0))), ss_wbcastf(0.0f), ((fSlow35 + (fSlow33 * st_fRec12_0)) + (fSlow25 * st_fRec11_0)))));
		ss_wi iTemp12 = ss_wseli((ss_wbcasti(2559) < __builtin_convertvector(fTemp11, ss_wi)), ss_wbcasti(2559), __builtin_convertvector(fTemp11, ss_wi));
		ss_wf fTemp13 = ss_wgatherf(ftbl1moogSIG1, iTemp12);
		ss_wf fTemp14 = (fTemp13 + ((fTemp11 - __builtin_convertvector(iTemp12, ss_wf)) * (ss_wgatherf(ftbl1moogSIG1, (iTemp12 + ss_wbcasti(1))) - fTemp13)));
		ss_wf fTemp15 = (fSlow39 * st_fRec12_0);
		ss_wf fTemp16 = ss_wself((ss_wbcastf(1.0f) < ss_wself((ss_wbcastf(0.0f) > (fSlow40 + fTemp15)), ss_wbcastf(0.0f), (fSlow40 + fTemp15))), ss_wbcastf(1.0f), ss_wself((ss_wbcastf(0.0f) > (fSlow40 + fTemp15)), ss_wbcastf(0.0f), (fSlow40 + fTemp15)));
		ss_wf fTemp17 = (ss_wbcastf(3.0f) * fTemp16);
		ss_wf fTemp18 = (ss_wbcastf(256.0f) * (ss_wself((ss_wbcastf(4.0f) < ss_wself((ss_wbcastf((-4.0f)) > (fSlow41 * st_fRec12_0)), ss_wbcastf((-4.0f)), (fSlow41 * st_fRec12_0))), ss_wbcastf(4.0f), ss_wself((ss_wbcastf((-4.0f)) > (fSlow41 * st_fRec12_0)), ss_wbcastf((-4.0f)), (fSlow41 * st_fRec12_0))) + ss_wbcastf(4.0f)));
		ss_wi iTemp19 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp18, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp18, ss_wi));
		ss_wf fTemp20 = ss_wgatherf(ftbl2moogSIG2, iTemp19);
		ss_wf fTemp21 = ss_wself((ss_wbcastf(0.45f) < (fSlow43 * (fTemp20 + ((fTemp18 - __builtin_convertvector(iTemp19, ss_wf)) * (ss_wgatherf(ftbl2moogSIG2, (iTemp19 + ss_wbcasti(1))) - fTemp20))))), ss_wbcastf(0.45f), (fSlow43 * (fTemp20 + ((fTemp18 - __builtin_convertvector(iTemp19, ss_wf)) * (ss_wgatherf(ftbl2moogSIG2, (iTemp19 + ss_wbcasti(1))) - fTemp20)))));
		ss_wf fTemp22 = (ss_wbcastf(256.0f) * (ss_wself((ss_wbcastf(4.0f) < ss_wself((ss_wbcastf((-4.0f)) > (fSlow44 * st_fRec12_0)), ss_wbcastf((-4.0f)), (fSlow44 * st_fRec12_0))), ss_wbcastf(4.0f), ss_wself((ss_wbcastf((-4.0f)) > (fSlow44 * st_fRec12_0)), ss_wbcastf((-4.0f)), (fSlow44 * st_fRec12_0))) + ss_wbcastf(4.0f)));
		ss_wi iTemp23 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp22, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp22, ss_wi));
		ss_wf fTemp24 = ss_wgatherf(ftbl2moogSIG2, iTemp23);
		ss_wf fTemp25 = ss_wself((ss_wbcastf(0.45f) < (fSlow45 * (fTemp24 + ((fTemp22 - __builtin_convertvector(iTemp23, ss_wf)) * (ss_wgatherf(ftbl2moogSIG2, (iTemp23 + ss_wbcasti(1))) - fTemp24))))), ss_wbcastf(0.45f), (fSlow45 * (fTemp24 + ((fTemp22 - __builtin_convertvector(iTemp23, ss_wf)) * (ss_wgatherf(ftbl2moogSIG2, (iTemp23 + ss_wbcasti(1))) - fTemp24)))));
		ss_wf fTemp26 = (st_fRec19_1 + fTemp25);
		st_fRec19_0 = (fTemp26 - ss_wfloorf(fTemp26));
		ss_wf fTemp27 = (st_fRec18_1 + fTemp21);
		ss_wf fTemp28 = ((st_fRec19_0 * fTemp21) / fTemp25);
		st_fRec18_0 = ss_wself((__builtin_convertvector((fSlow46 * __builtin_convertvector((-(st_fRec19_0 < st_fRec19_1)), ss_wf)), ss_wi) != 0), (fTemp28 - ss_wfloorf(fTemp28)), (fTemp27 - ss_wfloorf(fTemp27)));
		ss_wf fTemp29 = (ss_wbcastf(1.0f) - fTemp21);
		ss_wf fTemp30 = (st_fRec18_0 + ss_wbcastf((-1.0f)));
		ss_wf fTemp31 = ss_wself(((-(st_fRec18_0 < fTemp21)) != 0), (((st_fRec18_0 * (ss_wbcastf(2.0f) - (st_fRec18_0 / fTemp21))) / fTemp21) + ss_wbcastf((-1.0f))), ss_wself(((-(st_fRec18_0 > fTemp29)) != 0), (((fTemp30 * ((fTemp30 / fTemp21) + ss_wbcastf(2.0f))) / fTemp21) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)));
		ss_wf fTemp32 = (ss_wbcastf(0.42f) * ss_wself((ss_wbcastf(0.0f) > (fTemp17 + ss_wbcastf((-2.0f)))), ss_wbcastf(0.0f), (fTemp17 + ss_wbcastf((-2.0f)))));
		ss_wf fTemp33 = (fTemp32 + ss_wfloorf((st_fRec18_0 + (ss_wbcastf(0.5f) - fTemp32))));
		ss_wf fTemp34 = (st_fRec18_0 + (ss_wbcastf(0.5f) - fTemp33));
		ss_wf fTemp35 = (st_fRec18_0 - fTemp34);
		ss_wf fTemp36 = (st_fRec18_0 + (ss_wbcastf((-0.5f)) - fTemp33));
		ss_wf fTemp37 = ss_wself(((-(fTemp34 < fTemp21)) != 0), (((fTemp34 * (ss_wbcastf(2.0f) - (fTemp34 / fTemp21))) / fTemp21) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp34 > fTemp29)) != 0), (((fTemp36 * ((fTemp36 / fTemp21) + ss_wbcastf(2.0f))) / fTemp21) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)));
		ss_wf fTemp38 = (ss_wbcastf(2.0f) * st_fRec18_0);
		ss_wf fTemp39 = (ss_wbcastf(4.0f) * ss_wfabsf((st_fRec18_0 + (ss_wbcastf((-0.25f)) - ss_wfloorf((st_fRec18_0 + ss_wbcastf(0.25f)))))));
		ss_wf fTemp40 = (ss_wbcastf(0.5f) * fTemp25);
		ss_wf fTemp41 = (st_fRec20_1 + fTemp40);
		st_fRec20_0 = (fTemp41 - ss_wfloorf(fTemp41));
		ss_wf fTemp42 = (ss_wbcastf(1.0f) - fTemp40);
		ss_wf fTemp43 = (st_fRec20_0 + ss_wbcastf((-1.0f)));
		ss_wf fTemp44 = ss_wfloorf((st_fRec20_0 + ss_wbcastf(0.5f)));
		ss_wf fTemp45 = (st_fRec20_0 + (ss_wbcastf(0.5f) - fTemp44));
		ss_wf fTemp46 = (st_fRec20_0 + (ss_wbcastf((-0.5f)) - fTemp44));
		ss_wf fTemp47 = ss_wself((ss_wbcastf(1.0f) < ss_wself((ss_wbcastf(0.0f) > (fSlow49 + fTemp15)), ss_wbcastf(0.0f), (fSlow49 + fTemp15))), ss_wbcastf(1.0f), ss_wself((ss_wbcastf(0.0f) > (fSlow49 + fTemp15)), ss_wbcastf(0.0f), (fSlow49 + fTemp15)));
		ss_wf fTemp48 = (ss_wbcastf(3.0f) * fTemp47);
		ss_wf fTemp49 = (ss_wbcastf(1.0f) - fTemp25);
		ss_wf fTemp50 = (st_fRec19_0 + ss_wbcastf((-1.0f)));
		ss_wf fTemp51 = ss_wself(((-(st_fRec19_0 < fTemp25)) != 0), (((st_fRec19_0 * (ss_wbcastf(2.0f) - (st_fRec19_0 / fTemp25))) / fTemp25) + ss_wbcastf((-1.0f))), ss_wself(((-(st_fRec19_0 > fTemp49)) != 0), (((fTemp50 * ((fTemp50 / fTemp25) + ss_wbcastf(2.0f))) / fTemp25) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)));
		ss_wf fTemp52 = (ss_wbcastf(0.42f) * ss_wself((ss_wbcastf(0.0f) > (fTemp48 + ss_wbcastf((-2.0f)))), ss_wbcastf(0.0f), (fTemp48 + ss_wbcastf((-2.0f)))));
		ss_wf fTemp53 = (fTemp52 + ss_wfloorf((st_fRec19_0 + (ss_wbcastf(0.5f) - fTemp52))));
		ss_wf fTemp54 = (st_fRec19_0 + (ss_wbcastf(0.5f) - fTemp53));
		ss_wf fTemp55 = (st_fRec19_0 - fTemp54);
		ss_wf fTemp56 = (st_fRec19_0 + (ss_wbcastf((-0.5f)) - fTemp53));
		ss_wf fTemp57 = ss_wself(((-(fTemp54 < fTemp25)) != 0), (((fTemp54 * (ss_wbcastf(2.0f) - (fTemp54 / fTemp25))) / fTemp25) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp54 > fTemp49)) != 0), (((fTemp56 * ((fTemp56 / fTemp25) + ss_wbcastf(2.0f))) / fTemp25) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)));
		ss_wf fTemp58 = (ss_wbcastf(2.0f) * st_fRec19_0);
		ss_wf fTemp59 = (ss_wbcastf(4.0f) * ss_wfabsf((st_fRec19_0 + (ss_wbcastf((-0.25f)) - ss_wfloorf((st_fRec19_0 + ss_wbcastf(0.25f)))))));
		ss_wf fTemp60 = (ss_wbcastf(128.0f) * (ss_wself((ss_wbcastf(8.0f) < ss_wself((ss_wbcastf((-8.0f)) > (fSlow52 * ((((fSlow50 * ss_wself(((-(fTemp48 < ss_wbcastf(1.0f))) != 0), ((fTemp59 + ((ss_wbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp48 < ss_wbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_wbcastf((-1.0f))) * (fTemp57 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_wbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_wbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_wself(((-(fTemp45 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((fTemp45 * (ss_wbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp45 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f))) + (ss_wbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_wself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((st_fRec20_0 * (ss_wbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)))))) + (fSlow47 * ss_wself(((-(fTemp17 < ss_wbcastf(1.0f))) != 0), ((fTemp39 + ((ss_wbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp17 < ss_wbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_wbcastf((-1.0f))) * (fTemp37 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_wbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_wbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_wf))))), ss_wbcastf((-8.0f)), (fSlow52 * ((((fSlow50 * ss_wself(((-(fTemp48 < ss_wbcastf(1.0f))) != 0), ((fTemp59 + ((ss_wbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp48 < ss_wbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_wbcastf((-1.0f))) * (fTemp57 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_wbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_wbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_wself(((-(fTemp45 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((fTemp45 * (ss_wbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp45 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f))) + (ss_wbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_wself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((st_fRec20_0 * (ss_wbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)))))) + (fSlow47 * ss_wself(((-(fTemp17 < ss_wbcastf(1.0f))) != 0), ((fTemp39 + ((ss_wbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp17 < ss_wbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_wbcastf((-1.0f))) * (fTemp37 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_wbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_wbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_wf)))))), ss_wbcastf(8.0f), ss_wself((ss_wbcastf((-8.0f)) > (fSlow52 * ((((fSlow50 * ss_wself(((-(fTemp48 < ss_wbcastf(1.0f))) != 0), ((fTemp59 + ((ss_wbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp48 < ss_wbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_wbcastf((-1.0f))) * (fTemp57 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_wbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_wbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_wself(((-(fTemp45 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((fTemp45 * (ss_wbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp45 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f))) + (ss_wbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_wself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((st_fRec20_0 * (ss_wbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)))))) + (fSlow47 * ss_wself(((-(fTemp17 < ss_wbcastf(1.0f))) != 0), ((fTemp39 + ((ss_wbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp17 < ss_wbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_wbcastf((-1.0f))) * (fTemp37 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_wbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_wbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_wf))))), ss_wbcastf((-8.0f)), (fSlow52 * ((((fSlow50 * ss_wself(((-(fTemp48 < ss_wbcastf(1.0f))) != 0), ((fTemp59 + ((ss_wbcastf(3.0f) * fTemp47) * (fTemp58 - (fTemp51 + fTemp59)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp48 < ss_wbcastf(2.0f))) != 0), ((fTemp58 + ((fTemp48 + ss_wbcastf((-1.0f))) * (fTemp57 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec19_0 - fTemp55)))))) + (ss_wbcastf((-1.0f)) - fTemp51)), ((fTemp57 + (ss_wbcastf(2.0f) * fTemp55)) - fTemp51)))) + (fSlow48 * ((ss_wself(((-(fTemp45 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((fTemp45 * (ss_wbcastf(1.0f) - (fTemp45 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp45 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp46 * ((fTemp46 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f))) + (ss_wbcastf(2.0f) * (st_fRec20_0 - fTemp45))) - ss_wself(((-(st_fRec20_0 < fTemp40)) != 0), ((ss_wbcastf(4.0f) * ((st_fRec20_0 * (ss_wbcastf(1.0f) - (st_fRec20_0 / fTemp25))) / fTemp25)) + ss_wbcastf((-1.0f))), ss_wself(((-(st_fRec20_0 > fTemp42)) != 0), ((ss_wbcastf(4.0f) * ((fTemp43 * ((fTemp43 / fTemp25) + ss_wbcastf(1.0f))) / fTemp25)) + ss_wbcastf(1.0f)), ss_wbcastf(0.0f)))))) + (fSlow47 * ss_wself(((-(fTemp17 < ss_wbcastf(1.0f))) != 0), ((fTemp39 + ((ss_wbcastf(3.0f) * fTemp16) * (fTemp38 - (fTemp31 + fTemp39)))) + ss_wbcastf((-1.0f))), ss_wself(((-(fTemp17 < ss_wbcastf(2.0f))) != 0), ((fTemp38 + ((fTemp17 + ss_wbcastf((-1.0f))) * (fTemp37 + (ss_wbcastf(1.0f) - (ss_wbcastf(2.0f) * (st_fRec18_0 - fTemp35)))))) + (ss_wbcastf((-1.0f)) - fTemp31)), ((fTemp37 + (ss_wbcastf(2.0f) * fTemp35)) - fTemp31))))) + (fSlow38 * __builtin_convertvector(st_iRec15_0, ss_wf)))))) + ss_wbcastf(8.0f)));
		ss_wi iTemp61 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp60, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp60, ss_wi));
		ss_wf fTemp62 = ss_wgatherf(ftbl0moogSIG0, iTemp61);
		ss_wf fTemp63 = (ss_wbcastf(128.0f) * (ss_wself((ss_wbcastf(8.0f) < ss_wself((ss_wbcastf((-8.0f)) > (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_wf)) * (ss_wgatherf(ftbl0moogSIG0, (iTemp61 + ss_wbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_wbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_wpow4(fTemp14)) + ss_wbcastf(1.0f)))), ss_wbcastf((-8.0f)), (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_wf)) * (ss_wgatherf(ftbl0moogSIG0, (iTemp61 + ss_wbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_wbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_wpow4(fTemp14)) + ss_wbcastf(1.0f))))), ss_wbcastf(8.0f), ss_wself((ss_wbcastf((-8.0f)) > (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_wf)) * (ss_wgatherf(ftbl0moogSIG0, (iTemp61 + ss_wbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_wbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_wpow4(fTemp14)) + ss_wbcastf(1.0f)))), ss_wbcastf((-8.0f)), (((fSlow53 * (fTemp62 + ((fTemp60 - __builtin_convertvector(iTemp61, ss_wf)) * (ss_wgatherf(ftbl0moogSIG0, (iTemp61 + ss_wbcasti(1))) - fTemp62)))) - ((fSlow37 * (ss_wbcastf(1.0f) - fTemp14)) * (st_fRec7_1 + (fTemp14 * (st_fRec6_1 + (fTemp14 * ((fTemp14 * st_fRec4_1) + st_fRec5_1))))))) / ((fSlow37 * ss_wpow4(fTemp14)) + ss_wbcastf(1.0f))))) + ss_wbcastf(8.0f)));
		ss_wi iTemp64 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp63, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp63, ss_wi));
		ss_wf fTemp65 = ss_wgatherf(ftbl0moogSIG0, iTemp64);
		ss_wf fTemp66 = (fTemp14 * ((fTemp65 + ((fTemp63 - __builtin_convertvector(iTemp64, ss_wf)) * (ss_wgatherf(ftbl0moogSIG0, (iTemp64 + ss_wbcasti(1))) - fTemp65))) - st_fRec4_1));
		st_fRec4_0 = (st_fRec4_1 + (ss_wbcastf(2.0f) * fTemp66));
		ss_wf fTemp67 = (fTemp14 * ((st_fRec4_1 + fTemp66) - st_fRec5_1));
		st_fRec5_0 = (st_fRec5_1 + (ss_wbcastf(2.0f) * fTemp67));
		ss_wf fTemp68 = (fTemp14 * ((st_fRec5_1 + fTemp67) - st_fRec6_1));
		st_fRec6_0 = (st_fRec6_1 + (ss_wbcastf(2.0f) * fTemp68));
		ss_wf fTemp69 = (fTemp14 * ((st_fRec6_1 + fTemp68) - st_fRec7_1));
		st_fRec7_0 = (st_fRec7_1 + (ss_wbcastf(2.0f) * fTemp69));
		ss_wf fRec8 = (st_fRec7_1 + fTemp69);
		ss_wf fTemp70 = ((fSlow54 * fRec8) * st_fRec1_0);
		st_fVec2_0 = fTemp70;
		dsp->fRec0[(st_IOTA0 & 511)] = (((ss_wbcastf(0.995f) * dsp->fRec0[((st_IOTA0 - 1) & 511)]) + fTemp70) - st_fVec2_1);
		ss_wf fTemp71 = ss_wfabsf(dsp->fRec0[(st_IOTA0 & 511)]);
		ss_wi iTemp72 = ((-(fTemp71 >= st_fRec24_1)) | (-(__builtin_convertvector(st_iRec23_1, ss_wf) >= ss_wbcastf(st_fConst12))));
		st_iRec23_0 = ss_wseli((iTemp72 != 0), ss_wbcasti(0), (st_iRec23_1 + ss_wbcasti(1)));
		st_fRec24_0 = ss_wself((iTemp72 != 0), fTemp71, st_fRec24_1);
		st_fRec22_0 = ((ss_wbcastf(st_fConst13) * st_fRec24_0) + (ss_wbcastf(st_fConst11) * st_fRec22_1));
		ss_wf fTemp73 = ss_wfabsf(st_fRec22_0);
		st_fRec21_0 = ss_wself((fTemp73 > ((ss_wbcastf(st_fConst14) * st_fRec21_1) + (ss_wbcastf(st_fConst15) * fTemp73))), fTemp73, ((ss_wbcastf(st_fConst14) * st_fRec21_1) + (ss_wbcastf(st_fConst15) * fTemp73)));
		out[i0] = ss_wself((ss_wbcastf(0.999f) < ss_wself((ss_wbcastf((-0.999f)) > (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)])), ss_wbcastf((-0.999f)), (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)]))), ss_wbcastf(0.999f), ss_wself((ss_wbcastf((-0.999f)) > (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)])), ss_wbcastf((-0.999f)), (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec21_0 > ss_wbcastf(1.1920929e-07f)), st_fRec21_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fRec0[((st_IOTA0 - st_iConst10) & 511)])));
		st_iVec0_1 = st_iVec0_0;
		st_iRec2_1 = st_iRec2_0;
		st_iVec1_1 = st_iVec1_0;
		st_iRec3_1 = st_iRec3_0;
		st_fRec1_1 = st_fRec1_0;
		st_fRec11_1 = st_fRec11_0;
		st_fRec13_1 = st_fRec13_0;
		st_iRec15_1 = st_iRec15_0;
		st_fRec14_1 = st_fRec14_0;
		st_fRec12_1 = st_fRec12_0;
		st_fRec19_1 = st_fRec19_0;
		st_fRec18_1 = st_fRec18_0;
		st_fRec20_1 = st_fRec20_0;
		st_fRec4_1 = st_fRec4_0;
		st_fRec5_1 = st_fRec5_0;
		st_fRec6_1 = st_fRec6_0;
		st_fRec7_1 = st_fRec7_0;
		st_fVec2_1 = st_fVec2_0;
		st_IOTA0 = (st_IOTA0 + 1);
		st_iRec23_1 = st_iRec23_0;
		st_fRec24_1 = st_fRec24_0;
		st_fRec22_1 = st_fRec22_0;
		st_fRec21_1 = st_fRec21_0;
	}
	dsp->iVec0[0] = st_iVec0_0;
	dsp->iVec0[1] = st_iVec0_1;
	dsp->iRec2[0] = st_iRec2_0;
	dsp->iRec2[1] = st_iRec2_1;
	dsp->iVec1[0] = st_iVec1_0;
	dsp->iVec1[1] = st_iVec1_1;
	dsp->iRec3[0] = st_iRec3_0;
	dsp->iRec3[1] = st_iRec3_1;
	dsp->fRec1[0] = st_fRec1_0;
	dsp->fRec1[1] = st_fRec1_1;
	dsp->fRec11[0] = st_fRec11_0;
	dsp->fRec11[1] = st_fRec11_1;
	dsp->fRec13[0] = st_fRec13_0;
	dsp->fRec13[1] = st_fRec13_1;
	dsp->iRec15[0] = st_iRec15_0;
	dsp->iRec15[1] = st_iRec15_1;
	dsp->fRec14[0] = st_fRec14_0;
	dsp->fRec14[1] = st_fRec14_1;
	dsp->fRec12[0] = st_fRec12_0;
	dsp->fRec12[1] = st_fRec12_1;
	dsp->fRec19[0] = st_fRec19_0;
	dsp->fRec19[1] = st_fRec19_1;
	dsp->fRec18[0] = st_fRec18_0;
	dsp->fRec18[1] = st_fRec18_1;
	dsp->fRec20[0] = st_fRec20_0;
	dsp->fRec20[1] = st_fRec20_1;
	dsp->fRec4[0] = st_fRec4_0;
	dsp->fRec4[1] = st_fRec4_1;
	dsp->fRec5[0] = st_fRec5_0;
	dsp->fRec5[1] = st_fRec5_1;
	dsp->fRec6[0] = st_fRec6_0;
	dsp->fRec6[1] = st_fRec6_1;
	dsp->fRec7[0] = st_fRec7_0;
	dsp->fRec7[1] = st_fRec7_1;
	dsp->fVec2[0] = st_fVec2_0;
	dsp->fVec2[1] = st_fVec2_1;
	dsp->IOTA0 = st_IOTA0;
	dsp->iRec23[0] = st_iRec23_0;
	dsp->iRec23[1] = st_iRec23_1;
	dsp->fRec24[0] = st_fRec24_0;
	dsp->fRec24[1] = st_fRec24_1;
	dsp->fRec22[0] = st_fRec22_0;
	dsp->fRec22[1] = st_fRec22_1;
	dsp->fRec21[0] = st_fRec21_0;
	dsp->fRec21[1] = st_fRec21_1;
}
#pragma GCC pop_options
#endif
/* ---- end of the lane-parallel twin ---- */
#ifdef __cplusplus
}
#endif

#endif
