/* ------------------------------------------------------------
name: "dawdreamer"
Code generated with Faust 2.85.9 (https://faust.grame.fr)
Compilation options: -lang c -fpga-mem-th 4 -ct 1 -cn noisemaker -es 1 -mcd 16 -mdd 1024 -mdy 33 -single -ftz 0
------------------------------------------------------------ */

#ifndef  __noisemaker_H__
#define  __noisemaker_H__

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

#include "faustc.h"
#include <stdint.h>
#include <stdlib.h>

typedef struct {
	int fSampleRate;
	float fConst1;
	float fConst2;
	int iRec8[2];
	float fConst3;
} noisemakerSIG0;

static noisemakerSIG0* newnoisemakerSIG0() { return (noisemakerSIG0*)calloc(1, sizeof(noisemakerSIG0)); }
static void deletenoisemakerSIG0(noisemakerSIG0* dsp) { free(dsp); }

int getNumInputsnoisemakerSIG0(noisemakerSIG0* RESTRICT dsp) {
	return 0;
}
int getNumOutputsnoisemakerSIG0(noisemakerSIG0* RESTRICT dsp) {
	return 1;
}

static void instanceInitnoisemakerSIG0(noisemakerSIG0* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	dsp->fConst1 = ss_fminf(1.92e+05f, ss_fmaxf(1.0f, (float)(dsp->fSampleRate)));
	dsp->fConst2 = 0.45f * dsp->fConst1;
	dsp->fConst3 = 3.1415927f / dsp->fConst1;
	/* C99 loop */
	{
		int l5;
		for (l5 = 0; l5 < 2; l5 = l5 + 1) {
			dsp->iRec8[l5] = 0;
		}
	}
}

static void fillnoisemakerSIG0(noisemakerSIG0* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i1;
		for (i1 = 0; i1 < count; i1 = i1 + 1) {
			dsp->iRec8[0] = dsp->iRec8[1] + 1;
			float fTemp5 = ss_tanf(dsp->fConst3 * ss_fminf(dsp->fConst2, 2e+01f * ss_powf(2.0f, 0.00390625f * (float)(dsp->iRec8[1]))));
			table[i1] = fTemp5 / (fTemp5 + 1.0f);
			dsp->iRec8[1] = dsp->iRec8[0];
		}
	}
}

typedef struct {
	int iVec2[2];
	int iRec9[2];
	int fSampleRate;
} noisemakerSIG1;

static noisemakerSIG1* newnoisemakerSIG1() { return (noisemakerSIG1*)calloc(1, sizeof(noisemakerSIG1)); }
static void deletenoisemakerSIG1(noisemakerSIG1* dsp) { free(dsp); }

int getNumInputsnoisemakerSIG1(noisemakerSIG1* RESTRICT dsp) {
	return 0;
}
int getNumOutputsnoisemakerSIG1(noisemakerSIG1* RESTRICT dsp) {
	return 1;
}

static void instanceInitnoisemakerSIG1(noisemakerSIG1* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l6;
		for (l6 = 0; l6 < 2; l6 = l6 + 1) {
			dsp->iVec2[l6] = 0;
		}
	}
	/* C99 loop */
	{
		int l7;
		for (l7 = 0; l7 < 2; l7 = l7 + 1) {
			dsp->iRec9[l7] = 0;
		}
	}
}

static void fillnoisemakerSIG1(noisemakerSIG1* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i2;
		for (i2 = 0; i2 < count; i2 = i2 + 1) {
			dsp->iVec2[0] = 1;
			dsp->iRec9[0] = (dsp->iVec2[1] + dsp->iRec9[1]) % 65536;
			table[i2] = ss_sinf(9.58738e-05f * (float)(dsp->iRec9[0]));
			dsp->iVec2[1] = dsp->iVec2[0];
			dsp->iRec9[1] = dsp->iRec9[0];
		}
	}
}

typedef struct {
	int iRec11[2];
	int fSampleRate;
} noisemakerSIG2;

static noisemakerSIG2* newnoisemakerSIG2() { return (noisemakerSIG2*)calloc(1, sizeof(noisemakerSIG2)); }
static void deletenoisemakerSIG2(noisemakerSIG2* dsp) { free(dsp); }

int getNumInputsnoisemakerSIG2(noisemakerSIG2* RESTRICT dsp) {
	return 0;
}
int getNumOutputsnoisemakerSIG2(noisemakerSIG2* RESTRICT dsp) {
	return 1;
}

static void instanceInitnoisemakerSIG2(noisemakerSIG2* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l8;
		for (l8 = 0; l8 < 2; l8 = l8 + 1) {
			dsp->iRec11[l8] = 0;
		}
	}
}

static void fillnoisemakerSIG2(noisemakerSIG2* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i3;
		for (i3 = 0; i3 < count; i3 = i3 + 1) {
			dsp->iRec11[0] = dsp->iRec11[1] + 1;
			table[i3] = ss_powf(2.0f, 0.00390625f * (float)(dsp->iRec11[1]) + -4.0f);
			dsp->iRec11[1] = dsp->iRec11[0];
		}
	}
}

static float noisemaker_faustpower3_f(float value) {
	return value * value * value;
}
static float ftbl0noisemakerSIG0[2561];
static float ftbl1noisemakerSIG1[65536];
static float ftbl2noisemakerSIG2[2049];
static float noisemaker_faustpower4_f(float value) {
	return value * value * value * value;
}
static float noisemaker_faustpower2_f(float value) {
	return value * value;
}

#ifndef FAUSTCLASS 
#define FAUSTCLASS noisemaker
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
	FAUSTFLOAT fHslider0;
	int fSampleRate;
	float fConst0;
	int iVec0[2];
	int iRec1[2];
	int iVec1[2];
	int iRec0[2];
	FAUSTFLOAT fHslider1;
	FAUSTFLOAT fHslider2;
	FAUSTFLOAT fHslider3;
	int iRec2[2];
	FAUSTFLOAT fHslider4;
	FAUSTFLOAT fHslider5;
	float fConst4;
	float fRec12[2];
	FAUSTFLOAT fHslider6;
	FAUSTFLOAT fEntry0;
	FAUSTFLOAT fHslider7;
	float fRec10[2];
	FAUSTFLOAT fHslider8;
	FAUSTFLOAT fHslider9;
	FAUSTFLOAT fHslider10;
	FAUSTFLOAT fHslider11;
	FAUSTFLOAT fHslider12;
	FAUSTFLOAT fHslider13;
	FAUSTFLOAT fHslider14;
	FAUSTFLOAT fHslider15;
	FAUSTFLOAT fHslider16;
	FAUSTFLOAT fHslider17;
	FAUSTFLOAT fEntry1;
	FAUSTFLOAT fEntry2;
	float fConst5;
	float fRec15[2];
	float fRec17[2];
	float fVec3[2];
	int IOTA0;
	float fVec4[4096];
	FAUSTFLOAT fHslider18;
	float fConst6;
	int iRec18[2];
	float fRec13[2];
	float fRec20[2];
	float fVec5[2];
	float fVec6[4096];
	float fConst7;
	float fRec21[2];
	float fConst8;
	float fRec22[2];
	FAUSTFLOAT fHslider19;
	FAUSTFLOAT fHslider20;
	float fRec3[2];
	float fRec4[2];
	float fRec5[2];
	float fRec6[2];
	FAUSTFLOAT fHslider21;
	FAUSTFLOAT fHslider22;
	float fVec7[512];
	int iConst9;
	float fConst10;
	float fConst11;
	int iRec25[2];
	float fRec26[2];
	float fConst12;
	float fRec24[2];
	float fConst13;
	float fConst14;
	float fRec23[2];
} noisemaker;

noisemaker* newnoisemaker() { 
	noisemaker* dsp = (noisemaker*)calloc(1, sizeof(noisemaker));
	return dsp;
}

void deletenoisemaker(noisemaker* dsp) { 
	free(dsp);
}

void metadatanoisemaker(MetaGlue* m) { 
	m->declare(m->metaInterface, "analyzers.lib/name", "Faust Analyzer Library");
	m->declare(m->metaInterface, "analyzers.lib/version", "1.3.0");
	m->declare(m->metaInterface, "basics.lib/name", "Faust Basic Element Library");
	m->declare(m->metaInterface, "basics.lib/peakholder:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "basics.lib/peakholder:copyright", "Copyright (C) 2022 Dario Sanfilippo <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "basics.lib/peakholder:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "basics.lib/version", "1.22.0");
	m->declare(m->metaInterface, "compile_options", "-lang c -fpga-mem-th 4 -ct 1 -cn noisemaker -es 1 -mcd 16 -mdd 1024 -mdy 33 -single -ftz 0");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:copyright", "Copyright (C) 2020 Dario Sanfilippo       <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:license", "GPLv3 license");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:copyright", "Copyright (C) 2020 Dario Sanfilippo       <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:license", "GPLv3 license");
	m->declare(m->metaInterface, "compressors.lib/name", "Faust Compressor Effect Library");
	m->declare(m->metaInterface, "compressors.lib/version", "1.6.0");
	m->declare(m->metaInterface, "envelopes.lib/adsr:author", "Yann Orlarey and Andrey Bundin");
	m->declare(m->metaInterface, "envelopes.lib/author", "GRAME");
	m->declare(m->metaInterface, "envelopes.lib/copyright", "GRAME");
	m->declare(m->metaInterface, "envelopes.lib/license", "LGPL with exception");
	m->declare(m->metaInterface, "envelopes.lib/name", "Faust Envelope Library");
	m->declare(m->metaInterface, "envelopes.lib/version", "1.3.0");
	m->declare(m->metaInterface, "filename", "dawdreamer");
	m->declare(m->metaInterface, "filters.lib/lowpass0_highpass1", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/name", "Faust Filters Library");
	m->declare(m->metaInterface, "filters.lib/pole:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/pole:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/pole:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/version", "1.7.1");
	m->declare(m->metaInterface, "maths.lib/author", "GRAME");
	m->declare(m->metaInterface, "maths.lib/copyright", "GRAME");
	m->declare(m->metaInterface, "maths.lib/license", "LGPL with exception");
	m->declare(m->metaInterface, "maths.lib/name", "Faust Math Library");
	m->declare(m->metaInterface, "maths.lib/version", "2.9.0");
	m->declare(m->metaInterface, "name", "dawdreamer");
	m->declare(m->metaInterface, "noises.lib/name", "Faust Noise Generator Library");
	m->declare(m->metaInterface, "noises.lib/version", "1.5.0");
	m->declare(m->metaInterface, "oscillators.lib/lf_sawpos:author", "Bart Brouns, revised by Stéphane Letz");
	m->declare(m->metaInterface, "oscillators.lib/lf_sawpos:licence", "STK-4.3");
	m->declare(m->metaInterface, "oscillators.lib/name", "Faust Oscillator Library");
	m->declare(m->metaInterface, "oscillators.lib/saw2ptr:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "oscillators.lib/saw2ptr:license", "STK-4.3");
	m->declare(m->metaInterface, "oscillators.lib/sawN:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "oscillators.lib/sawN:license", "STK-4.3");
	m->declare(m->metaInterface, "oscillators.lib/version", "1.7.0");
	m->declare(m->metaInterface, "platform.lib/name", "Generic Platform Library");
	m->declare(m->metaInterface, "platform.lib/version", "1.3.0");
	m->declare(m->metaInterface, "routes.lib/name", "Faust Signal Routing Library");
	m->declare(m->metaInterface, "routes.lib/version", "1.3.0");
	m->declare(m->metaInterface, "signals.lib/name", "Faust Routing Library");
	m->declare(m->metaInterface, "signals.lib/version", "1.6.0");
}

int getSampleRatenoisemaker(noisemaker* RESTRICT dsp) {
	return dsp->fSampleRate;
}

int getNumInputsnoisemaker(noisemaker* RESTRICT dsp) {
	return 0;
}
int getNumOutputsnoisemaker(noisemaker* RESTRICT dsp) {
	return 1;
}

void classInitnoisemaker(int sample_rate) {
	noisemakerSIG0* sig0 = newnoisemakerSIG0();
	instanceInitnoisemakerSIG0(sig0, sample_rate);
	fillnoisemakerSIG0(sig0, 2561, ftbl0noisemakerSIG0);
	noisemakerSIG1* sig1 = newnoisemakerSIG1();
	instanceInitnoisemakerSIG1(sig1, sample_rate);
	fillnoisemakerSIG1(sig1, 65536, ftbl1noisemakerSIG1);
	noisemakerSIG2* sig2 = newnoisemakerSIG2();
	instanceInitnoisemakerSIG2(sig2, sample_rate);
	fillnoisemakerSIG2(sig2, 2049, ftbl2noisemakerSIG2);
	deletenoisemakerSIG0(sig0);
	deletenoisemakerSIG1(sig1);
	deletenoisemakerSIG2(sig2);
}

void instanceResetUserInterfacenoisemaker(noisemaker* dsp) {
	dsp->fHslider0 = (FAUSTFLOAT)(0.67f);
	dsp->fHslider1 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider2 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider3 = (FAUSTFLOAT)(1.0f);
	dsp->fHslider4 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider5 = (FAUSTFLOAT)(0.507f);
	dsp->fHslider6 = (FAUSTFLOAT)(0.517f);
	dsp->fEntry0 = (FAUSTFLOAT)(1.0f);
	dsp->fHslider7 = (FAUSTFLOAT)(0.504f);
	dsp->fHslider8 = (FAUSTFLOAT)(0.65f);
	dsp->fHslider9 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider10 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider11 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider12 = (FAUSTFLOAT)(1.0f);
	dsp->fHslider13 = (FAUSTFLOAT)(0.75f);
	dsp->fHslider14 = (FAUSTFLOAT)(6e+01f);
	dsp->fHslider15 = (FAUSTFLOAT)(1.0f);
	dsp->fHslider16 = (FAUSTFLOAT)(0.541f);
	dsp->fHslider17 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry1 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry2 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider18 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider19 = (FAUSTFLOAT)(1.0f);
	dsp->fHslider20 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider21 = (FAUSTFLOAT)(0.517f);
	dsp->fHslider22 = (FAUSTFLOAT)(1.2e+02f);
}

void instanceClearnoisemaker(noisemaker* dsp) {
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
			dsp->iRec1[l1] = 0;
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
			dsp->iRec0[l3] = 0;
		}
	}
	/* C99 loop */
	{
		int l4;
		for (l4 = 0; l4 < 2; l4 = l4 + 1) {
			dsp->iRec2[l4] = 0;
		}
	}
	/* C99 loop */
	{
		int l9;
		for (l9 = 0; l9 < 2; l9 = l9 + 1) {
			dsp->fRec12[l9] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l10;
		for (l10 = 0; l10 < 2; l10 = l10 + 1) {
			dsp->fRec10[l10] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l11;
		for (l11 = 0; l11 < 2; l11 = l11 + 1) {
			dsp->fRec15[l11] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l12;
		for (l12 = 0; l12 < 2; l12 = l12 + 1) {
			dsp->fRec17[l12] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l13;
		for (l13 = 0; l13 < 2; l13 = l13 + 1) {
			dsp->fVec3[l13] = 0.0f;
		}
	}
	dsp->IOTA0 = 0;
	/* C99 loop */
	{
		int l14;
		for (l14 = 0; l14 < 4096; l14 = l14 + 1) {
			dsp->fVec4[l14] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l15;
		for (l15 = 0; l15 < 2; l15 = l15 + 1) {
			dsp->iRec18[l15] = 0;
		}
	}
	/* C99 loop */
	{
		int l16;
		for (l16 = 0; l16 < 2; l16 = l16 + 1) {
			dsp->fRec13[l16] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l17;
		for (l17 = 0; l17 < 2; l17 = l17 + 1) {
			dsp->fRec20[l17] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l18;
		for (l18 = 0; l18 < 2; l18 = l18 + 1) {
			dsp->fVec5[l18] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l19;
		for (l19 = 0; l19 < 4096; l19 = l19 + 1) {
			dsp->fVec6[l19] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l20;
		for (l20 = 0; l20 < 2; l20 = l20 + 1) {
			dsp->fRec21[l20] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l21;
		for (l21 = 0; l21 < 2; l21 = l21 + 1) {
			dsp->fRec22[l21] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l22;
		for (l22 = 0; l22 < 2; l22 = l22 + 1) {
			dsp->fRec3[l22] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l23;
		for (l23 = 0; l23 < 2; l23 = l23 + 1) {
			dsp->fRec4[l23] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l24;
		for (l24 = 0; l24 < 2; l24 = l24 + 1) {
			dsp->fRec5[l24] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l25;
		for (l25 = 0; l25 < 2; l25 = l25 + 1) {
			dsp->fRec6[l25] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l26;
		for (l26 = 0; l26 < 512; l26 = l26 + 1) {
			dsp->fVec7[l26] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l27;
		for (l27 = 0; l27 < 2; l27 = l27 + 1) {
			dsp->iRec25[l27] = 0;
		}
	}
	/* C99 loop */
	{
		int l28;
		for (l28 = 0; l28 < 2; l28 = l28 + 1) {
			dsp->fRec26[l28] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l29;
		for (l29 = 0; l29 < 2; l29 = l29 + 1) {
			dsp->fRec24[l29] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l30;
		for (l30 = 0; l30 < 2; l30 = l30 + 1) {
			dsp->fRec23[l30] = 0.0f;
		}
	}
}

void instanceConstantsnoisemaker(noisemaker* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	dsp->fConst0 = ss_fminf(1.92e+05f, ss_fmaxf(1.0f, (float)(dsp->fSampleRate)));
	dsp->fConst4 = 0.1f / dsp->fConst0;
	dsp->fConst5 = 1.0f / dsp->fConst0;
	dsp->fConst6 = 0.25f * dsp->fConst0;
	dsp->fConst7 = 0.5f * dsp->fConst0;
	dsp->fConst8 = 4.0f / dsp->fConst0;
	dsp->iConst9 = (int)(0.002f * dsp->fConst0);
	dsp->fConst10 = ss_expf(-(2.5e+03f / dsp->fConst0));
	dsp->fConst11 = 0.005f * dsp->fConst0;
	dsp->fConst12 = 1.0f - dsp->fConst10;
	dsp->fConst13 = ss_expf(-(6.6666665f / dsp->fConst0));
	dsp->fConst14 = 1.0f - dsp->fConst13;
}
	
void instanceInitnoisemaker(noisemaker* dsp, int sample_rate) {
	instanceConstantsnoisemaker(dsp, sample_rate);
	instanceResetUserInterfacenoisemaker(dsp);
	instanceClearnoisemaker(dsp);
}

void initnoisemaker(noisemaker* dsp, int sample_rate) {
	classInitnoisemaker(sample_rate);
	instanceInitnoisemaker(dsp, sample_rate);
}

void buildUserInterfacenoisemaker(noisemaker* dsp, UIGlue* ui_interface) {
	ui_interface->openVerticalBox(ui_interface->uiInterface, "dawdreamer");
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "amp_attack", &dsp->fHslider1, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "amp_decay", &dsp->fHslider2, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "amp_release", &dsp->fHslider4, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "amp_sustain", &dsp->fHslider3, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_attack", &dsp->fHslider10, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_contour", &dsp->fHslider13, (FAUSTFLOAT)0.75f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_cutoff", &dsp->fHslider16, (FAUSTFLOAT)0.541f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_decay", &dsp->fHslider11, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_keyfollow", &dsp->fHslider15, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_release", &dsp->fHslider9, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_resonance", &dsp->fHslider17, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_sustain", &dsp->fHslider12, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "lfo1_amount", &dsp->fHslider6, (FAUSTFLOAT)0.517f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "lfo1_destination", &dsp->fEntry0, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)6.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "lfo1_rate", &dsp->fHslider5, (FAUSTFLOAT)0.507f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "lfo2_amount", &dsp->fHslider8, (FAUSTFLOAT)0.65f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "lfo2_rate", &dsp->fHslider7, (FAUSTFLOAT)0.504f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "master_volume", &dsp->fHslider21, (FAUSTFLOAT)0.517f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "note", &dsp->fHslider14, (FAUSTFLOAT)6e+01f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)127.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "note_length", &dsp->fHslider0, (FAUSTFLOAT)0.67f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)6e+01f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "osc1_pulse_width", &dsp->fHslider18, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "osc1_volume", &dsp->fHslider20, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "osc1_wave", &dsp->fEntry2, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)2.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "osc2_volume", &dsp->fHslider19, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "osc2_wave", &dsp->fEntry1, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)4.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "velocity", &dsp->fHslider22, (FAUSTFLOAT)1.2e+02f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)127.0f, (FAUSTFLOAT)1.0f);
	ui_interface->closeBox(ui_interface->uiInterface);
}

void computenoisemaker(noisemaker* dsp, int count, FAUSTFLOAT** RESTRICT inputs, FAUSTFLOAT** RESTRICT outputs) {
	FAUSTFLOAT* output0 = outputs[0];
	float fSlow0 = dsp->fConst0 * (float)(dsp->fHslider0);
	float fSlow1 = ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider1)) + 0.001f));
	float fSlow2 = 1.0f / fSlow1;
	float fSlow3 = (float)(dsp->fHslider3);
	float fSlow4 = (1.0f - fSlow3) / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider2)) + 0.001f));
	float fSlow5 = 1.0f / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider4)) + 0.001f));
	float fSlow6 = dsp->fConst4 * ss_powf(2.0f, 9.0f * (float)(dsp->fHslider5));
	float fSlow7 = 2.0f * (float)(dsp->fHslider6) + -1.0f;
	float fSlow8 = (float)(dsp->fEntry0);
	float fSlow9 = 4.0f * (float)(fSlow8 == 6.0f) * fSlow7;
	float fSlow10 = dsp->fConst4 * ss_powf(2.0f, 9.0f * (float)(dsp->fHslider7));
	float fSlow11 = 2.0f * (2.0f * (float)(dsp->fHslider8) + -1.0f);
	float fSlow12 = 3.0f * (float)(fSlow8 == 1.0f) * fSlow7;
	float fSlow13 = 1.0f / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider9)) + 0.001f));
	float fSlow14 = ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider10)) + 0.001f));
	float fSlow15 = 1.0f / fSlow14;
	float fSlow16 = (float)(dsp->fHslider12);
	float fSlow17 = (1.0f - fSlow16) / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider11)) + 0.001f));
	float fSlow18 = 6.0f * (2.0f * (float)(dsp->fHslider13) + -1.0f);
	float fSlow19 = (float)(dsp->fHslider14);
	float fSlow20 = 1e+01f * (float)(dsp->fHslider16) + 0.083333336f * (float)(dsp->fHslider15) * (fSlow19 + -6e+01f);
	float fSlow21 = 0.1646572f * (23.5f * (float)(dsp->fHslider17) + -0.00010678119f);
	float fSlow22 = (float)(dsp->fEntry1);
	int iSlow23 = fSlow22 >= 3.0f;
	int iSlow24 = fSlow22 >= 2.0f;
	int iSlow25 = fSlow22 >= 1.0f;
	float fSlow26 = (float)(dsp->fEntry2);
	int iSlow27 = fSlow26 >= 2.0f;
	int iSlow28 = fSlow26 >= 1.0f;
	float fSlow29 = (float)(fSlow8 == 2.0f) * fSlow7;
	float fSlow30 = 4.4e+02f * ss_powf(2.0f, 0.083333336f * (fSlow19 + -69.0f));
	float fSlow31 = (float)(fSlow8 == 4.0f) * fSlow7;
	float fSlow32 = (float)(dsp->fHslider18);
	float fSlow33 = 2.0f * (float)(fSlow8 == 5.0f);
	float fSlow34 = (float)(fSlow8 == 3.0f) * fSlow7;
	int iSlow35 = fSlow22 >= 4.0f;
	float fSlow36 = (float)(dsp->fHslider19);
	float fSlow37 = (float)(dsp->fHslider20);
	float fSlow38 = 0.015748031f * (float)(dsp->fHslider22) * noisemaker_faustpower2_f((float)(dsp->fHslider21));
	/* C99 loop */
	{
		int i0;
		for (i0 = 0; i0 < count; i0 = i0 + 1) {
			dsp->iVec0[0] = 1;
			dsp->iRec1[0] = dsp->iRec1[1] + 1;
			int iTemp0 = (float)(dsp->iRec1[1]) < fSlow0;
			dsp->iVec1[0] = iTemp0;
			dsp->iRec0[0] = iTemp0 + dsp->iRec0[1] * (dsp->iVec1[1] >= iTemp0);
			float fTemp1 = (float)(dsp->iRec0[0]);
			float fTemp2 = ss_fminf(fSlow2 * fTemp1, ss_fmaxf(fSlow4 * (fSlow1 - fTemp1) + 1.0f, fSlow3));
			dsp->iRec2[0] = (dsp->iRec2[1] + 1) * (iTemp0 == 0);
			float fTemp3 = (float)(dsp->iRec2[0]);
			float fTemp4 = 1.0f - fSlow5 * fTemp3;
			int iTemp6 = 1 - dsp->iVec0[1];
			float fTemp7 = ((iTemp6) ? 0.0f : fSlow6 + dsp->fRec12[1]);
			dsp->fRec12[0] = fTemp7 - floorf(fTemp7);
			float fTemp8 = ftbl1noisemakerSIG1[faustmaxi(0, faustmini((int)(65536.0f * dsp->fRec12[0]), 65535))];
			float fTemp9 = 256.0f * (ss_fminf(4.0f, ss_fmaxf(-4.0f, fSlow9 * fTemp8)) + 4.0f);
			int iTemp10 = faustmini(2047, (int)(fTemp9));
			float fTemp11 = ftbl2noisemakerSIG2[iTemp10];
			float fTemp12 = ((iTemp6) ? 0.0f : dsp->fRec10[1] + fSlow10 * (fTemp11 + (fTemp9 - (float)(iTemp10)) * (ftbl2noisemakerSIG2[iTemp10 + 1] - fTemp11)));
			dsp->fRec10[0] = fTemp12 - floorf(fTemp12);
			float fTemp13 = 256.0f * ss_fminf(1e+01f, ss_fmaxf(0.0f, fSlow20 + fSlow18 * ss_fmaxf(0.0f, ss_fminf(fSlow15 * fTemp1, ss_fmaxf(fSlow17 * (fSlow14 - fTemp1) + 1.0f, fSlow16)) * (1.0f - fSlow13 * fTemp3)) + fSlow12 * fTemp8 + fSlow11 * ftbl1noisemakerSIG1[faustmaxi(0, faustmini((int)(65536.0f * dsp->fRec10[0]), 65535))]));
			int iTemp14 = faustmini(2559, (int)(fTemp13));
			float fTemp15 = ftbl0noisemakerSIG0[iTemp14];
			float fTemp16 = fTemp15 + (fTemp13 - (float)(iTemp14)) * (ftbl0noisemakerSIG0[iTemp14 + 1] - fTemp15);
			float fTemp17 = 256.0f * (ss_fminf(4.0f, ss_fmaxf(-4.0f, fSlow29 * fTemp8)) + 4.0f);
			int iTemp18 = faustmini(2047, (int)(fTemp17));
			float fTemp19 = ftbl2noisemakerSIG2[iTemp18];
			float fTemp20 = fSlow30 * (fTemp19 + (fTemp17 - (float)(iTemp18)) * (ftbl2noisemakerSIG2[iTemp18 + 1] - fTemp19));
			float fTemp21 = ss_fmaxf(1.1920929e-07f, fabsf(fTemp20));
			float fTemp22 = dsp->fRec15[1] + dsp->fConst5 * fTemp21;
			float fTemp23 = fTemp22 + -1.0f;
			int iTemp24 = fTemp23 < 0.0f;
			dsp->fRec15[0] = ((iTemp24) ? fTemp22 : fTemp23);
			float fRec16 = ((iTemp24) ? fTemp22 : fTemp22 + fTemp23 * (1.0f - dsp->fConst0 / fTemp21));
			float fTemp25 = ss_fmaxf(fTemp20, 23.44895f);
			float fTemp26 = ss_fmaxf(2e+01f, fabsf(fTemp25));
			float fTemp27 = ((iTemp6) ? 0.0f : dsp->fRec17[1] + dsp->fConst5 * fTemp26);
			dsp->fRec17[0] = fTemp27 - floorf(fTemp27);
			float fTemp28 = noisemaker_faustpower2_f(2.0f * dsp->fRec17[0] + -1.0f);
			dsp->fVec3[0] = fTemp28;
			float fTemp29 = (float)(dsp->iVec0[1]);
			float fTemp30 = fTemp29 * (fTemp28 - dsp->fVec3[1]) / fTemp26;
			dsp->fVec4[dsp->IOTA0 & 4095] = fTemp30;
			float fTemp31 = ss_fmaxf(0.0f, ss_fminf(2047.0f, dsp->fConst0 * (ss_fminf(0.97f, ss_fmaxf(0.03f, 0.5f - 0.45f * (fSlow32 + fSlow31 * fTemp8))) / fTemp25)));
			int iTemp32 = (int)(fTemp31);
			float fTemp33 = floorf(fTemp31);
			int iTemp34 = 1103515245 * (dsp->iRec18[1] + 12345);
			dsp->iRec18[0] = 1103515245 * (iTemp34 + 12345);
			int iRec19 = iTemp34;
			float fTemp35 = ((iSlow27) ? 4.656613e-10f * (float)(dsp->iRec18[0]) : ((iSlow28) ? dsp->fConst6 * (fTemp30 - dsp->fVec4[(dsp->IOTA0 - iTemp32) & 4095] * (fTemp33 + (1.0f - fTemp31)) - (fTemp31 - fTemp33) * dsp->fVec4[(dsp->IOTA0 - (iTemp32 + 1)) & 4095]) : 2.0f * fRec16 + -1.0f));
			float fTemp36 = 256.0f * (ss_fminf(4.0f, ss_fmaxf(-4.0f, fSlow34 * fTemp8)) + 4.0f);
			int iTemp37 = faustmini(2047, (int)(fTemp36));
			float fTemp38 = ftbl2noisemakerSIG2[iTemp37];
			float fTemp39 = ss_fmaxf(1.0f, fSlow30 * (fTemp38 + (fTemp36 - (float)(iTemp37)) * (ftbl2noisemakerSIG2[iTemp37 + 1] - fTemp38)) * (fSlow33 * fTemp35 * fabsf(fSlow7 * fTemp8) + 1.0f));
			float fTemp40 = ss_fmaxf(1.1920929e-07f, fabsf(fTemp39));
			float fTemp41 = dsp->fRec13[1] + dsp->fConst5 * fTemp40;
			float fTemp42 = fTemp41 + -1.0f;
			int iTemp43 = fTemp42 < 0.0f;
			dsp->fRec13[0] = ((iTemp43) ? fTemp41 : fTemp42);
			float fRec14 = ((iTemp43) ? fTemp41 : fTemp41 + fTemp42 * (1.0f - dsp->fConst0 / fTemp40));
			float fTemp44 = ss_fmaxf(fTemp39, 23.44895f);
			float fTemp45 = ss_fmaxf(2e+01f, fabsf(fTemp44));
			float fTemp46 = ((iTemp6) ? 0.0f : dsp->fRec20[1] + dsp->fConst5 * fTemp45);
			dsp->fRec20[0] = fTemp46 - floorf(fTemp46);
			float fTemp47 = noisemaker_faustpower2_f(2.0f * dsp->fRec20[0] + -1.0f);
			dsp->fVec5[0] = fTemp47;
			float fTemp48 = fTemp29 * (fTemp47 - dsp->fVec5[1]) / fTemp45;
			dsp->fVec6[dsp->IOTA0 & 4095] = fTemp48;
			float fTemp49 = ss_fmaxf(0.0f, ss_fminf(2047.0f, dsp->fConst7 / fTemp44));
			int iTemp50 = (int)(fTemp49);
			float fTemp51 = floorf(fTemp49);
			float fTemp52 = dsp->fConst6 * (fTemp48 - dsp->fVec6[(dsp->IOTA0 - iTemp50) & 4095] * (fTemp51 + (1.0f - fTemp49)) - (fTemp49 - fTemp51) * dsp->fVec6[(dsp->IOTA0 - (iTemp50 + 1)) & 4095]);
			dsp->fRec21[0] = fTemp52 + 0.999f * dsp->fRec21[1];
			float fTemp53 = ((iTemp6) ? 0.0f : dsp->fConst5 * fTemp39 + dsp->fRec22[1]);
			dsp->fRec22[0] = fTemp53 - floorf(fTemp53);
			float fTemp54 = fTemp16 * ((fSlow37 * fTemp35 + fSlow36 * ((iSlow23) ? ((iSlow35) ? 4.656613e-10f * (float)(iRec19) : ftbl1noisemakerSIG1[faustmaxi(0, faustmini((int)(65536.0f * dsp->fRec22[0]), 65535))]) : ((iSlow24) ? dsp->fConst8 * dsp->fRec21[0] * fTemp39 : ((iSlow25) ? fTemp52 : 2.0f * fRec14 + -1.0f))) - fSlow21 * (1.0f - fTemp16) * (dsp->fRec6[1] + fTemp16 * (dsp->fRec5[1] + fTemp16 * (fTemp16 * dsp->fRec3[1] + dsp->fRec4[1])))) / (fSlow21 * noisemaker_faustpower4_f(fTemp16) + 1.0f) - dsp->fRec3[1]);
			dsp->fRec3[0] = dsp->fRec3[1] + 2.0f * fTemp54;
			float fTemp55 = fTemp16 * (dsp->fRec3[1] + fTemp54 - dsp->fRec4[1]);
			dsp->fRec4[0] = dsp->fRec4[1] + 2.0f * fTemp55;
			float fTemp56 = fTemp16 * (dsp->fRec4[1] + fTemp55 - dsp->fRec5[1]);
			dsp->fRec5[0] = dsp->fRec5[1] + 2.0f * fTemp56;
			float fTemp57 = fTemp16 * (dsp->fRec5[1] + fTemp56 - dsp->fRec6[1]);
			dsp->fRec6[0] = dsp->fRec6[1] + 2.0f * fTemp57;
			float fRec7 = dsp->fRec6[1] + fTemp57;
			dsp->fVec7[dsp->IOTA0 & 511] = fSlow38 * fRec7 * ss_fmaxf(0.0f, fTemp4 * fTemp2);
			float fTemp58 = fabsf(fSlow38 * fRec7 * ss_fmaxf(0.0f, fTemp2 * fTemp4));
			int iTemp59 = (fTemp58 >= dsp->fRec26[1]) | ((float)(dsp->iRec25[1]) >= dsp->fConst11);
			dsp->iRec25[0] = ((iTemp59) ? 0 : dsp->iRec25[1] + 1);
			dsp->fRec26[0] = ((iTemp59) ? fTemp58 : dsp->fRec26[1]);
			dsp->fRec24[0] = dsp->fConst12 * dsp->fRec26[0] + dsp->fConst10 * dsp->fRec24[1];
			float fTemp60 = fabsf(dsp->fRec24[0]);
			dsp->fRec23[0] = ss_fmaxf(fTemp60, dsp->fConst13 * dsp->fRec23[1] + dsp->fConst14 * fTemp60);
			output0[i0] = (FAUSTFLOAT)(ss_fminf(0.999f, ss_fmaxf(-0.999f, ss_fminf(1.0f, 0.89f / ss_fmaxf(dsp->fRec23[0], 1.1920929e-07f)) * dsp->fVec7[(dsp->IOTA0 - dsp->iConst9) & 511])));
			dsp->iVec0[1] = dsp->iVec0[0];
			dsp->iRec1[1] = dsp->iRec1[0];
			dsp->iVec1[1] = dsp->iVec1[0];
			dsp->iRec0[1] = dsp->iRec0[0];
			dsp->iRec2[1] = dsp->iRec2[0];
			dsp->fRec12[1] = dsp->fRec12[0];
			dsp->fRec10[1] = dsp->fRec10[0];
			dsp->fRec15[1] = dsp->fRec15[0];
			dsp->fRec17[1] = dsp->fRec17[0];
			dsp->fVec3[1] = dsp->fVec3[0];
			dsp->IOTA0 = dsp->IOTA0 + 1;
			dsp->iRec18[1] = dsp->iRec18[0];
			dsp->fRec13[1] = dsp->fRec13[0];
			dsp->fRec20[1] = dsp->fRec20[0];
			dsp->fVec5[1] = dsp->fVec5[0];
			dsp->fRec21[1] = dsp->fRec21[0];
			dsp->fRec22[1] = dsp->fRec22[0];
			dsp->fRec3[1] = dsp->fRec3[0];
			dsp->fRec4[1] = dsp->fRec4[0];
			dsp->fRec5[1] = dsp->fRec5[0];
			dsp->fRec6[1] = dsp->fRec6[0];
			dsp->iRec25[1] = dsp->iRec25[0];
			dsp->fRec26[1] = dsp->fRec26[0];
			dsp->fRec24[1] = dsp->fRec24[0];
			dsp->fRec23[1] = dsp->fRec23[0];
		}
	}
}

/* ---- lane-parallel twin, generated by generators/dsp_lanes.py ---- */
/* SS_LANES (4) patches per call (ssvec.h); each lane the same bits as the scalar class. */
#include "ssvec.h"

typedef struct {
	ss_vf fHslider0;
	int fSampleRate;
	float fConst0;
	ss_vi iVec0[2];
	ss_vi iRec1[2];
	ss_vi iVec1[2];
	ss_vi iRec0[2];
	ss_vf fHslider1;
	ss_vf fHslider2;
	ss_vf fHslider3;
	ss_vi iRec2[2];
	ss_vf fHslider4;
	ss_vf fHslider5;
	float fConst4;
	ss_vf fRec12[2];
	ss_vf fHslider6;
	ss_vf fEntry0;
	ss_vf fHslider7;
	ss_vf fRec10[2];
	ss_vf fHslider8;
	ss_vf fHslider9;
	ss_vf fHslider10;
	ss_vf fHslider11;
	ss_vf fHslider12;
	ss_vf fHslider13;
	ss_vf fHslider14;
	ss_vf fHslider15;
	ss_vf fHslider16;
	ss_vf fHslider17;
	ss_vf fEntry1;
	ss_vf fEntry2;
	float fConst5;
	ss_vf fRec15[2];
	ss_vf fRec17[2];
	ss_vf fVec3[2];
	int IOTA0;
	ss_vf fVec4[4096];
	ss_vf fHslider18;
	float fConst6;
	ss_vi iRec18[2];
	ss_vf fRec13[2];
	ss_vf fRec20[2];
	ss_vf fVec5[2];
	ss_vf fVec6[4096];
	float fConst7;
	ss_vf fRec21[2];
	float fConst8;
	ss_vf fRec22[2];
	ss_vf fHslider19;
	ss_vf fHslider20;
	ss_vf fRec3[2];
	ss_vf fRec4[2];
	ss_vf fRec5[2];
	ss_vf fRec6[2];
	ss_vf fHslider21;
	ss_vf fHslider22;
	ss_vf fVec7[512];
	int iConst9;
	float fConst10;
	float fConst11;
	ss_vi iRec25[2];
	ss_vf fRec26[2];
	float fConst12;
	ss_vf fRec24[2];
	float fConst13;
	float fConst14;
	ss_vf fRec23[2];
} noisemaker_lanes;

size_t sizeofnoisemakerLanes(void) { return sizeof(noisemaker_lanes); }

void clearnoisemakerLanes(void* lanes) {
	noisemaker_lanes* RESTRICT d = (noisemaker_lanes*)lanes;
	memset(&d->iVec0, 0, sizeof(d->iVec0));
	memset(&d->iRec1, 0, sizeof(d->iRec1));
	memset(&d->iVec1, 0, sizeof(d->iVec1));
	memset(&d->iRec0, 0, sizeof(d->iRec0));
	memset(&d->iRec2, 0, sizeof(d->iRec2));
	memset(&d->fRec12, 0, sizeof(d->fRec12));
	memset(&d->fRec10, 0, sizeof(d->fRec10));
	memset(&d->fRec15, 0, sizeof(d->fRec15));
	memset(&d->fRec17, 0, sizeof(d->fRec17));
	memset(&d->fVec3, 0, sizeof(d->fVec3));
	memset(&d->IOTA0, 0, sizeof(d->IOTA0));
	memset(&d->fVec4, 0, sizeof(d->fVec4));
	memset(&d->iRec18, 0, sizeof(d->iRec18));
	memset(&d->fRec13, 0, sizeof(d->fRec13));
	memset(&d->fRec20, 0, sizeof(d->fRec20));
	memset(&d->fVec5, 0, sizeof(d->fVec5));
	memset(&d->fVec6, 0, sizeof(d->fVec6));
	memset(&d->fRec21, 0, sizeof(d->fRec21));
	memset(&d->fRec22, 0, sizeof(d->fRec22));
	memset(&d->fRec3, 0, sizeof(d->fRec3));
	memset(&d->fRec4, 0, sizeof(d->fRec4));
	memset(&d->fRec5, 0, sizeof(d->fRec5));
	memset(&d->fRec6, 0, sizeof(d->fRec6));
	memset(&d->fVec7, 0, sizeof(d->fVec7));
	memset(&d->iRec25, 0, sizeof(d->iRec25));
	memset(&d->fRec26, 0, sizeof(d->fRec26));
	memset(&d->fRec24, 0, sizeof(d->fRec24));
	memset(&d->fRec23, 0, sizeof(d->fRec23));
}

void packnoisemakerLanes(void* lanes, void* scalar, int l) {
	noisemaker_lanes* RESTRICT d = (noisemaker_lanes*)lanes;
	noisemaker* RESTRICT s = (noisemaker*)scalar;
	d->fHslider0[l] = s->fHslider0;
	d->fSampleRate = s->fSampleRate;
	d->fConst0 = s->fConst0;
	d->fHslider1[l] = s->fHslider1;
	d->fHslider2[l] = s->fHslider2;
	d->fHslider3[l] = s->fHslider3;
	d->fHslider4[l] = s->fHslider4;
	d->fHslider5[l] = s->fHslider5;
	d->fConst4 = s->fConst4;
	d->fHslider6[l] = s->fHslider6;
	d->fEntry0[l] = s->fEntry0;
	d->fHslider7[l] = s->fHslider7;
	d->fHslider8[l] = s->fHslider8;
	d->fHslider9[l] = s->fHslider9;
	d->fHslider10[l] = s->fHslider10;
	d->fHslider11[l] = s->fHslider11;
	d->fHslider12[l] = s->fHslider12;
	d->fHslider13[l] = s->fHslider13;
	d->fHslider14[l] = s->fHslider14;
	d->fHslider15[l] = s->fHslider15;
	d->fHslider16[l] = s->fHslider16;
	d->fHslider17[l] = s->fHslider17;
	d->fEntry1[l] = s->fEntry1;
	d->fEntry2[l] = s->fEntry2;
	d->fConst5 = s->fConst5;
	d->fHslider18[l] = s->fHslider18;
	d->fConst6 = s->fConst6;
	d->fConst7 = s->fConst7;
	d->fConst8 = s->fConst8;
	d->fHslider19[l] = s->fHslider19;
	d->fHslider20[l] = s->fHslider20;
	d->fHslider21[l] = s->fHslider21;
	d->fHslider22[l] = s->fHslider22;
	d->iConst9 = s->iConst9;
	d->fConst10 = s->fConst10;
	d->fConst11 = s->fConst11;
	d->fConst12 = s->fConst12;
	d->fConst13 = s->fConst13;
	d->fConst14 = s->fConst14;
}

void computenoisemakerLanes(void* lanes, int count, void* RESTRICT output) {
	noisemaker_lanes* RESTRICT dsp = (noisemaker_lanes*)lanes;
	ss_vf* RESTRICT out = (ss_vf*)output;
	ss_vf fSlow0;
	ss_vf fSlow1;
	ss_vf fSlow2;
	ss_vf fSlow3;
	ss_vf fSlow4;
	ss_vf fSlow5;
	ss_vf fSlow6;
	ss_vf fSlow7;
	ss_vf fSlow8;
	ss_vf fSlow9;
	ss_vf fSlow10;
	ss_vf fSlow11;
	ss_vf fSlow12;
	ss_vf fSlow13;
	ss_vf fSlow14;
	ss_vf fSlow15;
	ss_vf fSlow16;
	ss_vf fSlow17;
	ss_vf fSlow18;
	ss_vf fSlow19;
	ss_vf fSlow20;
	ss_vf fSlow21;
	ss_vf fSlow22;
	ss_vi iSlow23;
	ss_vi iSlow24;
	ss_vi iSlow25;
	ss_vf fSlow26;
	ss_vi iSlow27;
	ss_vi iSlow28;
	ss_vf fSlow29;
	ss_vf fSlow30;
	ss_vf fSlow31;
	ss_vf fSlow32;
	ss_vf fSlow33;
	ss_vf fSlow34;
	ss_vi iSlow35;
	ss_vf fSlow36;
	ss_vf fSlow37;
	ss_vf fSlow38;
	for (int l = 0; l < SS_LANES; l++) {
		fSlow0[l] = dsp->fConst0 * (float)(dsp->fHslider0[l]);
		fSlow1[l] = ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider1[l])) + 0.001f));
		fSlow2[l] = 1.0f / fSlow1[l];
		fSlow3[l] = (float)(dsp->fHslider3[l]);
		fSlow4[l] = (1.0f - fSlow3[l]) / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider2[l])) + 0.001f));
		fSlow5[l] = 1.0f / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider4[l])) + 0.001f));
		fSlow6[l] = dsp->fConst4 * ss_powf(2.0f, 9.0f * (float)(dsp->fHslider5[l]));
		fSlow7[l] = 2.0f * (float)(dsp->fHslider6[l]) + -1.0f;
		fSlow8[l] = (float)(dsp->fEntry0[l]);
		fSlow9[l] = 4.0f * (float)(fSlow8[l] == 6.0f) * fSlow7[l];
		fSlow10[l] = dsp->fConst4 * ss_powf(2.0f, 9.0f * (float)(dsp->fHslider7[l]));
		fSlow11[l] = 2.0f * (2.0f * (float)(dsp->fHslider8[l]) + -1.0f);
		fSlow12[l] = 3.0f * (float)(fSlow8[l] == 1.0f) * fSlow7[l];
		fSlow13[l] = 1.0f / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider9[l])) + 0.001f));
		fSlow14[l] = ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider10[l])) + 0.001f));
		fSlow15[l] = 1.0f / fSlow14[l];
		fSlow16[l] = (float)(dsp->fHslider12[l]);
		fSlow17[l] = (1.0f - fSlow16[l]) / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider11[l])) + 0.001f));
		fSlow18[l] = 6.0f * (2.0f * (float)(dsp->fHslider13[l]) + -1.0f);
		fSlow19[l] = (float)(dsp->fHslider14[l]);
		fSlow20[l] = 1e+01f * (float)(dsp->fHslider16[l]) + 0.083333336f * (float)(dsp->fHslider15[l]) * (fSlow19[l] + -6e+01f);
		fSlow21[l] = 0.1646572f * (23.5f * (float)(dsp->fHslider17[l]) + -0.00010678119f);
		fSlow22[l] = (float)(dsp->fEntry1[l]);
		iSlow23[l] = fSlow22[l] >= 3.0f;
		iSlow24[l] = fSlow22[l] >= 2.0f;
		iSlow25[l] = fSlow22[l] >= 1.0f;
		fSlow26[l] = (float)(dsp->fEntry2[l]);
		iSlow27[l] = fSlow26[l] >= 2.0f;
		iSlow28[l] = fSlow26[l] >= 1.0f;
		fSlow29[l] = (float)(fSlow8[l] == 2.0f) * fSlow7[l];
		fSlow30[l] = 4.4e+02f * ss_powf(2.0f, 0.083333336f * (fSlow19[l] + -69.0f));
		fSlow31[l] = (float)(fSlow8[l] == 4.0f) * fSlow7[l];
		fSlow32[l] = (float)(dsp->fHslider18[l]);
		fSlow33[l] = 2.0f * (float)(fSlow8[l] == 5.0f);
		fSlow34[l] = (float)(fSlow8[l] == 3.0f) * fSlow7[l];
		iSlow35[l] = fSlow22[l] >= 4.0f;
		fSlow36[l] = (float)(dsp->fHslider19[l]);
		fSlow37[l] = (float)(dsp->fHslider20[l]);
		fSlow38[l] = 0.015748031f * (float)(dsp->fHslider22[l]) * noisemaker_faustpower2_f((float)(dsp->fHslider21[l]));
	}
	float st_fConst0 = dsp->fConst0;
	ss_vi st_iVec0_0 = dsp->iVec0[0];
	ss_vi st_iVec0_1 = dsp->iVec0[1];
	ss_vi st_iRec1_0 = dsp->iRec1[0];
	ss_vi st_iRec1_1 = dsp->iRec1[1];
	ss_vi st_iVec1_0 = dsp->iVec1[0];
	ss_vi st_iVec1_1 = dsp->iVec1[1];
	ss_vi st_iRec0_0 = dsp->iRec0[0];
	ss_vi st_iRec0_1 = dsp->iRec0[1];
	ss_vi st_iRec2_0 = dsp->iRec2[0];
	ss_vi st_iRec2_1 = dsp->iRec2[1];
	ss_vf st_fRec12_0 = dsp->fRec12[0];
	ss_vf st_fRec12_1 = dsp->fRec12[1];
	ss_vf st_fRec10_0 = dsp->fRec10[0];
	ss_vf st_fRec10_1 = dsp->fRec10[1];
	float st_fConst5 = dsp->fConst5;
	ss_vf st_fRec15_0 = dsp->fRec15[0];
	ss_vf st_fRec15_1 = dsp->fRec15[1];
	ss_vf st_fRec17_0 = dsp->fRec17[0];
	ss_vf st_fRec17_1 = dsp->fRec17[1];
	ss_vf st_fVec3_0 = dsp->fVec3[0];
	ss_vf st_fVec3_1 = dsp->fVec3[1];
	int st_IOTA0 = dsp->IOTA0;
	float st_fConst6 = dsp->fConst6;
	ss_vi st_iRec18_0 = dsp->iRec18[0];
	ss_vi st_iRec18_1 = dsp->iRec18[1];
	ss_vf st_fRec13_0 = dsp->fRec13[0];
	ss_vf st_fRec13_1 = dsp->fRec13[1];
	ss_vf st_fRec20_0 = dsp->fRec20[0];
	ss_vf st_fRec20_1 = dsp->fRec20[1];
	ss_vf st_fVec5_0 = dsp->fVec5[0];
	ss_vf st_fVec5_1 = dsp->fVec5[1];
	float st_fConst7 = dsp->fConst7;
	ss_vf st_fRec21_0 = dsp->fRec21[0];
	ss_vf st_fRec21_1 = dsp->fRec21[1];
	float st_fConst8 = dsp->fConst8;
	ss_vf st_fRec22_0 = dsp->fRec22[0];
	ss_vf st_fRec22_1 = dsp->fRec22[1];
	ss_vf st_fRec3_0 = dsp->fRec3[0];
	ss_vf st_fRec3_1 = dsp->fRec3[1];
	ss_vf st_fRec4_0 = dsp->fRec4[0];
	ss_vf st_fRec4_1 = dsp->fRec4[1];
	ss_vf st_fRec5_0 = dsp->fRec5[0];
	ss_vf st_fRec5_1 = dsp->fRec5[1];
	ss_vf st_fRec6_0 = dsp->fRec6[0];
	ss_vf st_fRec6_1 = dsp->fRec6[1];
	int st_iConst9 = dsp->iConst9;
	float st_fConst10 = dsp->fConst10;
	float st_fConst11 = dsp->fConst11;
	ss_vi st_iRec25_0 = dsp->iRec25[0];
	ss_vi st_iRec25_1 = dsp->iRec25[1];
	ss_vf st_fRec26_0 = dsp->fRec26[0];
	ss_vf st_fRec26_1 = dsp->fRec26[1];
	float st_fConst12 = dsp->fConst12;
	ss_vf st_fRec24_0 = dsp->fRec24[0];
	ss_vf st_fRec24_1 = dsp->fRec24[1];
	float st_fConst13 = dsp->fConst13;
	float st_fConst14 = dsp->fConst14;
	ss_vf st_fRec23_0 = dsp->fRec23[0];
	ss_vf st_fRec23_1 = dsp->fRec23[1];
	for (int i0 = 0; i0 < count; i0++) {
		st_iVec0_0 = ss_vbcasti(1);
		st_iRec1_0 = (st_iRec1_1 + ss_vbcasti(1));
		ss_vi iTemp0 = (-(__builtin_convertvector(st_iRec1_1, ss_vf) < fSlow0));
		st_iVec1_0 = iTemp0;
		st_iRec0_0 = (iTemp0 + (st_iRec0_1 * (-(st_iVec1_1 >= iTemp0))));
		ss_vf fTemp1 = __builtin_convertvector(st_iRec0_0, ss_vf);
		ss_vf fTemp2 = ss_vself(((fSlow2 * fTemp1) < ss_vself((((fSlow4 * (fSlow1 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow3), ((fSlow4 * (fSlow1 - fTemp1)) + ss_vbcastf(1.0f)), fSlow3)), (fSlow2 * fTemp1), ss_vself((((fSlow4 * (fSlow1 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow3), ((fSlow4 * (fSlow1 - fTemp1)) + ss_vbcastf(1.0f)), fSlow3));
		st_iRec2_0 = ((st_iRec2_1 + ss_vbcasti(1)) * (-(iTemp0 == ss_vbcasti(0))));
		ss_vf fTemp3 = __builtin_convertvector(st_iRec2_0, ss_vf);
		ss_vf fTemp4 = (ss_vbcastf(1.0f) - (fSlow5 * fTemp3));
		ss_vi iTemp6 = (ss_vbcasti(1) - st_iVec0_1);
		ss_vf fTemp7 = ss_vself((iTemp6 != 0), ss_vbcastf(0.0f), (fSlow6 + st_fRec12_1));
		st_fRec12_0 = (fTemp7 - ss_vfloorf(fTemp7));
		ss_vf fTemp8 = ss_vgatherf(ftbl1noisemakerSIG1, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec12_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec12_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec12_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec12_0), ss_vi), ss_vbcasti(65535))));
		ss_vf fTemp9 = (ss_vbcastf(256.0f) * (ss_vself((ss_vbcastf(4.0f) < ss_vself((ss_vbcastf((-4.0f)) > (fSlow9 * fTemp8)), ss_vbcastf((-4.0f)), (fSlow9 * fTemp8))), ss_vbcastf(4.0f), ss_vself((ss_vbcastf((-4.0f)) > (fSlow9 * fTemp8)), ss_vbcastf((-4.0f)), (fSlow9 * fTemp8))) + ss_vbcastf(4.0f)));
		ss_vi iTemp10 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp9, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp9, ss_vi));
		ss_vf fTemp11 = ss_vgatherf(ftbl2noisemakerSIG2, iTemp10);
		ss_vf fTemp12 = ss_vself((iTemp6 != 0), ss_vbcastf(0.0f), (st_fRec10_1 + (fSlow10 * (fTemp11 + ((fTemp9 - __builtin_convertvector(iTemp10, ss_vf)) * (ss_vgatherf(ftbl2noisemakerSIG2, (iTemp10 + ss_vbcasti(1))) - fTemp11))))));
		st_fRec10_0 = (fTemp12 - ss_vfloorf(fTemp12));
		ss_vf fTemp13 = (ss_vbcastf(256.0f) * ss_vself((ss_vbcastf(1e+01f) < ss_vself((ss_vbcastf(0.0f) > (((fSlow20 + (fSlow18 * ss_vself((ss_vbcastf(0.0f) > (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_vbcastf(0.0f), (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_vgatherf(ftbl1noisemakerSIG1, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535))))))), ss_vbcastf(0.0f), (((fSlow20 + (fSlow18 * ss_vself((ss_vbcastf(0.0f) > (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_vbcastf(0.0f), (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_vgatherf(ftbl1noisemakerSIG1, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535)))))))), ss_vbcastf(1e+01f), ss_vself((ss_vbcastf(0.0f) > (((fSlow20 + (fSlow18 * ss_vself((ss_vbcastf(0.0f) > (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_vbcastf(0.0f), (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_vgatherf(ftbl1noisemakerSIG1, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535))))))), ss_vbcastf(0.0f), (((fSlow20 + (fSlow18 * ss_vself((ss_vbcastf(0.0f) > (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_vbcastf(0.0f), (ss_vself(((fSlow15 * fTemp1) < ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_vself((((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_vbcastf(1.0f)), fSlow16)) * (ss_vbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_vgatherf(ftbl1noisemakerSIG1, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec10_0), ss_vi), ss_vbcasti(65535)))))))));
		ss_vi iTemp14 = ss_vseli((ss_vbcasti(2559) < __builtin_convertvector(fTemp13, ss_vi)), ss_vbcasti(2559), __builtin_convertvector(fTemp13, ss_vi));
		ss_vf fTemp15 = ss_vgatherf(ftbl0noisemakerSIG0, iTemp14);
		ss_vf fTemp16 = (fTemp15 + ((fTemp13 - __builtin_convertvector(iTemp14, ss_vf)) * (ss_vgatherf(ftbl0noisemakerSIG0, (iTemp14 + ss_vbcasti(1))) - fTemp15)));
		ss_vf fTemp17 = (ss_vbcastf(256.0f) * (ss_vself((ss_vbcastf(4.0f) < ss_vself((ss_vbcastf((-4.0f)) > (fSlow29 * fTemp8)), ss_vbcastf((-4.0f)), (fSlow29 * fTemp8))), ss_vbcastf(4.0f), ss_vself((ss_vbcastf((-4.0f)) > (fSlow29 * fTemp8)), ss_vbcastf((-4.0f)), (fSlow29 * fTemp8))) + ss_vbcastf(4.0f)));
		ss_vi iTemp18 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp17, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp17, ss_vi));
		ss_vf fTemp19 = ss_vgatherf(ftbl2noisemakerSIG2, iTemp18);
		ss_vf fTemp20 = (fSlow30 * (fTemp19 + ((fTemp17 - __builtin_convertvector(iTemp18, ss_vf)) * (ss_vgatherf(ftbl2noisemakerSIG2, (iTemp18 + ss_vbcasti(1))) - fTemp19))));
		ss_vf fTemp21 = ss_vself((ss_vbcastf(1.1920929e-07f) > ss_vfabsf(fTemp20)), ss_vbcastf(1.1920929e-07f), ss_vfabsf(fTemp20));
		ss_vf fTemp22 = (st_fRec15_1 + (ss_vbcastf(st_fConst5) * fTemp21));
		ss_vf fTemp23 = (fTemp22 + ss_vbcastf((-1.0f)));
		ss_vi iTemp24 = (-(fTemp23 < ss_vbcastf(0.0f)));
		st_fRec15_0 = ss_vself((iTemp24 != 0), fTemp22, fTemp23);
		ss_vf fRec16 = ss_vself((iTemp24 != 0), fTemp22, (fTemp22 + (fTemp23 * (ss_vbcastf(1.0f) - (ss_vbcastf(st_fConst0) / fTemp21)))));
		ss_vf fTemp25 = ss_vself((fTemp20 > ss_vbcastf(23.44895f)), fTemp20, ss_vbcastf(23.44895f));
		ss_vf fTemp26 = ss_vself((ss_vbcastf(2e+01f) > ss_vfabsf(fTemp25)), ss_vbcastf(2e+01f), ss_vfabsf(fTemp25));
		ss_vf fTemp27 = ss_vself((iTemp6 != 0), ss_vbcastf(0.0f), (st_fRec17_1 + (ss_vbcastf(st_fConst5) * fTemp26)));
		st_fRec17_0 = (fTemp27 - ss_vfloorf(fTemp27));
		ss_vf fTemp28 = ss_vpow2(((ss_vbcastf(2.0f) * st_fRec17_0) + ss_vbcastf((-1.0f))));
		st_fVec3_0 = fTemp28;
		ss_vf fTemp29 = __builtin_convertvector(st_iVec0_1, ss_vf);
		ss_vf fTemp30 = ((fTemp29 * (fTemp28 - st_fVec3_1)) / fTemp26);
		dsp->fVec4[(st_IOTA0 & 4095)] = fTemp30;
		ss_vf fTemp31 = ss_vself((ss_vbcastf(0.0f) > ss_vself((ss_vbcastf(2047.0f) < (ss_vbcastf(st_fConst0) * (ss_vself((ss_vbcastf(0.97f) < ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_vbcastf(0.97f), ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25))), ss_vbcastf(2047.0f), (ss_vbcastf(st_fConst0) * (ss_vself((ss_vbcastf(0.97f) < ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_vbcastf(0.97f), ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25)))), ss_vbcastf(0.0f), ss_vself((ss_vbcastf(2047.0f) < (ss_vbcastf(st_fConst0) * (ss_vself((ss_vbcastf(0.97f) < ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_vbcastf(0.97f), ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25))), ss_vbcastf(2047.0f), (ss_vbcastf(st_fConst0) * (ss_vself((ss_vbcastf(0.97f) < ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_vbcastf(0.97f), ss_vself((ss_vbcastf(0.03f) > (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_vbcastf(0.03f), (ss_vbcastf(0.5f) - (ss_vbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25))));
		ss_vi iTemp32 = __builtin_convertvector(fTemp31, ss_vi);
		ss_vf fTemp33 = ss_vfloorf(fTemp31);
		ss_vi iTemp34 = (ss_vbcasti(1103515245) * (st_iRec18_1 + ss_vbcasti(12345)));
		st_iRec18_0 = (ss_vbcasti(1103515245) * (iTemp34 + ss_vbcasti(12345)));
		ss_vi iRec19 = iTemp34;
		ss_vf fTemp35 = ss_vself((iSlow27 != 0), (ss_vbcastf(4.656613e-10f) * __builtin_convertvector(st_iRec18_0, ss_vf)), ss_vself((iSlow28 != 0), (ss_vbcastf(st_fConst6) * ((fTemp30 - (ss_vlanesf(dsp->fVec4, ((ss_vbcasti(st_IOTA0) - iTemp32) & ss_vbcasti(4095))) * (fTemp33 + (ss_vbcastf(1.0f) - fTemp31)))) - ((fTemp31 - fTemp33) * ss_vlanesf(dsp->fVec4, ((ss_vbcasti(st_IOTA0) - (iTemp32 + ss_vbcasti(1))) & ss_vbcasti(4095)))))), ((ss_vbcastf(2.0f) * fRec16) + ss_vbcastf((-1.0f)))));
		ss_vf fTemp36 = (ss_vbcastf(256.0f) * (ss_vself((ss_vbcastf(4.0f) < ss_vself((ss_vbcastf((-4.0f)) > (fSlow34 * fTemp8)), ss_vbcastf((-4.0f)), (fSlow34 * fTemp8))), ss_vbcastf(4.0f), ss_vself((ss_vbcastf((-4.0f)) > (fSlow34 * fTemp8)), ss_vbcastf((-4.0f)), (fSlow34 * fTemp8))) + ss_vbcastf(4.0f)));
		ss_vi iTemp37 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp36, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp36, ss_vi));
		ss_vf fTemp38 = ss_vgatherf(ftbl2noisemakerSIG2, iTemp37);
		ss_vf fTemp39 = ss_vself((ss_vbcastf(1.0f) > ((fSlow30 * (fTemp38 + ((fTemp36 - __builtin_convertvector(iTemp37, ss_vf)) * (ss_vgatherf(ftbl2noisemakerSIG2, (iTemp37 + ss_vbcasti(1))) - fTemp38)))) * (((fSlow33 * fTemp35) * ss_vfabsf((fSlow7 * fTemp8))) + ss_vbcastf(1.0f)))), ss_vbcastf(1.0f), ((fSlow30 * (fTemp38 + ((fTemp36 - __builtin_convertvector(iTemp37, ss_vf)) * (ss_vgatherf(ftbl2noisemakerSIG2, (iTemp37 + ss_vbcasti(1))) - fTemp38)))) * (((fSlow33 * fTemp35) * ss_vfabsf((fSlow7 * fTemp8))) + ss_vbcastf(1.0f))));
		ss_vf fTemp40 = ss_vself((ss_vbcastf(1.1920929e-07f) > ss_vfabsf(fTemp39)), ss_vbcastf(1.1920929e-07f), ss_vfabsf(fTemp39));
		ss_vf fTemp41 = (st_fRec13_1 + (ss_vbcastf(st_fConst5) * fTemp40));
		ss_vf fTemp42 = (fTemp41 + ss_vbcastf((-1.0f)));
		ss_vi iTemp43 = (-(fTemp42 < ss_vbcastf(0.0f)));
		st_fRec13_0 = ss_vself((iTemp43 != 0), fTemp41, fTemp42);
		ss_vf fRec14 = ss_vself((iTemp43 != 0), fTemp41, (fTemp41 + (fTemp42 * (ss_vbcastf(1.0f) - (ss_vbcastf(st_fConst0) / fTemp40)))));
		ss_vf fTemp44 = ss_vself((fTemp39 > ss_vbcastf(23.44895f)), fTemp39, ss_vbcastf(23.44895f));
		ss_vf fTemp45 = ss_vself((ss_vbcastf(2e+01f) > ss_vfabsf(fTemp44)), ss_vbcastf(2e+01f), ss_vfabsf(fTemp44));
		ss_vf fTemp46 = ss_vself((iTemp6 != 0), ss_vbcastf(0.0f), (st_fRec20_1 + (ss_vbcastf(st_fConst5) * fTemp45)));
		st_fRec20_0 = (fTemp46 - ss_vfloorf(fTemp46));
		ss_vf fTemp47 = ss_vpow2(((ss_vbcastf(2.0f) * st_fRec20_0) + ss_vbcastf((-1.0f))));
		st_fVec5_0 = fTemp47;
		ss_vf fTemp48 = ((fTemp29 * (fTemp47 - st_fVec5_1)) / fTemp45);
		dsp->fVec6[(st_IOTA0 & 4095)] = fTemp48;
		ss_vf fTemp49 = ss_vself((ss_vbcastf(0.0f) > ss_vself((ss_vbcastf(2047.0f) < (ss_vbcastf(st_fConst7) / fTemp44)), ss_vbcastf(2047.0f), (ss_vbcastf(st_fConst7) / fTemp44))), ss_vbcastf(0.0f), ss_vself((ss_vbcastf(2047.0f) < (ss_vbcastf(st_fConst7) / fTemp44)), ss_vbcastf(2047.0f), (ss_vbcastf(st_fConst7) / fTemp44)));
		ss_vi iTemp50 = __builtin_convertvector(fTemp49, ss_vi);
		ss_vf fTemp51 = ss_vfloorf(fTemp49);
		ss_vf fTemp52 = (ss_vbcastf(st_fConst6) * ((fTemp48 - (ss_vlanesf(dsp->fVec6, ((ss_vbcasti(st_IOTA0) - iTemp50) & ss_vbcasti(4095))) * (fTemp51 + (ss_vbcastf(1.0f) - fTemp49)))) - ((fTemp49 - fTemp51) * ss_vlanesf(dsp->fVec6, ((ss_vbcasti(st_IOTA0) - (iTemp50 + ss_vbcasti(1))) & ss_vbcasti(4095))))));
		st_fRec21_0 = (fTemp52 + (ss_vbcastf(0.999f) * st_fRec21_1));
		ss_vf fTemp53 = ss_vself((iTemp6 != 0), ss_vbcastf(0.0f), ((ss_vbcastf(st_fConst5) * fTemp39) + st_fRec22_1));
		st_fRec22_0 = (fTemp53 - ss_vfloorf(fTemp53));
		ss_vf fTemp54 = (fTemp16 * (((((fSlow37 * fTemp35) + (fSlow36 * ss_vself((iSlow23 != 0), ss_vself((iSlow35 != 0), (ss_vbcastf(4.656613e-10f) * __builtin_convertvector(iRec19, ss_vf)), ss_vgatherf(ftbl1noisemakerSIG1, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi), ss_vbcasti(65535))))), ss_vself((iSlow24 != 0), ((ss_vbcastf(st_fConst8) * st_fRec21_0) * fTemp39), ss_vself((iSlow25 != 0), fTemp52, ((ss_vbcastf(2.0f) * fRec14) + ss_vbcastf((-1.0f)))))))) - ((fSlow21 * (ss_vbcastf(1.0f) - fTemp16)) * (st_fRec6_1 + (fTemp16 * (st_fRec5_1 + (fTemp16 * ((fTemp16 * st_fRec3_1) + st_fRec4_1))))))) / ((fSlow21 * ss_vpow4(fTemp16)) + ss_vbcastf(1.0f))) - st_fRec3_1));
		st_fRec3_0 = (st_fRec3_1 + (ss_vbcastf(2.0f) * fTemp54));
		ss_vf fTemp55 = (fTemp16 * ((st_fRec3_1 + fTemp54) - st_fRec4_1));
		st_fRec4_0 = (st_fRec4_1 + (ss_vbcastf(2.0f) * fTemp55));
		ss_vf fTemp56 = (fTemp16 * ((st_fRec4_1 + fTemp55) - st_fRec5_1));
		st_fRec5_0 = (st_fRec5_1 + (ss_vbcastf(2.0f) * fTemp56));
		ss_vf fTemp57 = (fTemp16 * ((st_fRec5_1 + fTemp56) - st_fRec6_1));
		st_fRec6_0 = (st_fRec6_1 + (ss_vbcastf(2.0f) * fTemp57));
		ss_vf fRec7 = (st_fRec6_1 + fTemp57);
		dsp->fVec7[(st_IOTA0 & 511)] = ((fSlow38 * fRec7) * ss_vself((ss_vbcastf(0.0f) > (fTemp4 * fTemp2)), ss_vbcastf(0.0f), (fTemp4 * fTemp2)));
		ss_vf fTemp58 = ss_vfabsf(((fSlow38 * fRec7) * ss_vself((ss_vbcastf(0.0f) > (fTemp2 * fTemp4)), ss_vbcastf(0.0f), (fTemp2 * fTemp4))));
		ss_vi iTemp59 = ((-(fTemp58 >= st_fRec26_1)) | (-(__builtin_convertvector(st_iRec25_1, ss_vf) >= ss_vbcastf(st_fConst11))));
		st_iRec25_0 = ss_vseli((iTemp59 != 0), ss_vbcasti(0), (st_iRec25_1 + ss_vbcasti(1)));
		st_fRec26_0 = ss_vself((iTemp59 != 0), fTemp58, st_fRec26_1);
		st_fRec24_0 = ((ss_vbcastf(st_fConst12) * st_fRec26_0) + (ss_vbcastf(st_fConst10) * st_fRec24_1));
		ss_vf fTemp60 = ss_vfabsf(st_fRec24_0);
		st_fRec23_0 = ss_vself((fTemp60 > ((ss_vbcastf(st_fConst13) * st_fRec23_1) + (ss_vbcastf(st_fConst14) * fTemp60))), fTemp60, ((ss_vbcastf(st_fConst13) * st_fRec23_1) + (ss_vbcastf(st_fConst14) * fTemp60)));
		out[i0] = ss_vself((ss_vbcastf(0.999f) < ss_vself((ss_vbcastf((-0.999f)) > (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)])), ss_vbcastf((-0.999f)), (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)]))), ss_vbcastf(0.999f), ss_vself((ss_vbcastf((-0.999f)) > (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)])), ss_vbcastf((-0.999f)), (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec23_0 > ss_vbcastf(1.1920929e-07f)), st_fRec23_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)])));
		st_iVec0_1 = st_iVec0_0;
		st_iRec1_1 = st_iRec1_0;
		st_iVec1_1 = st_iVec1_0;
		st_iRec0_1 = st_iRec0_0;
		st_iRec2_1 = st_iRec2_0;
		st_fRec12_1 = st_fRec12_0;
		st_fRec10_1 = st_fRec10_0;
		st_fRec15_1 = st_fRec15_0;
		st_fRec17_1 = st_fRec17_0;
		st_fVec3_1 = st_fVec3_0;
		st_IOTA0 = (st_IOTA0 + 1);
		st_iRec18_1 = st_iRec18_0;
		st_fRec13_1 = st_fRec13_0;
		st_fRec20_1 = st_fRec20_0;
		st_fVec5_1 = st_fVec5_0;
		st_fRec21_1 = st_fRec21_0;
		st_fRec22_1 = st_fRec22_0;
		st_fRec3_1 = st_fRec3_0;
		st_fRec4_1 = st_fRec4_0;
		st_fRec5_1 = st_fRec5_0;
		st_fRec6_1 = st_fRec6_0;
		st_iRec25_1 = st_iRec25_0;
		st_fRec26_1 = st_fRec26_0;
		st_fRec24_1 = st_fRec24_0;
		st_fRec23_1 = st_fRec23_0;
	}
	dsp->iVec0[0] = st_iVec0_0;
	dsp->iVec0[1] = st_iVec0_1;
	dsp->iRec1[0] = st_iRec1_0;
	dsp->iRec1[1] = st_iRec1_1;
	dsp->iVec1[0] = st_iVec1_0;
	dsp->iVec1[1] = st_iVec1_1;
	dsp->iRec0[0] = st_iRec0_0;
	dsp->iRec0[1] = st_iRec0_1;
	dsp->iRec2[0] = st_iRec2_0;
	dsp->iRec2[1] = st_iRec2_1;
	dsp->fRec12[0] = st_fRec12_0;
	dsp->fRec12[1] = st_fRec12_1;
	dsp->fRec10[0] = st_fRec10_0;
	dsp->fRec10[1] = st_fRec10_1;
	dsp->fRec15[0] = st_fRec15_0;
	dsp->fRec15[1] = st_fRec15_1;
	dsp->fRec17[0] = st_fRec17_0;
	dsp->fRec17[1] = st_fRec17_1;
	dsp->fVec3[0] = st_fVec3_0;
	dsp->fVec3[1] = st_fVec3_1;
	dsp->IOTA0 = st_IOTA0;
	dsp->iRec18[0] = st_iRec18_0;
	dsp->iRec18[1] = st_iRec18_1;
	dsp->fRec13[0] = st_fRec13_0;
	dsp->fRec13[1] = st_fRec13_1;
	dsp->fRec20[0] = st_fRec20_0;
	dsp->fRec20[1] = st_fRec20_1;
	dsp->fVec5[0] = st_fVec5_0;
	dsp->fVec5[1] = st_fVec5_1;
	dsp->fRec21[0] = st_fRec21_0;
	dsp->fRec21[1] = st_fRec21_1;
	dsp->fRec22[0] = st_fRec22_0;
	dsp->fRec22[1] = st_fRec22_1;
	dsp->fRec3[0] = st_fRec3_0;
	dsp->fRec3[1] = st_fRec3_1;
	dsp->fRec4[0] = st_fRec4_0;
	dsp->fRec4[1] = st_fRec4_1;
	dsp->fRec5[0] = st_fRec5_0;
	dsp->fRec5[1] = st_fRec5_1;
	dsp->fRec6[0] = st_fRec6_0;
	dsp->fRec6[1] = st_fRec6_1;
	dsp->iRec25[0] = st_iRec25_0;
	dsp->iRec25[1] = st_iRec25_1;
	dsp->fRec26[0] = st_fRec26_0;
	dsp->fRec26[1] = st_fRec26_1;
	dsp->fRec24[0] = st_fRec24_0;
	dsp->fRec24[1] = st_fRec24_1;
	dsp->fRec23[0] = st_fRec23_0;
	dsp->fRec23[1] = st_fRec23_1;
}

/* The same twin for SS_WLANES (8) patches per call in AVX2 registers (x86-64; used
 * where the CPU has AVX2): sizeof/clear/pack/compute<cls>Wide. */
#ifdef SS_WIDE
#pragma GCC push_options
#pragma GCC target("avx2")
typedef struct {
	ss_wf fHslider0;
	int fSampleRate;
	float fConst0;
	ss_wi iVec0[2];
	ss_wi iRec1[2];
	ss_wi iVec1[2];
	ss_wi iRec0[2];
	ss_wf fHslider1;
	ss_wf fHslider2;
	ss_wf fHslider3;
	ss_wi iRec2[2];
	ss_wf fHslider4;
	ss_wf fHslider5;
	float fConst4;
	ss_wf fRec12[2];
	ss_wf fHslider6;
	ss_wf fEntry0;
	ss_wf fHslider7;
	ss_wf fRec10[2];
	ss_wf fHslider8;
	ss_wf fHslider9;
	ss_wf fHslider10;
	ss_wf fHslider11;
	ss_wf fHslider12;
	ss_wf fHslider13;
	ss_wf fHslider14;
	ss_wf fHslider15;
	ss_wf fHslider16;
	ss_wf fHslider17;
	ss_wf fEntry1;
	ss_wf fEntry2;
	float fConst5;
	ss_wf fRec15[2];
	ss_wf fRec17[2];
	ss_wf fVec3[2];
	int IOTA0;
	ss_wf fVec4[4096];
	ss_wf fHslider18;
	float fConst6;
	ss_wi iRec18[2];
	ss_wf fRec13[2];
	ss_wf fRec20[2];
	ss_wf fVec5[2];
	ss_wf fVec6[4096];
	float fConst7;
	ss_wf fRec21[2];
	float fConst8;
	ss_wf fRec22[2];
	ss_wf fHslider19;
	ss_wf fHslider20;
	ss_wf fRec3[2];
	ss_wf fRec4[2];
	ss_wf fRec5[2];
	ss_wf fRec6[2];
	ss_wf fHslider21;
	ss_wf fHslider22;
	ss_wf fVec7[512];
	int iConst9;
	float fConst10;
	float fConst11;
	ss_wi iRec25[2];
	ss_wf fRec26[2];
	float fConst12;
	ss_wf fRec24[2];
	float fConst13;
	float fConst14;
	ss_wf fRec23[2];
} noisemaker_wide;

size_t sizeofnoisemakerWide(void) { return sizeof(noisemaker_wide); }

void clearnoisemakerWide(void* lanes) {
	noisemaker_wide* RESTRICT d = (noisemaker_wide*)lanes;
	memset(&d->iVec0, 0, sizeof(d->iVec0));
	memset(&d->iRec1, 0, sizeof(d->iRec1));
	memset(&d->iVec1, 0, sizeof(d->iVec1));
	memset(&d->iRec0, 0, sizeof(d->iRec0));
	memset(&d->iRec2, 0, sizeof(d->iRec2));
	memset(&d->fRec12, 0, sizeof(d->fRec12));
	memset(&d->fRec10, 0, sizeof(d->fRec10));
	memset(&d->fRec15, 0, sizeof(d->fRec15));
	memset(&d->fRec17, 0, sizeof(d->fRec17));
	memset(&d->fVec3, 0, sizeof(d->fVec3));
	memset(&d->IOTA0, 0, sizeof(d->IOTA0));
	memset(&d->fVec4, 0, sizeof(d->fVec4));
	memset(&d->iRec18, 0, sizeof(d->iRec18));
	memset(&d->fRec13, 0, sizeof(d->fRec13));
	memset(&d->fRec20, 0, sizeof(d->fRec20));
	memset(&d->fVec5, 0, sizeof(d->fVec5));
	memset(&d->fVec6, 0, sizeof(d->fVec6));
	memset(&d->fRec21, 0, sizeof(d->fRec21));
	memset(&d->fRec22, 0, sizeof(d->fRec22));
	memset(&d->fRec3, 0, sizeof(d->fRec3));
	memset(&d->fRec4, 0, sizeof(d->fRec4));
	memset(&d->fRec5, 0, sizeof(d->fRec5));
	memset(&d->fRec6, 0, sizeof(d->fRec6));
	memset(&d->fVec7, 0, sizeof(d->fVec7));
	memset(&d->iRec25, 0, sizeof(d->iRec25));
	memset(&d->fRec26, 0, sizeof(d->fRec26));
	memset(&d->fRec24, 0, sizeof(d->fRec24));
	memset(&d->fRec23, 0, sizeof(d->fRec23));
}

void packnoisemakerWide(void* lanes, void* scalar, int l) {
	noisemaker_wide* RESTRICT d = (noisemaker_wide*)lanes;
	noisemaker* RESTRICT s = (noisemaker*)scalar;
	d->fHslider0[l] = s->fHslider0;
	d->fSampleRate = s->fSampleRate;
	d->fConst0 = s->fConst0;
	d->fHslider1[l] = s->fHslider1;
	d->fHslider2[l] = s->fHslider2;
	d->fHslider3[l] = s->fHslider3;
	d->fHslider4[l] = s->fHslider4;
	d->fHslider5[l] = s->fHslider5;
	d->fConst4 = s->fConst4;
	d->fHslider6[l] = s->fHslider6;
	d->fEntry0[l] = s->fEntry0;
	d->fHslider7[l] = s->fHslider7;
	d->fHslider8[l] = s->fHslider8;
	d->fHslider9[l] = s->fHslider9;
	d->fHslider10[l] = s->fHslider10;
	d->fHslider11[l] = s->fHslider11;
	d->fHslider12[l] = s->fHslider12;
	d->fHslider13[l] = s->fHslider13;
	d->fHslider14[l] = s->fHslider14;
	d->fHslider15[l] = s->fHslider15;
	d->fHslider16[l] = s->fHslider16;
	d->fHslider17[l] = s->fHslider17;
	d->fEntry1[l] = s->fEntry1;
	d->fEntry2[l] = s->fEntry2;
	d->fConst5 = s->fConst5;
	d->fHslider18[l] = s->fHslider18;
	d->fConst6 = s->fConst6;
	d->fConst7 = s->fConst7;
	d->fConst8 = s->fConst8;
	d->fHslider19[l] = s->fHslider19;
	d->fHslider20[l] = s->fHslider20;
	d->fHslider21[l] = s->fHslider21;
	d->fHslider22[l] = s->fHslider22;
	d->iConst9 = s->iConst9;
	d->fConst10 = s->fConst10;
	d->fConst11 = s->fConst11;
	d->fConst12 = s->fConst12;
	d->fConst13 = s->fConst13;
	d->fConst14 = s->fConst14;
}

void computenoisemakerWide(void* lanes, int count, void* RESTRICT output) {
	noisemaker_wide* RESTRICT dsp = (noisemaker_wide*)lanes;
	ss_wf* RESTRICT out = (ss_wf*)output;
	ss_wf fSlow0;
	ss_wf fSlow1;
	ss_wf fSlow2;
	ss_wf fSlow3;
	ss_wf fSlow4;
	ss_wf fSlow5;
	ss_wf fSlow6;
	ss_wf fSlow7;
	ss_wf fSlow8;
	ss_wf fSlow9;
	ss_wf fSlow10;
	ss_wf fSlow11;
	ss_wf fSlow12;
	ss_wf fSlow13;
	ss_wf fSlow14;
	ss_wf fSlow15;
	ss_wf fSlow16;
	ss_wf fSlow17;
	ss_wf fSlow18;
	ss_wf fSlow19;
	ss_wf fSlow20;
	ss_wf fSlow21;
	ss_wf fSlow22;
	ss_wi iSlow23;
	ss_wi iSlow24;
	ss_wi iSlow25;
	ss_wf fSlow26;
	ss_wi iSlow27;
	ss_wi iSlow28;
	ss_wf fSlow29;
	ss_wf fSlow30;
	ss_wf fSlow31;
	ss_wf fSlow32;
	ss_wf fSlow33;
	ss_wf fSlow34;
	ss_wi iSlow35;
	ss_wf fSlow36;
	ss_wf fSlow37;
	ss_wf fSlow38;
	for (int l = 0; l < SS_WLANES; l++) {
		fSlow0[l] = dsp->fConst0 * (float)(dsp->fHslider0[l]);
		fSlow1[l] = ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider1[l])) + 0.001f));
		fSlow2[l] = 1.0f / fSlow1[l];
		fSlow3[l] = (float)(dsp->fHslider3[l]);
		fSlow4[l] = (1.0f - fSlow3[l]) / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider2[l])) + 0.001f));
		fSlow5[l] = 1.0f / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider4[l])) + 0.001f));
		fSlow6[l] = dsp->fConst4 * ss_powf(2.0f, 9.0f * (float)(dsp->fHslider5[l]));
		fSlow7[l] = 2.0f * (float)(dsp->fHslider6[l]) + -1.0f;
		fSlow8[l] = (float)(dsp->fEntry0[l]);
		fSlow9[l] = 4.0f * (float)(fSlow8[l] == 6.0f) * fSlow7[l];
		fSlow10[l] = dsp->fConst4 * ss_powf(2.0f, 9.0f * (float)(dsp->fHslider7[l]));
		fSlow11[l] = 2.0f * (2.0f * (float)(dsp->fHslider8[l]) + -1.0f);
		fSlow12[l] = 3.0f * (float)(fSlow8[l] == 1.0f) * fSlow7[l];
		fSlow13[l] = 1.0f / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider9[l])) + 0.001f));
		fSlow14[l] = ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider10[l])) + 0.001f));
		fSlow15[l] = 1.0f / fSlow14[l];
		fSlow16[l] = (float)(dsp->fHslider12[l]);
		fSlow17[l] = (1.0f - fSlow16[l]) / ss_fmaxf(1.0f, dsp->fConst0 * (3.0f * noisemaker_faustpower3_f((float)(dsp->fHslider11[l])) + 0.001f));
		fSlow18[l] = 6.0f * (2.0f * (float)(dsp->fHslider13[l]) + -1.0f);
		fSlow19[l] = (float)(dsp->fHslider14[l]);
		fSlow20[l] = 1e+01f * (float)(dsp->fHslider16[l]) + 0.083333336f * (float)(dsp->fHslider15[l]) * (fSlow19[l] + -6e+01f);
		fSlow21[l] = 0.1646572f * (23.5f * (float)(dsp->fHslider17[l]) + -0.00010678119f);
		fSlow22[l] = (float)(dsp->fEntry1[l]);
		iSlow23[l] = fSlow22[l] >= 3.0f;
		iSlow24[l] = fSlow22[l] >= 2.0f;
		iSlow25[l] = fSlow22[l] >= 1.0f;
		fSlow26[l] = (float)(dsp->fEntry2[l]);
		iSlow27[l] = fSlow26[l] >= 2.0f;
		iSlow28[l] = fSlow26[l] >= 1.0f;
		fSlow29[l] = (float)(fSlow8[l] == 2.0f) * fSlow7[l];
		fSlow30[l] = 4.4e+02f * ss_powf(2.0f, 0.083333336f * (fSlow19[l] + -69.0f));
		fSlow31[l] = (float)(fSlow8[l] == 4.0f) * fSlow7[l];
		fSlow32[l] = (float)(dsp->fHslider18[l]);
		fSlow33[l] = 2.0f * (float)(fSlow8[l] == 5.0f);
		fSlow34[l] = (float)(fSlow8[l] == 3.0f) * fSlow7[l];
		iSlow35[l] = fSlow22[l] >= 4.0f;
		fSlow36[l] = (float)(dsp->fHslider19[l]);
		fSlow37[l] = (float)(dsp->fHslider20[l]);
		fSlow38[l] = 0.015748031f * (float)(dsp->fHslider22[l]) * noisemaker_faustpower2_f((float)(dsp->fHslider21[l]));
	}
	float st_fConst0 = dsp->fConst0;
	ss_wi st_iVec0_0 = dsp->iVec0[0];
	ss_wi st_iVec0_1 = dsp->iVec0[1];
	ss_wi st_iRec1_0 = dsp->iRec1[0];
	ss_wi st_iRec1_1 = dsp->iRec1[1];
	ss_wi st_iVec1_0 = dsp->iVec1[0];
	ss_wi st_iVec1_1 = dsp->iVec1[1];
	ss_wi st_iRec0_0 = dsp->iRec0[0];
	ss_wi st_iRec0_1 = dsp->iRec0[1];
	ss_wi st_iRec2_0 = dsp->iRec2[0];
	ss_wi st_iRec2_1 = dsp->iRec2[1];
	ss_wf st_fRec12_0 = dsp->fRec12[0];
	ss_wf st_fRec12_1 = dsp->fRec12[1];
	ss_wf st_fRec10_0 = dsp->fRec10[0];
	ss_wf st_fRec10_1 = dsp->fRec10[1];
	float st_fConst5 = dsp->fConst5;
	ss_wf st_fRec15_0 = dsp->fRec15[0];
	ss_wf st_fRec15_1 = dsp->fRec15[1];
	ss_wf st_fRec17_0 = dsp->fRec17[0];
	ss_wf st_fRec17_1 = dsp->fRec17[1];
	ss_wf st_fVec3_0 = dsp->fVec3[0];
	ss_wf st_fVec3_1 = dsp->fVec3[1];
	int st_IOTA0 = dsp->IOTA0;
	float st_fConst6 = dsp->fConst6;
	ss_wi st_iRec18_0 = dsp->iRec18[0];
	ss_wi st_iRec18_1 = dsp->iRec18[1];
	ss_wf st_fRec13_0 = dsp->fRec13[0];
	ss_wf st_fRec13_1 = dsp->fRec13[1];
	ss_wf st_fRec20_0 = dsp->fRec20[0];
	ss_wf st_fRec20_1 = dsp->fRec20[1];
	ss_wf st_fVec5_0 = dsp->fVec5[0];
	ss_wf st_fVec5_1 = dsp->fVec5[1];
	float st_fConst7 = dsp->fConst7;
	ss_wf st_fRec21_0 = dsp->fRec21[0];
	ss_wf st_fRec21_1 = dsp->fRec21[1];
	float st_fConst8 = dsp->fConst8;
	ss_wf st_fRec22_0 = dsp->fRec22[0];
	ss_wf st_fRec22_1 = dsp->fRec22[1];
	ss_wf st_fRec3_0 = dsp->fRec3[0];
	ss_wf st_fRec3_1 = dsp->fRec3[1];
	ss_wf st_fRec4_0 = dsp->fRec4[0];
	ss_wf st_fRec4_1 = dsp->fRec4[1];
	ss_wf st_fRec5_0 = dsp->fRec5[0];
	ss_wf st_fRec5_1 = dsp->fRec5[1];
	ss_wf st_fRec6_0 = dsp->fRec6[0];
	ss_wf st_fRec6_1 = dsp->fRec6[1];
	int st_iConst9 = dsp->iConst9;
	float st_fConst10 = dsp->fConst10;
	float st_fConst11 = dsp->fConst11;
	ss_wi st_iRec25_0 = dsp->iRec25[0];
	ss_wi st_iRec25_1 = dsp->iRec25[1];
	ss_wf st_fRec26_0 = dsp->fRec26[0];
	ss_wf st_fRec26_1 = dsp->fRec26[1];
	float st_fConst12 = dsp->fConst12;
	ss_wf st_fRec24_0 = dsp->fRec24[0];
	ss_wf st_fRec24_1 = dsp->fRec24[1];
	float st_fConst13 = dsp->fConst13;
	float st_fConst14 = dsp->fConst14;
	ss_wf st_fRec23_0 = dsp->fRec23[0];
	ss_wf st_fRec23_1 = dsp->fRec23[1];
	for (int i0 = 0; i0 < count; i0++) {
		st_iVec0_0 = ss_wbcasti(1);
		st_iRec1_0 = (st_iRec1_1 + ss_wbcasti(1));
		ss_wi iTemp0 = (-(__builtin_convertvector(st_iRec1_1, ss_wf) < fSlow0));
		st_iVec1_0 = iTemp0;
		st_iRec0_0 = (iTemp0 + (st_iRec0_1 * (-(st_iVec1_1 >= iTemp0))));
		ss_wf fTemp1 = __builtin_convertvector(st_iRec0_0, ss_wf);
		ss_wf fTemp2 = ss_wself(((fSlow2 * fTemp1) < ss_wself((((fSlow4 * (fSlow1 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow3), ((fSlow4 * (fSlow1 - fTemp1)) + ss_wbcastf(1.0f)), fSlow3)), (fSlow2 * fTemp1), ss_wself((((fSlow4 * (fSlow1 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow3), ((fSlow4 * (fSlow1 - fTemp1)) + ss_wbcastf(1.0f)), fSlow3));
		st_iRec2_0 = ((st_iRec2_1 + ss_wbcasti(1)) * (-(iTemp0 == ss_wbcasti(0))));
		ss_wf fTemp3 = __builtin_convertvector(st_iRec2_0, ss_wf);
		ss_wf fTemp4 = (ss_wbcastf(1.0f) - (fSlow5 * fTemp3));
		ss_wi iTemp6 = (ss_wbcasti(1) - st_iVec0_1);
		ss_wf fTemp7 = ss_wself((iTemp6 != 0), ss_wbcastf(0.0f), (fSlow6 + st_fRec12_1));
		st_fRec12_0 = (fTemp7 - ss_wfloorf(fTemp7));
		ss_wf fTemp8 = ss_wgatherf(ftbl1noisemakerSIG1, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec12_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec12_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec12_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec12_0), ss_wi), ss_wbcasti(65535))));
		ss_wf fTemp9 = (ss_wbcastf(256.0f) * (ss_wself((ss_wbcastf(4.0f) < ss_wself((ss_wbcastf((-4.0f)) > (fSlow9 * fTemp8)), ss_wbcastf((-4.0f)), (fSlow9 * fTemp8))), ss_wbcastf(4.0f), ss_wself((ss_wbcastf((-4.0f)) > (fSlow9 * fTemp8)), ss_wbcastf((-4.0f)), (fSlow9 * fTemp8))) + ss_wbcastf(4.0f)));
		ss_wi iTemp10 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp9, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp9, ss_wi));
		ss_wf fTemp11 = ss_wgatherf(ftbl2noisemakerSIG2, iTemp10);
		ss_wf fTemp12 = ss_wself((iTemp6 != 0), ss_wbcastf(0.0f), (st_fRec10_1 + (fSlow10 * (fTemp11 + ((fTemp9 - __builtin_convertvector(iTemp10, ss_wf)) * (ss_wgatherf(ftbl2noisemakerSIG2, (iTemp10 + ss_wbcasti(1))) - fTemp11))))));
		st_fRec10_0 = (fTemp12 - ss_wfloorf(fTemp12));
		ss_wf fTemp13 = (ss_wbcastf(256.0f) * ss_wself((ss_wbcastf(1e+01f) < ss_wself((ss_wbcastf(0.0f) > (((fSlow20 + (fSlow18 * ss_wself((ss_wbcastf(0.0f) > (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_wbcastf(0.0f), (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_wgatherf(ftbl1noisemakerSIG1, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535))))))), ss_wbcastf(0.0f), (((fSlow20 + (fSlow18 * ss_wself((ss_wbcastf(0.0f) > (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_wbcastf(0.0f), (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_wgatherf(ftbl1noisemakerSIG1, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535)))))))), ss_wbcastf(1e+01f), ss_wself((ss_wbcastf(0.0f) > (((fSlow20 + (fSlow18 * ss_wself((ss_wbcastf(0.0f) > (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_wbcastf(0.0f), (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_wgatherf(ftbl1noisemakerSIG1, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535))))))), ss_wbcastf(0.0f), (((fSlow20 + (fSlow18 * ss_wself((ss_wbcastf(0.0f) > (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))), ss_wbcastf(0.0f), (ss_wself(((fSlow15 * fTemp1) < ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)), (fSlow15 * fTemp1), ss_wself((((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)) > fSlow16), ((fSlow17 * (fSlow14 - fTemp1)) + ss_wbcastf(1.0f)), fSlow16)) * (ss_wbcastf(1.0f) - (fSlow13 * fTemp3)))))) + (fSlow12 * fTemp8)) + (fSlow11 * ss_wgatherf(ftbl1noisemakerSIG1, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec10_0), ss_wi), ss_wbcasti(65535)))))))));
		ss_wi iTemp14 = ss_wseli((ss_wbcasti(2559) < __builtin_convertvector(fTemp13, ss_wi)), ss_wbcasti(2559), __builtin_convertvector(fTemp13, ss_wi));
		ss_wf fTemp15 = ss_wgatherf(ftbl0noisemakerSIG0, iTemp14);
		ss_wf fTemp16 = (fTemp15 + ((fTemp13 - __builtin_convertvector(iTemp14, ss_wf)) * (ss_wgatherf(ftbl0noisemakerSIG0, (iTemp14 + ss_wbcasti(1))) - fTemp15)));
		ss_wf fTemp17 = (ss_wbcastf(256.0f) * (ss_wself((ss_wbcastf(4.0f) < ss_wself((ss_wbcastf((-4.0f)) > (fSlow29 * fTemp8)), ss_wbcastf((-4.0f)), (fSlow29 * fTemp8))), ss_wbcastf(4.0f), ss_wself((ss_wbcastf((-4.0f)) > (fSlow29 * fTemp8)), ss_wbcastf((-4.0f)), (fSlow29 * fTemp8))) + ss_wbcastf(4.0f)));
		ss_wi iTemp18 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp17, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp17, ss_wi));
		ss_wf fTemp19 = ss_wgatherf(ftbl2noisemakerSIG2, iTemp18);
		ss_wf fTemp20 = (fSlow30 * (fTemp19 + ((fTemp17 - __builtin_convertvector(iTemp18, ss_wf)) * (ss_wgatherf(ftbl2noisemakerSIG2, (iTemp18 + ss_wbcasti(1))) - fTemp19))));
		ss_wf fTemp21 = ss_wself((ss_wbcastf(1.1920929e-07f) > ss_wfabsf(fTemp20)), ss_wbcastf(1.1920929e-07f), ss_wfabsf(fTemp20));
		ss_wf fTemp22 = (st_fRec15_1 + (ss_wbcastf(st_fConst5) * fTemp21));
		ss_wf fTemp23 = (fTemp22 + ss_wbcastf((-1.0f)));
		ss_wi iTemp24 = (-(fTemp23 < ss_wbcastf(0.0f)));
		st_fRec15_0 = ss_wself((iTemp24 != 0), fTemp22, fTemp23);
		ss_wf fRec16 = ss_wself((iTemp24 != 0), fTemp22, (fTemp22 + (fTemp23 * (ss_wbcastf(1.0f) - (ss_wbcastf(st_fConst0) / fTemp21)))));
		ss_wf fTemp25 = ss_wself((fTemp20 > ss_wbcastf(23.44895f)), fTemp20, ss_wbcastf(23.44895f));
		ss_wf fTemp26 = ss_wself((ss_wbcastf(2e+01f) > ss_wfabsf(fTemp25)), ss_wbcastf(2e+01f), ss_wfabsf(fTemp25));
		ss_wf fTemp27 = ss_wself((iTemp6 != 0), ss_wbcastf(0.0f), (st_fRec17_1 + (ss_wbcastf(st_fConst5) * fTemp26)));
		st_fRec17_0 = (fTemp27 - ss_wfloorf(fTemp27));
		ss_wf fTemp28 = ss_wpow2(((ss_wbcastf(2.0f) * st_fRec17_0) + ss_wbcastf((-1.0f))));
		st_fVec3_0 = fTemp28;
		ss_wf fTemp29 = __builtin_convertvector(st_iVec0_1, ss_wf);
		ss_wf fTemp30 = ((fTemp29 * (fTemp28 - st_fVec3_1)) / fTemp26);
		dsp->fVec4[(st_IOTA0 & 4095)] = fTemp30;
		ss_wf fTemp31 = ss_wself((ss_wbcastf(0.0f) > ss_wself((ss_wbcastf(2047.0f) < (ss_wbcastf(st_fConst0) * (ss_wself((ss_wbcastf(0.97f) < ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_wbcastf(0.97f), ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25))), ss_wbcastf(2047.0f), (ss_wbcastf(st_fConst0) * (ss_wself((ss_wbcastf(0.97f) < ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_wbcastf(0.97f), ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25)))), ss_wbcastf(0.0f), ss_wself((ss_wbcastf(2047.0f) < (ss_wbcastf(st_fConst0) * (ss_wself((ss_wbcastf(0.97f) < ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_wbcastf(0.97f), ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25))), ss_wbcastf(2047.0f), (ss_wbcastf(st_fConst0) * (ss_wself((ss_wbcastf(0.97f) < ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))), ss_wbcastf(0.97f), ss_wself((ss_wbcastf(0.03f) > (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8))))), ss_wbcastf(0.03f), (ss_wbcastf(0.5f) - (ss_wbcastf(0.45f) * (fSlow32 + (fSlow31 * fTemp8)))))) / fTemp25))));
		ss_wi iTemp32 = __builtin_convertvector(fTemp31, ss_wi);
		ss_wf fTemp33 = ss_wfloorf(fTemp31);
		ss_wi iTemp34 = (ss_wbcasti(1103515245) * (st_iRec18_1 + ss_wbcasti(12345)));
		st_iRec18_0 = (ss_wbcasti(1103515245) * (iTemp34 + ss_wbcasti(12345)));
		ss_wi iRec19 = iTemp34;
		ss_wf fTemp35 = ss_wself((iSlow27 != 0), (ss_wbcastf(4.656613e-10f) * __builtin_convertvector(st_iRec18_0, ss_wf)), ss_wself((iSlow28 != 0), (ss_wbcastf(st_fConst6) * ((fTemp30 - (ss_wlanesf(dsp->fVec4, ((ss_wbcasti(st_IOTA0) - iTemp32) & ss_wbcasti(4095))) * (fTemp33 + (ss_wbcastf(1.0f) - fTemp31)))) - ((fTemp31 - fTemp33) * ss_wlanesf(dsp->fVec4, ((ss_wbcasti(st_IOTA0) - (iTemp32 + ss_wbcasti(1))) & ss_wbcasti(4095)))))), ((ss_wbcastf(2.0f) * fRec16) + ss_wbcastf((-1.0f)))));
		ss_wf fTemp36 = (ss_wbcastf(256.0f) * (ss_wself((ss_wbcastf(4.0f) < ss_wself((ss_wbcastf((-4.0f)) > (fSlow34 * fTemp8)), ss_wbcastf((-4.0f)), (fSlow34 * fTemp8))), ss_wbcastf(4.0f), ss_wself((ss_wbcastf((-4.0f)) > (fSlow34 * fTemp8)), ss_wbcastf((-4.0f)), (fSlow34 * fTemp8))) + ss_wbcastf(4.0f)));
		ss_wi iTemp37 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp36, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp36, ss_wi));
		ss_wf fTemp38 = ss_wgatherf(ftbl2noisemakerSIG2, iTemp37);
		ss_wf fTemp39 = ss_wself((ss_wbcastf(1.0f) > ((fSlow30 * (fTemp38 + ((fTemp36 - __builtin_convertvector(iTemp37, ss_wf)) * (ss_wgatherf(ftbl2noisemakerSIG2, (iTemp37 + ss_wbcasti(1))) - fTemp38)))) * (((fSlow33 * fTemp35) * ss_wfabsf((fSlow7 * fTemp8))) + ss_wbcastf(1.0f)))), ss_wbcastf(1.0f), ((fSlow30 * (fTemp38 + ((fTemp36 - __builtin_convertvector(iTemp37, ss_wf)) * (ss_wgatherf(ftbl2noisemakerSIG2, (iTemp37 + ss_wbcasti(1))) - fTemp38)))) * (((fSlow33 * fTemp35) * ss_wfabsf((fSlow7 * fTemp8))) + ss_wbcastf(1.0f))));
		ss_wf fTemp40 = ss_wself((ss_wbcastf(1.1920929e-07f) > ss_wfabsf(fTemp39)), ss_wbcastf(1.1920929e-07f), ss_wfabsf(fTemp39));
		ss_wf fTemp41 = (st_fRec13_1 + (ss_wbcastf(st_fConst5) * fTemp40));
		ss_wf fTemp42 = (fTemp41 + ss_wbcastf((-1.0f)));
		ss_wi iTemp43 = (-(fTemp42 < ss_wbcastf(0.0f)));
		st_fRec13_0 = ss_wself((iTemp43 != 0), fTemp41, fTemp42);
		ss_wf fRec14 = ss_wself((iTemp43 != 0), fTemp41, (fTemp41 + (fTemp42 * (ss_wbcastf(1.0f) - (ss_wbcastf(st_fConst0) / fTemp40)))));
		ss_wf fTemp44 = ss_wself((fTemp39 > ss_wbcastf(23.44895f)), fTemp39, ss_wbcastf(23.44895f));
		ss_wf fTemp45 = ss_wself((ss_wbcastf(2e+01f) > ss_wfabsf(fTemp44)), ss_wbcastf(2e+01f), ss_wfabsf(fTemp44));
		ss_wf fTemp46 = ss_wself((iTemp6 != 0), ss_wbcastf(0.0f), (st_fRec20_1 + (ss_wbcastf(st_fConst5) * fTemp45)));
		st_fRec20_0 = (fTemp46 - ss_wfloorf(fTemp46));
		ss_wf fTemp47 = ss_wpow2(((ss_wbcastf(2.0f) * st_fRec20_0) + ss_wbcastf((-1.0f))));
		st_fVec5_0 = fTemp47;
		ss_wf fTemp48 = ((fTemp29 * (fTemp47 - st_fVec5_1)) / fTemp45);
		dsp->fVec6[(st_IOTA0 & 4095)] = fTemp48;
		ss_wf fTemp49 = ss_wself((ss_wbcastf(0.0f) > ss_wself((ss_wbcastf(2047.0f) < (ss_wbcastf(st_fConst7) / fTemp44)), ss_wbcastf(2047.0f), (ss_wbcastf(st_fConst7) / fTemp44))), ss_wbcastf(0.0f), ss_wself((ss_wbcastf(2047.0f) < (ss_wbcastf(st_fConst7) / fTemp44)), ss_wbcastf(2047.0f), (ss_wbcastf(st_fConst7) / fTemp44)));
		ss_wi iTemp50 = __builtin_convertvector(fTemp49, ss_wi);
		ss_wf fTemp51 = ss_wfloorf(fTemp49);
		ss_wf fTemp52 = (ss_wbcastf(st_fConst6) * ((fTemp48 - (ss_wlanesf(dsp->fVec6, ((ss_wbcasti(st_IOTA0) - iTemp50) & ss_wbcasti(4095))) * (fTemp51 + (ss_wbcastf(1.0f) - fTemp49)))) - ((fTemp49 - fTemp51) * ss_wlanesf(dsp->fVec6, ((ss_wbcasti(st_IOTA0) - (iTemp50 + ss_wbcasti(1))) & ss_wbcasti(4095))))));
		st_fRec21_0 = (fTemp52 + (ss_wbcastf(0.999f) * st_fRec21_1));
		ss_wf fTemp53 = ss_wself((iTemp6 != 0), ss_wbcastf(0.0f), ((ss_wbcastf(st_fConst5) * fTemp39) + st_fRec22_1));
		st_fRec22_0 = (fTemp53 - ss_wfloorf(fTemp53));
		ss_wf fTemp54 = (fTemp16 * (((((fSlow37 * fTemp35) + (fSlow36 * ss_wself((iSlow23 != 0), ss_wself((iSlow35 != 0), (ss_wbcastf(4.656613e-10f) * __builtin_convertvector(iRec19, ss_wf)), ss_wgatherf(ftbl1noisemakerSIG1, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi), ss_wbcasti(65535))))), ss_wself((iSlow24 != 0), ((ss_wbcastf(st_fConst8) * st_fRec21_0) * fTemp39), ss_wself((iSlow25 != 0), fTemp52, ((ss_wbcastf(2.0f) * fRec14) + ss_wbcastf((-1.0f)))))))) - ((fSlow21 * (ss_wbcastf(1.0f) - fTemp16)) * (st_fRec6_1 + (fTemp16 * (st_fRec5_1 + (fTemp16 * ((fTemp16 * st_fRec3_1) + st_fRec4_1))))))) / ((fSlow21 * ss_wpow4(fTemp16)) + ss_wbcastf(1.0f))) - st_fRec3_1));
		st_fRec3_0 = (st_fRec3_1 + (ss_wbcastf(2.0f) * fTemp54));
		ss_wf fTemp55 = (fTemp16 * ((st_fRec3_1 + fTemp54) - st_fRec4_1));
		st_fRec4_0 = (st_fRec4_1 + (ss_wbcastf(2.0f) * fTemp55));
		ss_wf fTemp56 = (fTemp16 * ((st_fRec4_1 + fTemp55) - st_fRec5_1));
		st_fRec5_0 = (st_fRec5_1 + (ss_wbcastf(2.0f) * fTemp56));
		ss_wf fTemp57 = (fTemp16 * ((st_fRec5_1 + fTemp56) - st_fRec6_1));
		st_fRec6_0 = (st_fRec6_1 + (ss_wbcastf(2.0f) * fTemp57));
		ss_wf fRec7 = (st_fRec6_1 + fTemp57);
		dsp->fVec7[(st_IOTA0 & 511)] = ((fSlow38 * fRec7) * ss_wself((ss_wbcastf(0.0f) > (fTemp4 * fTemp2)), ss_wbcastf(0.0f), (fTemp4 * fTemp2)));
		ss_wf fTemp58 = ss_wfabsf(((fSlow38 * fRec7) * ss_wself((ss_wbcastf(0.0f) > (fTemp2 * fTemp4)), ss_wbcastf(0.0f), (fTemp2 * fTemp4))));
		ss_wi iTemp59 = ((-(fTemp58 >= st_fRec26_1)) | (-(__builtin_convertvector(st_iRec25_1, ss_wf) >= ss_wbcastf(st_fConst11))));
		st_iRec25_0 = ss_wseli((iTemp59 != 0), ss_wbcasti(0), (st_iRec25_1 + ss_wbcasti(1)));
		st_fRec26_0 = ss_wself((iTemp59 != 0), fTemp58, st_fRec26_1);
		st_fRec24_0 = ((ss_wbcastf(st_fConst12) * st_fRec26_0) + (ss_wbcastf(st_fConst10) * st_fRec24_1));
		ss_wf fTemp60 = ss_wfabsf(st_fRec24_0);
		st_fRec23_0 = ss_wself((fTemp60 > ((ss_wbcastf(st_fConst13) * st_fRec23_1) + (ss_wbcastf(st_fConst14) * fTemp60))), fTemp60, ((ss_wbcastf(st_fConst13) * st_fRec23_1) + (ss_wbcastf(st_fConst14) * fTemp60)));
		out[i0] = ss_wself((ss_wbcastf(0.999f) < ss_wself((ss_wbcastf((-0.999f)) > (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)])), ss_wbcastf((-0.999f)), (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)]))), ss_wbcastf(0.999f), ss_wself((ss_wbcastf((-0.999f)) > (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)])), ss_wbcastf((-0.999f)), (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec23_0 > ss_wbcastf(1.1920929e-07f)), st_fRec23_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec7[((st_IOTA0 - st_iConst9) & 511)])));
		st_iVec0_1 = st_iVec0_0;
		st_iRec1_1 = st_iRec1_0;
		st_iVec1_1 = st_iVec1_0;
		st_iRec0_1 = st_iRec0_0;
		st_iRec2_1 = st_iRec2_0;
		st_fRec12_1 = st_fRec12_0;
		st_fRec10_1 = st_fRec10_0;
		st_fRec15_1 = st_fRec15_0;
		st_fRec17_1 = st_fRec17_0;
		st_fVec3_1 = st_fVec3_0;
		st_IOTA0 = (st_IOTA0 + 1);
		st_iRec18_1 = st_iRec18_0;
		st_fRec13_1 = st_fRec13_0;
		st_fRec20_1 = st_fRec20_0;
		st_fVec5_1 = st_fVec5_0;
		st_fRec21_1 = st_fRec21_0;
		st_fRec22_1 = st_fRec22_0;
		st_fRec3_1 = st_fRec3_0;
		st_fRec4_1 = st_fRec4_0;
		st_fRec5_1 = st_fRec5_0;
		st_fRec6_1 = st_fRec6_0;
		st_iRec25_1 = st_iRec25_0;
		st_fRec26_1 = st_fRec26_0;
		st_fRec24_1 = st_fRec24_0;
		st_fRec23_1 = st_fRec23_0;
	}
	dsp->iVec0[0] = st_iVec0_0;
	dsp->iVec0[1] = st_iVec0_1;
	dsp->iRec1[0] = st_iRec1_0;
	dsp->iRec1[1] = st_iRec1_1;
	dsp->iVec1[0] = st_iVec1_0;
	dsp->iVec1[1] = st_iVec1_1;
	dsp->iRec0[0] = st_iRec0_0;
	dsp->iRec0[1] = st_iRec0_1;
	dsp->iRec2[0] = st_iRec2_0;
	dsp->iRec2[1] = st_iRec2_1;
	dsp->fRec12[0] = st_fRec12_0;
	dsp->fRec12[1] = st_fRec12_1;
	dsp->fRec10[0] = st_fRec10_0;
	dsp->fRec10[1] = st_fRec10_1;
	dsp->fRec15[0] = st_fRec15_0;
	dsp->fRec15[1] = st_fRec15_1;
	dsp->fRec17[0] = st_fRec17_0;
	dsp->fRec17[1] = st_fRec17_1;
	dsp->fVec3[0] = st_fVec3_0;
	dsp->fVec3[1] = st_fVec3_1;
	dsp->IOTA0 = st_IOTA0;
	dsp->iRec18[0] = st_iRec18_0;
	dsp->iRec18[1] = st_iRec18_1;
	dsp->fRec13[0] = st_fRec13_0;
	dsp->fRec13[1] = st_fRec13_1;
	dsp->fRec20[0] = st_fRec20_0;
	dsp->fRec20[1] = st_fRec20_1;
	dsp->fVec5[0] = st_fVec5_0;
	dsp->fVec5[1] = st_fVec5_1;
	dsp->fRec21[0] = st_fRec21_0;
	dsp->fRec21[1] = st_fRec21_1;
	dsp->fRec22[0] = st_fRec22_0;
	dsp->fRec22[1] = st_fRec22_1;
	dsp->fRec3[0] = st_fRec3_0;
	dsp->fRec3[1] = st_fRec3_1;
	dsp->fRec4[0] = st_fRec4_0;
	dsp->fRec4[1] = st_fRec4_1;
	dsp->fRec5[0] = st_fRec5_0;
	dsp->fRec5[1] = st_fRec5_1;
	dsp->fRec6[0] = st_fRec6_0;
	dsp->fRec6[1] = st_fRec6_1;
	dsp->iRec25[0] = st_iRec25_0;
	dsp->iRec25[1] = st_iRec25_1;
	dsp->fRec26[0] = st_fRec26_0;
	dsp->fRec26[1] = st_fRec26_1;
	dsp->fRec24[0] = st_fRec24_0;
	dsp->fRec24[1] = st_fRec24_1;
	dsp->fRec23[0] = st_fRec23_0;
	dsp->fRec23[1] = st_fRec23_1;
}
#pragma GCC pop_options
#endif
/* ---- end of the lane-parallel twin ---- */
#ifdef __cplusplus
}
#endif

#endif
