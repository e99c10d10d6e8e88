/* ------------------------------------------------------------
name: "dawdreamer"
Code generated with Faust 2.85.9 (https://faust.grame.fr)
Compilation options: -lang c -fpga-mem-th 4 -ct 1 -cn guitar -es 1 -mcd 16 -mdd 1024 -mdy 33 -single -ftz 0
------------------------------------------------------------ */

#ifndef  __guitar_H__
#define  __guitar_H__

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
	int iRec3[2];
	int fSampleRate;
} guitarSIG0;

static guitarSIG0* newguitarSIG0() { return (guitarSIG0*)calloc(1, sizeof(guitarSIG0)); }
static void deleteguitarSIG0(guitarSIG0* dsp) { free(dsp); }

int getNumInputsguitarSIG0(guitarSIG0* RESTRICT dsp) {
	return 0;
}
int getNumOutputsguitarSIG0(guitarSIG0* RESTRICT dsp) {
	return 1;
}

static void instanceInitguitarSIG0(guitarSIG0* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l1;
		for (l1 = 0; l1 < 2; l1 = l1 + 1) {
			dsp->iRec3[l1] = 0;
		}
	}
}

static void fillguitarSIG0(guitarSIG0* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i1;
		for (i1 = 0; i1 < count; i1 = i1 + 1) {
			dsp->iRec3[0] = dsp->iRec3[1] + 1;
			table[i1] = ss_powf(2.0f, 0.00390625f * (float)(dsp->iRec3[1]) + -4.0f);
			dsp->iRec3[1] = dsp->iRec3[0];
		}
	}
}

typedef struct {
	int iRec18[2];
	int fSampleRate;
} guitarSIG1;

static guitarSIG1* newguitarSIG1() { return (guitarSIG1*)calloc(1, sizeof(guitarSIG1)); }
static void deleteguitarSIG1(guitarSIG1* dsp) { free(dsp); }

int getNumInputsguitarSIG1(guitarSIG1* RESTRICT dsp) {
	return 0;
}
int getNumOutputsguitarSIG1(guitarSIG1* RESTRICT dsp) {
	return 1;
}

static void instanceInitguitarSIG1(guitarSIG1* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l19;
		for (l19 = 0; l19 < 2; l19 = l19 + 1) {
			dsp->iRec18[l19] = 0;
		}
	}
}

static void fillguitarSIG1(guitarSIG1* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i2;
		for (i2 = 0; i2 < count; i2 = i2 + 1) {
			dsp->iRec18[0] = dsp->iRec18[1] + 1;
			table[i2] = ss_tanhf(0.0078125f * (float)(dsp->iRec18[1]) + -8.0f);
			dsp->iRec18[1] = dsp->iRec18[0];
		}
	}
}

typedef struct {
	int iVec8[2];
	int iRec21[2];
	int fSampleRate;
} guitarSIG2;

static guitarSIG2* newguitarSIG2() { return (guitarSIG2*)calloc(1, sizeof(guitarSIG2)); }
static void deleteguitarSIG2(guitarSIG2* dsp) { free(dsp); }

int getNumInputsguitarSIG2(guitarSIG2* RESTRICT dsp) {
	return 0;
}
int getNumOutputsguitarSIG2(guitarSIG2* RESTRICT dsp) {
	return 1;
}

static void instanceInitguitarSIG2(guitarSIG2* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	/* C99 loop */
	{
		int l25;
		for (l25 = 0; l25 < 2; l25 = l25 + 1) {
			dsp->iVec8[l25] = 0;
		}
	}
	/* C99 loop */
	{
		int l26;
		for (l26 = 0; l26 < 2; l26 = l26 + 1) {
			dsp->iRec21[l26] = 0;
		}
	}
}

static void fillguitarSIG2(guitarSIG2* dsp, int count, float* table) {
	/* C99 loop */
	{
		int i3;
		for (i3 = 0; i3 < count; i3 = i3 + 1) {
			dsp->iVec8[0] = 1;
			dsp->iRec21[0] = (dsp->iVec8[1] + dsp->iRec21[1]) % 65536;
			table[i3] = ss_sinf(9.58738e-05f * (float)(dsp->iRec21[0]));
			dsp->iVec8[1] = dsp->iVec8[0];
			dsp->iRec21[1] = dsp->iRec21[0];
		}
	}
}

static float guitar_faustpower2_f(float value) {
	return value * value;
}
static float ftbl0guitarSIG0[2049];
static float ftbl1guitarSIG1[2049];
static float ftbl2guitarSIG2[65536];

#ifndef FAUSTCLASS 
#define FAUSTCLASS guitar
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
	FAUSTFLOAT fEntry0;
	FAUSTFLOAT fEntry1;
	FAUSTFLOAT fEntry2;
	FAUSTFLOAT fEntry3;
	FAUSTFLOAT fEntry4;
	int iVec0[2];
	int fSampleRate;
	float fConst0;
	float fConst1;
	float fConst2;
	float fConst3;
	float fConst4;
	float fConst5;
	float fConst6;
	float fConst7;
	float fConst8;
	FAUSTFLOAT fHslider0;
	int iRec5[2];
	float fRec4[2];
	FAUSTFLOAT fHslider1;
	float fConst9;
	int iRec7[2];
	float fConst10;
	float fConst11;
	FAUSTFLOAT fHslider2;
	float fVec1[2];
	float fConst12;
	float fConst13;
	float fConst14;
	float fRec6[2];
	int IOTA0;
	float fVec2[16384];
	float fRec2[3];
	float fRec1[3];
	float fConst15;
	float fConst16;
	float fConst17;
	float fConst18;
	float fConst19;
	float fConst20;
	float fConst21;
	float fRec8[3];
	float fConst22;
	float fConst23;
	float fConst24;
	float fConst25;
	float fConst26;
	float fConst27;
	float fConst28;
	float fRec9[3];
	float fConst29;
	float fVec3[2];
	float fConst30;
	float fConst31;
	float fConst32;
	float fRec0[2];
	FAUSTFLOAT fHslider3;
	FAUSTFLOAT fHslider4;
	float fConst33;
	FAUSTFLOAT fHslider5;
	float fRec14[2];
	float fRec15[2];
	float fVec4[2];
	float fRec10[2];
	float fVec5[2];
	float fConst34;
	FAUSTFLOAT fHslider6;
	float fConst35;
	float fConst36;
	float fConst37;
	float fConst38;
	float fRec19[2];
	FAUSTFLOAT fHslider7;
	float fRec17[3];
	float fVec6[2];
	float fRec16[2];
	FAUSTFLOAT fEntry5;
	FAUSTFLOAT fHslider8;
	float fVec7[8192];
	FAUSTFLOAT fHslider9;
	float fConst39;
	float fRec22[2];
	FAUSTFLOAT fHslider10;
	float fRec20[2];
	FAUSTFLOAT fHslider11;
	float fVec9[2];
	float fConst40;
	float fConst41;
	float fConst42;
	float fRec24[2];
	float fVec10[131072];
	FAUSTFLOAT fHslider12;
	float fRec23[2];
	FAUSTFLOAT fHslider13;
	FAUSTFLOAT fHslider14;
	float fRec35[2];
	FAUSTFLOAT fHslider15;
	float fVec11[8192];
	int iConst43;
	float fRec34[2];
	float fRec37[2];
	float fVec12[8192];
	int iConst44;
	float fRec36[2];
	float fRec39[2];
	float fVec13[8192];
	int iConst45;
	float fRec38[2];
	float fRec41[2];
	float fVec14[8192];
	int iConst46;
	float fRec40[2];
	float fRec43[2];
	float fVec15[8192];
	int iConst47;
	float fRec42[2];
	float fRec45[2];
	float fVec16[8192];
	int iConst48;
	float fRec44[2];
	float fRec47[2];
	float fVec17[8192];
	int iConst49;
	float fRec46[2];
	float fRec49[2];
	float fVec18[8192];
	int iConst50;
	float fRec48[2];
	float fVec19[2048];
	int iConst51;
	float fRec32[2];
	float fVec20[2048];
	int iConst52;
	float fRec30[2];
	float fVec21[2048];
	int iConst53;
	float fRec28[2];
	float fVec22[1024];
	int iConst54;
	float fRec26[2];
	float fVec23[2];
	float fRec25[2];
	FAUSTFLOAT fHslider16;
	float fVec24[512];
	int iConst55;
	float fConst56;
	float fConst57;
	int iRec52[2];
	float fRec53[2];
	float fConst58;
	float fRec51[2];
	float fConst59;
	float fConst60;
	float fRec50[2];
} guitar;

guitar* newguitar() { 
	guitar* dsp = (guitar*)calloc(1, sizeof(guitar));
	return dsp;
}

void deleteguitar(guitar* dsp) { 
	free(dsp);
}

void metadataguitar(MetaGlue* m) { 
	m->declare(m->metaInterface, "analyzers.lib/name", "Faust Analyzer Library");
	m->declare(m->metaInterface, "analyzers.lib/version", "1.3.0");
	m->declare(m->metaInterface, "basics.lib/name", "Faust Basic Element Library");
	m->declare(m->metaInterface, "basics.lib/peakholder:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "basics.lib/peakholder:copyright", "Copyright (C) 2022 Dario Sanfilippo <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "basics.lib/peakholder:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "basics.lib/version", "1.22.0");
	m->declare(m->metaInterface, "compile_options", "-lang c -fpga-mem-th 4 -ct 1 -cn guitar -es 1 -mcd 16 -mdd 1024 -mdy 33 -single -ftz 0");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:copyright", "Copyright (C) 2020 Dario Sanfilippo       <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_N:license", "GPLv3 license");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:author", "Dario Sanfilippo");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:copyright", "Copyright (C) 2020 Dario Sanfilippo       <sanfilippo.dario@gmail.com>");
	m->declare(m->metaInterface, "compressors.lib/limiter_lad_mono:license", "GPLv3 license");
	m->declare(m->metaInterface, "compressors.lib/name", "Faust Compressor Effect Library");
	m->declare(m->metaInterface, "compressors.lib/version", "1.6.0");
	m->declare(m->metaInterface, "delays.lib/name", "Faust Delay Library");
	m->declare(m->metaInterface, "delays.lib/version", "1.2.0");
	m->declare(m->metaInterface, "filename", "dawdreamer");
	m->declare(m->metaInterface, "filters.lib/allpass_comb:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/allpass_comb:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/allpass_comb:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/dcblocker:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/dcblocker:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/dcblocker:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/fir:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/fir:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/fir:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/highpass:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/highpass:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/iir:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/iir:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/iir:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/lowpass0_highpass1", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/lowpass0_highpass1:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/lowpass:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/lowpass:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/lowpass:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/name", "Faust Filters Library");
	m->declare(m->metaInterface, "filters.lib/pole:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/pole:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/pole:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/resonbp:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/resonbp:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/resonbp:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/tf1:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/tf1:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/tf1:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/tf1s:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/tf1s:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/tf1s:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/tf2:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/tf2:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/tf2:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/tf2s:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/tf2s:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/tf2s:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "filters.lib/version", "1.7.1");
	m->declare(m->metaInterface, "filters.lib/zero:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "filters.lib/zero:copyright", "Copyright (C) 2003-2019 by Julius O. Smith III <jos@ccrma.stanford.edu>");
	m->declare(m->metaInterface, "filters.lib/zero:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "maths.lib/author", "GRAME");
	m->declare(m->metaInterface, "maths.lib/copyright", "GRAME");
	m->declare(m->metaInterface, "maths.lib/license", "LGPL with exception");
	m->declare(m->metaInterface, "maths.lib/name", "Faust Math Library");
	m->declare(m->metaInterface, "maths.lib/version", "2.9.0");
	m->declare(m->metaInterface, "misceffects.lib/cubicnl:author", "Julius O. Smith III");
	m->declare(m->metaInterface, "misceffects.lib/cubicnl:license", "STK-4.3");
	m->declare(m->metaInterface, "misceffects.lib/name", "Misc Effects Library");
	m->declare(m->metaInterface, "misceffects.lib/version", "2.5.2");
	m->declare(m->metaInterface, "name", "dawdreamer");
	m->declare(m->metaInterface, "noises.lib/name", "Faust Noise Generator Library");
	m->declare(m->metaInterface, "noises.lib/version", "1.5.0");
	m->declare(m->metaInterface, "oscillators.lib/name", "Faust Oscillator Library");
	m->declare(m->metaInterface, "oscillators.lib/version", "1.7.0");
	m->declare(m->metaInterface, "platform.lib/name", "Generic Platform Library");
	m->declare(m->metaInterface, "platform.lib/version", "1.3.0");
	m->declare(m->metaInterface, "reverbs.lib/mono_freeverb:author", "Romain Michon");
	m->declare(m->metaInterface, "reverbs.lib/name", "Faust Reverb Library");
	m->declare(m->metaInterface, "reverbs.lib/version", "1.5.1");
	m->declare(m->metaInterface, "routes.lib/name", "Faust Signal Routing Library");
	m->declare(m->metaInterface, "routes.lib/version", "1.3.0");
	m->declare(m->metaInterface, "signals.lib/name", "Faust Routing Library");
	m->declare(m->metaInterface, "signals.lib/version", "1.6.0");
	m->declare(m->metaInterface, "vaeffects.lib/name", "Faust Virtual Analog Filter Effect Library");
	m->declare(m->metaInterface, "vaeffects.lib/oberheim:author", "Eric Tarr");
	m->declare(m->metaInterface, "vaeffects.lib/oberheim:license", "MIT-style STK-4.3 license");
	m->declare(m->metaInterface, "vaeffects.lib/version", "1.5.0");
}

int getSampleRateguitar(guitar* RESTRICT dsp) {
	return dsp->fSampleRate;
}

int getNumInputsguitar(guitar* RESTRICT dsp) {
	return 0;
}
int getNumOutputsguitar(guitar* RESTRICT dsp) {
	return 1;
}

void classInitguitar(int sample_rate) {
	guitarSIG0* sig0 = newguitarSIG0();
	instanceInitguitarSIG0(sig0, sample_rate);
	fillguitarSIG0(sig0, 2049, ftbl0guitarSIG0);
	guitarSIG1* sig1 = newguitarSIG1();
	instanceInitguitarSIG1(sig1, sample_rate);
	fillguitarSIG1(sig1, 2049, ftbl1guitarSIG1);
	guitarSIG2* sig2 = newguitarSIG2();
	instanceInitguitarSIG2(sig2, sample_rate);
	fillguitarSIG2(sig2, 65536, ftbl2guitarSIG2);
	deleteguitarSIG0(sig0);
	deleteguitarSIG1(sig1);
	deleteguitarSIG2(sig2);
}

void instanceResetUserInterfaceguitar(guitar* dsp) {
	dsp->fEntry0 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry1 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry2 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry3 = (FAUSTFLOAT)(0.0f);
	dsp->fEntry4 = (FAUSTFLOAT)(0.0f);
	dsp->fHslider0 = (FAUSTFLOAT)(0.67f);
	dsp->fHslider1 = (FAUSTFLOAT)(6e+01f);
	dsp->fHslider2 = (FAUSTFLOAT)(1.2e+02f);
	dsp->fHslider3 = (FAUSTFLOAT)(0.25f);
	dsp->fHslider4 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider5 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider6 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider7 = (FAUSTFLOAT)(0.5f);
	dsp->fEntry5 = (FAUSTFLOAT)(2.0f);
	dsp->fHslider8 = (FAUSTFLOAT)(0.6f);
	dsp->fHslider9 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider10 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider11 = (FAUSTFLOAT)(0.4f);
	dsp->fHslider12 = (FAUSTFLOAT)(0.2f);
	dsp->fHslider13 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider14 = (FAUSTFLOAT)(0.5f);
	dsp->fHslider15 = (FAUSTFLOAT)(0.6f);
	dsp->fHslider16 = (FAUSTFLOAT)(0.6f);
}

void instanceClearguitar(guitar* dsp) {
	/* C99 loop */
	{
		int l0;
		for (l0 = 0; l0 < 2; l0 = l0 + 1) {
			dsp->iVec0[l0] = 0;
		}
	}
	/* C99 loop */
	{
		int l2;
		for (l2 = 0; l2 < 2; l2 = l2 + 1) {
			dsp->iRec5[l2] = 0;
		}
	}
	/* C99 loop */
	{
		int l3;
		for (l3 = 0; l3 < 2; l3 = l3 + 1) {
			dsp->fRec4[l3] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l4;
		for (l4 = 0; l4 < 2; l4 = l4 + 1) {
			dsp->iRec7[l4] = 0;
		}
	}
	/* C99 loop */
	{
		int l5;
		for (l5 = 0; l5 < 2; l5 = l5 + 1) {
			dsp->fVec1[l5] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l6;
		for (l6 = 0; l6 < 2; l6 = l6 + 1) {
			dsp->fRec6[l6] = 0.0f;
		}
	}
	dsp->IOTA0 = 0;
	/* C99 loop */
	{
		int l7;
		for (l7 = 0; l7 < 16384; l7 = l7 + 1) {
			dsp->fVec2[l7] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l8;
		for (l8 = 0; l8 < 3; l8 = l8 + 1) {
			dsp->fRec2[l8] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l9;
		for (l9 = 0; l9 < 3; l9 = l9 + 1) {
			dsp->fRec1[l9] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l10;
		for (l10 = 0; l10 < 3; l10 = l10 + 1) {
			dsp->fRec8[l10] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l11;
		for (l11 = 0; l11 < 3; l11 = l11 + 1) {
			dsp->fRec9[l11] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l12;
		for (l12 = 0; l12 < 2; l12 = l12 + 1) {
			dsp->fVec3[l12] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l13;
		for (l13 = 0; l13 < 2; l13 = l13 + 1) {
			dsp->fRec0[l13] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l14;
		for (l14 = 0; l14 < 2; l14 = l14 + 1) {
			dsp->fRec14[l14] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l15;
		for (l15 = 0; l15 < 2; l15 = l15 + 1) {
			dsp->fRec15[l15] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l16;
		for (l16 = 0; l16 < 2; l16 = l16 + 1) {
			dsp->fVec4[l16] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l17;
		for (l17 = 0; l17 < 2; l17 = l17 + 1) {
			dsp->fRec10[l17] = 0.0f;
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
		int l20;
		for (l20 = 0; l20 < 2; l20 = l20 + 1) {
			dsp->fRec19[l20] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l21;
		for (l21 = 0; l21 < 3; l21 = l21 + 1) {
			dsp->fRec17[l21] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l22;
		for (l22 = 0; l22 < 2; l22 = l22 + 1) {
			dsp->fVec6[l22] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l23;
		for (l23 = 0; l23 < 2; l23 = l23 + 1) {
			dsp->fRec16[l23] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l24;
		for (l24 = 0; l24 < 8192; l24 = l24 + 1) {
			dsp->fVec7[l24] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l27;
		for (l27 = 0; l27 < 2; l27 = l27 + 1) {
			dsp->fRec22[l27] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l28;
		for (l28 = 0; l28 < 2; l28 = l28 + 1) {
			dsp->fRec20[l28] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l29;
		for (l29 = 0; l29 < 2; l29 = l29 + 1) {
			dsp->fVec9[l29] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l30;
		for (l30 = 0; l30 < 2; l30 = l30 + 1) {
			dsp->fRec24[l30] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l31;
		for (l31 = 0; l31 < 131072; l31 = l31 + 1) {
			dsp->fVec10[l31] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l32;
		for (l32 = 0; l32 < 2; l32 = l32 + 1) {
			dsp->fRec23[l32] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l33;
		for (l33 = 0; l33 < 2; l33 = l33 + 1) {
			dsp->fRec35[l33] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l34;
		for (l34 = 0; l34 < 8192; l34 = l34 + 1) {
			dsp->fVec11[l34] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l35;
		for (l35 = 0; l35 < 2; l35 = l35 + 1) {
			dsp->fRec34[l35] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l36;
		for (l36 = 0; l36 < 2; l36 = l36 + 1) {
			dsp->fRec37[l36] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l37;
		for (l37 = 0; l37 < 8192; l37 = l37 + 1) {
			dsp->fVec12[l37] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l38;
		for (l38 = 0; l38 < 2; l38 = l38 + 1) {
			dsp->fRec36[l38] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l39;
		for (l39 = 0; l39 < 2; l39 = l39 + 1) {
			dsp->fRec39[l39] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l40;
		for (l40 = 0; l40 < 8192; l40 = l40 + 1) {
			dsp->fVec13[l40] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l41;
		for (l41 = 0; l41 < 2; l41 = l41 + 1) {
			dsp->fRec38[l41] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l42;
		for (l42 = 0; l42 < 2; l42 = l42 + 1) {
			dsp->fRec41[l42] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l43;
		for (l43 = 0; l43 < 8192; l43 = l43 + 1) {
			dsp->fVec14[l43] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l44;
		for (l44 = 0; l44 < 2; l44 = l44 + 1) {
			dsp->fRec40[l44] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l45;
		for (l45 = 0; l45 < 2; l45 = l45 + 1) {
			dsp->fRec43[l45] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l46;
		for (l46 = 0; l46 < 8192; l46 = l46 + 1) {
			dsp->fVec15[l46] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l47;
		for (l47 = 0; l47 < 2; l47 = l47 + 1) {
			dsp->fRec42[l47] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l48;
		for (l48 = 0; l48 < 2; l48 = l48 + 1) {
			dsp->fRec45[l48] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l49;
		for (l49 = 0; l49 < 8192; l49 = l49 + 1) {
			dsp->fVec16[l49] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l50;
		for (l50 = 0; l50 < 2; l50 = l50 + 1) {
			dsp->fRec44[l50] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l51;
		for (l51 = 0; l51 < 2; l51 = l51 + 1) {
			dsp->fRec47[l51] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l52;
		for (l52 = 0; l52 < 8192; l52 = l52 + 1) {
			dsp->fVec17[l52] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l53;
		for (l53 = 0; l53 < 2; l53 = l53 + 1) {
			dsp->fRec46[l53] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l54;
		for (l54 = 0; l54 < 2; l54 = l54 + 1) {
			dsp->fRec49[l54] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l55;
		for (l55 = 0; l55 < 8192; l55 = l55 + 1) {
			dsp->fVec18[l55] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l56;
		for (l56 = 0; l56 < 2; l56 = l56 + 1) {
			dsp->fRec48[l56] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l57;
		for (l57 = 0; l57 < 2048; l57 = l57 + 1) {
			dsp->fVec19[l57] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l58;
		for (l58 = 0; l58 < 2; l58 = l58 + 1) {
			dsp->fRec32[l58] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l59;
		for (l59 = 0; l59 < 2048; l59 = l59 + 1) {
			dsp->fVec20[l59] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l60;
		for (l60 = 0; l60 < 2; l60 = l60 + 1) {
			dsp->fRec30[l60] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l61;
		for (l61 = 0; l61 < 2048; l61 = l61 + 1) {
			dsp->fVec21[l61] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l62;
		for (l62 = 0; l62 < 2; l62 = l62 + 1) {
			dsp->fRec28[l62] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l63;
		for (l63 = 0; l63 < 1024; l63 = l63 + 1) {
			dsp->fVec22[l63] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l64;
		for (l64 = 0; l64 < 2; l64 = l64 + 1) {
			dsp->fRec26[l64] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l65;
		for (l65 = 0; l65 < 2; l65 = l65 + 1) {
			dsp->fVec23[l65] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l66;
		for (l66 = 0; l66 < 2; l66 = l66 + 1) {
			dsp->fRec25[l66] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l67;
		for (l67 = 0; l67 < 512; l67 = l67 + 1) {
			dsp->fVec24[l67] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l68;
		for (l68 = 0; l68 < 2; l68 = l68 + 1) {
			dsp->iRec52[l68] = 0;
		}
	}
	/* C99 loop */
	{
		int l69;
		for (l69 = 0; l69 < 2; l69 = l69 + 1) {
			dsp->fRec53[l69] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l70;
		for (l70 = 0; l70 < 2; l70 = l70 + 1) {
			dsp->fRec51[l70] = 0.0f;
		}
	}
	/* C99 loop */
	{
		int l71;
		for (l71 = 0; l71 < 2; l71 = l71 + 1) {
			dsp->fRec50[l71] = 0.0f;
		}
	}
}

void instanceConstantsguitar(guitar* dsp, int sample_rate) {
	dsp->fSampleRate = sample_rate;
	dsp->fConst0 = ss_fminf(1.92e+05f, ss_fmaxf(1.0f, (float)(dsp->fSampleRate)));
	dsp->fConst1 = ss_tanf(1288.053f / dsp->fConst0);
	dsp->fConst2 = 2.0f * (1.0f - 1.0f / guitar_faustpower2_f(dsp->fConst1));
	dsp->fConst3 = 1.0f / dsp->fConst1;
	dsp->fConst4 = (dsp->fConst3 + -0.2f) / dsp->fConst1 + 1.0f;
	dsp->fConst5 = (dsp->fConst3 + 0.2f) / dsp->fConst1 + 1.0f;
	dsp->fConst6 = 1.0f / dsp->fConst5;
	dsp->fConst7 = 44.1f / dsp->fConst0;
	dsp->fConst8 = 1.0f - dsp->fConst7;
	dsp->fConst9 = 0.0022727272f * dsp->fConst0;
	dsp->fConst10 = 4.4e+02f / dsp->fConst0;
	dsp->fConst11 = 2.64e+03f / dsp->fConst0;
	dsp->fConst12 = 1.0f / ss_tanf(12566.371f / dsp->fConst0);
	dsp->fConst13 = 1.0f - dsp->fConst12;
	dsp->fConst14 = 1.0f / (dsp->fConst12 + 1.0f);
	dsp->fConst15 = 0.3f / (dsp->fConst1 * dsp->fConst5);
	dsp->fConst16 = ss_tanf(644.0265f / dsp->fConst0);
	dsp->fConst17 = 2.0f * (1.0f - 1.0f / guitar_faustpower2_f(dsp->fConst16));
	dsp->fConst18 = 1.0f / dsp->fConst16;
	dsp->fConst19 = (dsp->fConst18 + -0.125f) / dsp->fConst16 + 1.0f;
	dsp->fConst20 = (dsp->fConst18 + 0.125f) / dsp->fConst16 + 1.0f;
	dsp->fConst21 = 1.0f / dsp->fConst20;
	dsp->fConst22 = 0.4f / (dsp->fConst16 * dsp->fConst20);
	dsp->fConst23 = ss_tanf(314.15927f / dsp->fConst0);
	dsp->fConst24 = 2.0f * (1.0f - 1.0f / guitar_faustpower2_f(dsp->fConst23));
	dsp->fConst25 = 1.0f / dsp->fConst23;
	dsp->fConst26 = (dsp->fConst25 + -0.16666667f) / dsp->fConst23 + 1.0f;
	dsp->fConst27 = (dsp->fConst25 + 0.16666667f) / dsp->fConst23 + 1.0f;
	dsp->fConst28 = 1.0f / dsp->fConst27;
	dsp->fConst29 = 0.5f / (dsp->fConst23 * dsp->fConst27);
	dsp->fConst30 = 1.0f / ss_tanf(219.91148f / dsp->fConst0);
	dsp->fConst31 = 1.0f - dsp->fConst30;
	dsp->fConst32 = 1.0f / (dsp->fConst30 + 1.0f);
	dsp->fConst33 = 6.2831855f / dsp->fConst0;
	dsp->fConst34 = 0.45f * dsp->fConst0;
	dsp->fConst35 = 3.1415927f / dsp->fConst0;
	dsp->fConst36 = 1.0f / ss_tanf(282.74335f / dsp->fConst0);
	dsp->fConst37 = 1.0f - dsp->fConst36;
	dsp->fConst38 = 1.0f / (dsp->fConst36 + 1.0f);
	dsp->fConst39 = 0.1f / dsp->fConst0;
	dsp->fConst40 = 1.0f / ss_tanf(18849.557f / dsp->fConst0);
	dsp->fConst41 = 1.0f - dsp->fConst40;
	dsp->fConst42 = 1.0f / (dsp->fConst40 + 1.0f);
	dsp->iConst43 = faustmaxi(0, (int)(0.025306122f * dsp->fConst0) + -1);
	dsp->iConst44 = faustmaxi(0, (int)(0.026938776f * dsp->fConst0) + -1);
	dsp->iConst45 = faustmaxi(0, (int)(0.028956916f * dsp->fConst0) + -1);
	dsp->iConst46 = faustmaxi(0, (int)(0.030748298f * dsp->fConst0) + -1);
	dsp->iConst47 = faustmaxi(0, (int)(0.0322449f * dsp->fConst0) + -1);
	dsp->iConst48 = faustmaxi(0, (int)(0.033809524f * dsp->fConst0) + -1);
	dsp->iConst49 = faustmaxi(0, (int)(0.035306122f * dsp->fConst0) + -1);
	dsp->iConst50 = faustmaxi(0, (int)(0.036666665f * dsp->fConst0) + -1);
	dsp->iConst51 = faustmini(1024, faustmaxi(0, (int)(0.0126077095f * dsp->fConst0) + -1));
	dsp->iConst52 = faustmini(1024, faustmaxi(0, (int)(0.01f * dsp->fConst0) + -1));
	dsp->iConst53 = faustmini(1024, faustmaxi(0, (int)(0.0077324263f * dsp->fConst0) + -1));
	dsp->iConst54 = faustmini(1024, faustmaxi(0, (int)(0.0051020407f * dsp->fConst0) + -1));
	dsp->iConst55 = (int)(0.002f * dsp->fConst0);
	dsp->fConst56 = ss_expf(-(2.5e+03f / dsp->fConst0));
	dsp->fConst57 = 0.005f * dsp->fConst0;
	dsp->fConst58 = 1.0f - dsp->fConst56;
	dsp->fConst59 = ss_expf(-(6.6666665f / dsp->fConst0));
	dsp->fConst60 = 1.0f - dsp->fConst59;
}
	
void instanceInitguitar(guitar* dsp, int sample_rate) {
	instanceConstantsguitar(dsp, sample_rate);
	instanceResetUserInterfaceguitar(dsp);
	instanceClearguitar(dsp);
}

void initguitar(guitar* dsp, int sample_rate) {
	classInitguitar(sample_rate);
	instanceInitguitar(dsp, sample_rate);
}

void buildUserInterfaceguitar(guitar* dsp, UIGlue* ui_interface) {
	ui_interface->openVerticalBox(ui_interface->uiInterface, "dawdreamer");
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "delay_feedback", &dsp->fHslider11, (FAUSTFLOAT)0.4f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "delay_intensity", &dsp->fHslider13, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "delay_on_off", &dsp->fEntry1, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "delay_time", &dsp->fHslider12, (FAUSTFLOAT)0.2f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "disto_drive", &dsp->fHslider7, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "disto_on_off", &dsp->fEntry3, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "disto_tone", &dsp->fHslider6, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_frequency", &dsp->fHslider4, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_mode_LBF_HPF", &dsp->fHslider3, (FAUSTFLOAT)0.25f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "filter_on_off", &dsp->fEntry4, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "filter_resonance", &dsp->fHslider5, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "flanger_intensity", &dsp->fHslider8, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "flanger_mode", &dsp->fEntry5, (FAUSTFLOAT)2.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)2.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "flanger_on_off", &dsp->fEntry2, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "flanger_rate", &dsp->fHslider9, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "flanger_width", &dsp->fHslider10, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "master_volume", &dsp->fHslider16, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "note", &dsp->fHslider1, (FAUSTFLOAT)6e+01f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)127.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "note_length", &dsp->fHslider0, (FAUSTFLOAT)0.67f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)6e+01f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "reverb_bright", &dsp->fHslider14, (FAUSTFLOAT)0.5f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addNumEntry(ui_interface->uiInterface, "reverb_on_off", &dsp->fEntry0, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)1.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "reverb_room_size", &dsp->fHslider15, (FAUSTFLOAT)0.6f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)1.0f, (FAUSTFLOAT)0.0f);
	ui_interface->addHorizontalSlider(ui_interface->uiInterface, "velocity", &dsp->fHslider2, (FAUSTFLOAT)1.2e+02f, (FAUSTFLOAT)0.0f, (FAUSTFLOAT)127.0f, (FAUSTFLOAT)1.0f);
	ui_interface->closeBox(ui_interface->uiInterface);
}

void computeguitar(guitar* dsp, int count, FAUSTFLOAT** RESTRICT inputs, FAUSTFLOAT** RESTRICT outputs) {
	FAUSTFLOAT* output0 = outputs[0];
	int iSlow0 = (int)((float)(dsp->fEntry0));
	int iSlow1 = (int)((float)(dsp->fEntry1));
	int iSlow2 = (int)((float)(dsp->fEntry2));
	int iSlow3 = (int)((float)(dsp->fEntry3));
	int iSlow4 = (int)((float)(dsp->fEntry4));
	float fSlow5 = dsp->fConst0 * (float)(dsp->fHslider0);
	float fSlow6 = ss_powf(2.0f, 0.083333336f * ((float)(dsp->fHslider1) + -69.0f));
	float fSlow7 = 0.02264951f / fSlow6;
	float fSlow8 = dsp->fConst9 / fSlow6;
	float fSlow9 = dsp->fConst10 * fSlow6;
	float fSlow10 = dsp->fConst11 * fSlow6;
	float fSlow11 = 0.007874016f * (float)(dsp->fHslider2);
	float fSlow12 = fSlow8 + -1.3f;
	int iSlow13 = (int)(fSlow12);
	int iSlow14 = faustmini(8193, faustmaxi(0, iSlow13 + 1));
	float fSlow15 = floorf(fSlow12);
	float fSlow16 = fSlow8 + (-1.3f - fSlow15);
	int iSlow17 = faustmini(8193, faustmaxi(0, iSlow13));
	float fSlow18 = fSlow15 + (2.3f - fSlow8);
	float fSlow19 = (float)(dsp->fHslider3);
	int iSlow20 = fSlow19 < 0.5f;
	float fSlow21 = ss_tanf(dsp->fConst33 * ss_powf(1e+01f, 3.0f * ss_fminf(0.9f, (float)(dsp->fHslider4)) + 1.0f));
	float fSlow22 = ss_powf(2.0f, 4.0f * (float)(dsp->fHslider5));
	float fSlow23 = 1.4285715f / fSlow22 + fSlow21;
	float fSlow24 = fSlow21 * fSlow23 + 1.0f;
	float fSlow25 = fSlow21 / fSlow24;
	float fSlow26 = 1.0f / fSlow24;
	float fSlow27 = 2.0f * fSlow21;
	float fSlow28 = 2.0f * fSlow19;
	float fSlow29 = fSlow28 + -1.0f;
	float fSlow30 = 4.0f / sqrtf(fSlow22);
	float fSlow31 = ss_tanf(dsp->fConst35 * ss_fminf(dsp->fConst34, 4e+02f * ss_powf(2.0f, 4.5f * (float)(dsp->fHslider6))));
	float fSlow32 = 2.0f * (1.0f - 1.0f / guitar_faustpower2_f(fSlow31));
	float fSlow33 = 1.0f / fSlow31;
	float fSlow34 = (fSlow33 + -1.4142135f) / fSlow31 + 1.0f;
	float fSlow35 = 1.0f / ((fSlow33 + 1.4142135f) / fSlow31 + 1.0f);
	float fSlow36 = ss_powf(1e+01f, 2.0f * (float)(dsp->fHslider7));
	float fSlow37 = (float)(dsp->fEntry5);
	int iSlow38 = fSlow37 >= 2.0f;
	int iSlow39 = fSlow37 >= 1.0f;
	float fSlow40 = ((iSlow38) ? 0.9f : ((iSlow39) ? 0.5f : 0.6f));
	float fSlow41 = (float)(dsp->fHslider8);
	float fSlow42 = 1.0f - 0.5f * fSlow41 * fSlow40;
	float fSlow43 = ((iSlow38) ? 0.5f : ((iSlow39) ? 1.0f : 0.6f));
	float fSlow44 = dsp->fConst39 * ss_powf(2.0f, 7.0f * (float)(dsp->fHslider9));
	float fSlow45 = ((iSlow39) ? 0.004f : 0.01f);
	float fSlow46 = ((iSlow38) ? 0.005f : fSlow45);
	float fSlow47 = (float)(dsp->fHslider10);
	float fSlow48 = ((iSlow38) ? 0.0005f : fSlow45);
	float fSlow49 = ((iSlow38) ? 0.6f : ((iSlow39) ? 0.0f : 0.7f));
	float fSlow50 = 0.9f * (float)(dsp->fHslider11);
	int iSlow51 = faustmini(65536, faustmaxi(0, (int)(dsp->fConst0 * (1.4f * (float)(dsp->fHslider12) + 0.01f)) + -1));
	float fSlow52 = 0.7f * (float)(dsp->fHslider13);
	float fSlow53 = 0.7f * (1.0f - (float)(dsp->fHslider14));
	float fSlow54 = 0.95f - fSlow53;
	float fSlow55 = fSlow53 + 0.05f;
	float fSlow56 = 0.27f * (float)(dsp->fHslider15) + 0.7f;
	float fSlow57 = (float)(dsp->fHslider16);
	/* C99 loop */
	{
		int i0;
		for (i0 = 0; i0 < count; i0 = i0 + 1) {
			dsp->iVec0[0] = 1;
			dsp->iRec5[0] = dsp->iRec5[1] + 1;
			float fTemp0 = (float)(dsp->iRec5[1]);
			dsp->fRec4[0] = dsp->fConst7 * ((fTemp0 < fSlow5) ? 4.0f : 0.06f) + dsp->fConst8 * dsp->fRec4[1];
			float fTemp1 = 256.0f * (ss_fminf(4.0f, ss_fmaxf(-4.0f, -(fSlow7 / dsp->fRec4[0]))) + 4.0f);
			int iTemp2 = faustmini(2047, (int)(fTemp1));
			float fTemp3 = ftbl0guitarSIG0[iTemp2];
			dsp->iRec7[0] = 1103515245 * dsp->iRec7[1] + 12345;
			float fTemp4 = fSlow9 * fTemp0;
			float fTemp5 = fSlow11 * (((fTemp4 < 0.16666667f) ? fSlow10 * fTemp0 : 1.2f * (1.0f - fTemp4)) + 2.3283064e-10f * (float)(dsp->iRec7[0]) + -0.5f) * (float)(fTemp0 < fSlow8);
			dsp->fVec1[0] = fTemp5;
			dsp->fRec6[0] = -(dsp->fConst14 * (dsp->fConst13 * dsp->fRec6[1] - (fTemp5 + dsp->fVec1[1])));
			float fTemp6 = dsp->fRec6[0] + (fTemp3 + (fTemp1 - (float)(iTemp2)) * (ftbl0guitarSIG0[iTemp2 + 1] - fTemp3)) * (0.7f * dsp->fRec2[1] + 0.3f * dsp->fRec2[2]);
			dsp->fVec2[dsp->IOTA0 & 16383] = fTemp6;
			dsp->fRec2[0] = fSlow18 * dsp->fVec2[(dsp->IOTA0 - iSlow17) & 16383] + fSlow16 * dsp->fVec2[(dsp->IOTA0 - iSlow14) & 16383];
			dsp->fRec1[0] = dsp->fRec2[0] - dsp->fConst6 * (dsp->fConst4 * dsp->fRec1[2] + dsp->fConst2 * dsp->fRec1[1]);
			dsp->fRec8[0] = dsp->fRec2[0] - dsp->fConst21 * (dsp->fConst19 * dsp->fRec8[2] + dsp->fConst17 * dsp->fRec8[1]);
			dsp->fRec9[0] = dsp->fRec2[0] - dsp->fConst28 * (dsp->fConst26 * dsp->fRec9[2] + dsp->fConst24 * dsp->fRec9[1]);
			float fTemp7 = dsp->fRec2[0] + dsp->fConst29 * (dsp->fRec9[0] - dsp->fRec9[2]) + dsp->fConst22 * (dsp->fRec8[0] - dsp->fRec8[2]) + dsp->fConst15 * (dsp->fRec1[0] - dsp->fRec1[2]);
			dsp->fVec3[0] = fTemp7;
			dsp->fRec0[0] = -(dsp->fConst32 * (dsp->fConst31 * dsp->fRec0[1] - dsp->fConst30 * (fTemp7 - dsp->fVec3[1])));
			float fTemp8 = 0.225f * dsp->fRec0[0] - (dsp->fRec14[1] + fSlow23 * dsp->fRec15[1]);
			float fTemp9 = fSlow25 * fTemp8;
			float fTemp10 = ss_fmaxf(-1.0f, ss_fminf(1.0f, dsp->fRec15[1] + fTemp9));
			float fTemp11 = fTemp10 * (1.0f - 0.33333334f * guitar_faustpower2_f(fTemp10));
			float fTemp12 = fSlow21 * fTemp11;
			float fRec11 = dsp->fRec14[1] + fTemp12;
			float fTemp13 = fSlow26 * fTemp8;
			float fRec12 = fTemp13;
			float fRec13 = fTemp11;
			dsp->fRec14[0] = dsp->fRec14[1] + fSlow27 * fTemp11;
			dsp->fRec15[0] = fTemp9 + fTemp11;
			float fTemp14 = fSlow30 * ((iSlow20) ? fRec11 + fSlow28 * (fRec13 - fRec11) : fRec13 + fSlow29 * (fRec12 - fRec13));
			dsp->fVec4[0] = fTemp14;
			dsp->fRec10[0] = 0.995f * dsp->fRec10[1] + fTemp14 - dsp->fVec4[1];
			float fTemp15 = ((iSlow4) ? dsp->fRec10[0] : 0.9f * dsp->fRec0[0]);
			dsp->fVec5[0] = fTemp15;
			dsp->fRec19[0] = -(dsp->fConst38 * (dsp->fConst37 * dsp->fRec19[1] - dsp->fConst36 * (fTemp15 - dsp->fVec5[1])));
			float fTemp16 = 128.0f * (ss_fminf(8.0f, ss_fmaxf(-8.0f, fSlow36 * dsp->fRec19[0])) + 8.0f);
			int iTemp17 = faustmini(2047, (int)(fTemp16));
			float fTemp18 = ftbl1guitarSIG1[iTemp17];
			dsp->fRec17[0] = 0.5f * (fTemp18 + (fTemp16 - (float)(iTemp17)) * (ftbl1guitarSIG1[iTemp17 + 1] - fTemp18)) - fSlow35 * (fSlow34 * dsp->fRec17[2] + fSlow32 * dsp->fRec17[1]);
			float fTemp19 = fSlow35 * (dsp->fRec17[2] + dsp->fRec17[0] + 2.0f * dsp->fRec17[1]);
			dsp->fVec6[0] = fTemp19;
			dsp->fRec16[0] = 0.995f * dsp->fRec16[1] + fTemp19 - dsp->fVec6[1];
			float fTemp20 = ((iSlow3) ? dsp->fRec16[0] : fTemp15);
			float fTemp21 = fTemp20 + fSlow41 * fSlow40 * dsp->fRec20[1];
			dsp->fVec7[dsp->IOTA0 & 8191] = fTemp21;
			float fTemp22 = ((1 - dsp->iVec0[1]) ? 0.0f : fSlow44 + dsp->fRec22[1]);
			dsp->fRec22[0] = fTemp22 - floorf(fTemp22);
			float fTemp23 = dsp->fConst0 * (fSlow48 + fSlow47 * fSlow46 * (ftbl2guitarSIG2[faustmaxi(0, faustmini((int)(65536.0f * dsp->fRec22[0]), 65535))] + 1.0f));
			int iTemp24 = (int)(fTemp23);
			float fTemp25 = floorf(fTemp23);
			dsp->fRec20[0] = dsp->fVec7[(dsp->IOTA0 - faustmini(4097, faustmaxi(0, iTemp24))) & 8191] * (fTemp25 + (1.0f - fTemp23)) + (fTemp23 - fTemp25) * dsp->fVec7[(dsp->IOTA0 - faustmini(4097, faustmaxi(0, iTemp24 + 1))) & 8191];
			float fTemp26 = ((iSlow2) ? fSlow49 * fTemp20 + dsp->fRec20[0] * fSlow43 * fSlow42 : fTemp20);
			float fTemp27 = fSlow50 * dsp->fRec23[1];
			dsp->fVec9[0] = fTemp27;
			dsp->fRec24[0] = -(dsp->fConst42 * (dsp->fConst41 * dsp->fRec24[1] - (fTemp27 + dsp->fVec9[1])));
			dsp->fVec10[dsp->IOTA0 & 131071] = dsp->fRec24[0] + fTemp26;
			dsp->fRec23[0] = dsp->fVec10[(dsp->IOTA0 - iSlow51) & 131071];
			float fTemp28 = ((iSlow1) ? fSlow52 * dsp->fRec23[0] + fTemp26 : fTemp26);
			float fTemp29 = 0.1f * fTemp28;
			dsp->fRec35[0] = fSlow55 * dsp->fRec35[1] + fSlow54 * dsp->fRec34[1];
			dsp->fVec11[dsp->IOTA0 & 8191] = fSlow56 * dsp->fRec35[0] + fTemp29;
			dsp->fRec34[0] = dsp->fVec11[(dsp->IOTA0 - dsp->iConst43) & 8191];
			dsp->fRec37[0] = fSlow55 * dsp->fRec37[1] + fSlow54 * dsp->fRec36[1];
			dsp->fVec12[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec37[0];
			dsp->fRec36[0] = dsp->fVec12[(dsp->IOTA0 - dsp->iConst44) & 8191];
			dsp->fRec39[0] = fSlow55 * dsp->fRec39[1] + fSlow54 * dsp->fRec38[1];
			dsp->fVec13[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec39[0];
			dsp->fRec38[0] = dsp->fVec13[(dsp->IOTA0 - dsp->iConst45) & 8191];
			dsp->fRec41[0] = fSlow55 * dsp->fRec41[1] + fSlow54 * dsp->fRec40[1];
			dsp->fVec14[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec41[0];
			dsp->fRec40[0] = dsp->fVec14[(dsp->IOTA0 - dsp->iConst46) & 8191];
			dsp->fRec43[0] = fSlow55 * dsp->fRec43[1] + fSlow54 * dsp->fRec42[1];
			dsp->fVec15[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec43[0];
			dsp->fRec42[0] = dsp->fVec15[(dsp->IOTA0 - dsp->iConst47) & 8191];
			dsp->fRec45[0] = fSlow55 * dsp->fRec45[1] + fSlow54 * dsp->fRec44[1];
			dsp->fVec16[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec45[0];
			dsp->fRec44[0] = dsp->fVec16[(dsp->IOTA0 - dsp->iConst48) & 8191];
			dsp->fRec47[0] = fSlow55 * dsp->fRec47[1] + fSlow54 * dsp->fRec46[1];
			dsp->fVec17[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec47[0];
			dsp->fRec46[0] = dsp->fVec17[(dsp->IOTA0 - dsp->iConst49) & 8191];
			dsp->fRec49[0] = fSlow55 * dsp->fRec49[1] + fSlow54 * dsp->fRec48[1];
			dsp->fVec18[dsp->IOTA0 & 8191] = fTemp29 + fSlow56 * dsp->fRec49[0];
			dsp->fRec48[0] = dsp->fVec18[(dsp->IOTA0 - dsp->iConst50) & 8191];
			float fTemp30 = dsp->fRec48[1] + dsp->fRec46[1] + dsp->fRec44[1] + dsp->fRec42[1] + dsp->fRec40[1] + dsp->fRec38[1] + dsp->fRec36[1] + 0.5f * dsp->fRec32[1] + dsp->fRec34[1];
			dsp->fVec19[dsp->IOTA0 & 2047] = fTemp30;
			dsp->fRec32[0] = dsp->fVec19[(dsp->IOTA0 - dsp->iConst51) & 2047];
			float fRec33 = -(0.5f * fTemp30);
			float fTemp31 = dsp->fRec32[1] + fRec33 + 0.5f * dsp->fRec30[1];
			dsp->fVec20[dsp->IOTA0 & 2047] = fTemp31;
			dsp->fRec30[0] = dsp->fVec20[(dsp->IOTA0 - dsp->iConst52) & 2047];
			float fRec31 = -(0.5f * fTemp31);
			float fTemp32 = dsp->fRec30[1] + fRec31 + 0.5f * dsp->fRec28[1];
			dsp->fVec21[dsp->IOTA0 & 2047] = fTemp32;
			dsp->fRec28[0] = dsp->fVec21[(dsp->IOTA0 - dsp->iConst53) & 2047];
			float fRec29 = -(0.5f * fTemp32);
			float fTemp33 = dsp->fRec28[1] + fRec29 + 0.5f * dsp->fRec26[1];
			dsp->fVec22[dsp->IOTA0 & 1023] = fTemp33;
			dsp->fRec26[0] = dsp->fVec22[(dsp->IOTA0 - dsp->iConst54) & 1023];
			float fRec27 = -(0.5f * fTemp33);
			dsp->fVec23[0] = fRec27 + dsp->fRec26[1];
			dsp->fRec25[0] = dsp->fRec26[1] + fRec27 + 0.995f * dsp->fRec25[1] - dsp->fVec23[1];
			float fTemp34 = fSlow57 * ((iSlow0) ? dsp->fRec25[0] + fTemp28 : fTemp28);
			dsp->fVec24[dsp->IOTA0 & 511] = fTemp34;
			float fTemp35 = fabsf(fTemp34);
			int iTemp36 = (fTemp35 >= dsp->fRec53[1]) | ((float)(dsp->iRec52[1]) >= dsp->fConst57);
			dsp->iRec52[0] = ((iTemp36) ? 0 : dsp->iRec52[1] + 1);
			dsp->fRec53[0] = ((iTemp36) ? fTemp35 : dsp->fRec53[1]);
			dsp->fRec51[0] = dsp->fConst58 * dsp->fRec53[0] + dsp->fConst56 * dsp->fRec51[1];
			float fTemp37 = fabsf(dsp->fRec51[0]);
			dsp->fRec50[0] = ss_fmaxf(fTemp37, dsp->fConst59 * dsp->fRec50[1] + dsp->fConst60 * fTemp37);
			output0[i0] = (FAUSTFLOAT)(ss_fminf(0.999f, ss_fmaxf(-0.999f, ss_fminf(1.0f, 0.89f / ss_fmaxf(dsp->fRec50[0], 1.1920929e-07f)) * dsp->fVec24[(dsp->IOTA0 - dsp->iConst55) & 511])));
			dsp->iVec0[1] = dsp->iVec0[0];
			dsp->iRec5[1] = dsp->iRec5[0];
			dsp->fRec4[1] = dsp->fRec4[0];
			dsp->iRec7[1] = dsp->iRec7[0];
			dsp->fVec1[1] = dsp->fVec1[0];
			dsp->fRec6[1] = dsp->fRec6[0];
			dsp->IOTA0 = dsp->IOTA0 + 1;
			dsp->fRec2[2] = dsp->fRec2[1];
			dsp->fRec2[1] = dsp->fRec2[0];
			dsp->fRec1[2] = dsp->fRec1[1];
			dsp->fRec1[1] = dsp->fRec1[0];
			dsp->fRec8[2] = dsp->fRec8[1];
			dsp->fRec8[1] = dsp->fRec8[0];
			dsp->fRec9[2] = dsp->fRec9[1];
			dsp->fRec9[1] = dsp->fRec9[0];
			dsp->fVec3[1] = dsp->fVec3[0];
			dsp->fRec0[1] = dsp->fRec0[0];
			dsp->fRec14[1] = dsp->fRec14[0];
			dsp->fRec15[1] = dsp->fRec15[0];
			dsp->fVec4[1] = dsp->fVec4[0];
			dsp->fRec10[1] = dsp->fRec10[0];
			dsp->fVec5[1] = dsp->fVec5[0];
			dsp->fRec19[1] = dsp->fRec19[0];
			dsp->fRec17[2] = dsp->fRec17[1];
			dsp->fRec17[1] = dsp->fRec17[0];
			dsp->fVec6[1] = dsp->fVec6[0];
			dsp->fRec16[1] = dsp->fRec16[0];
			dsp->fRec22[1] = dsp->fRec22[0];
			dsp->fRec20[1] = dsp->fRec20[0];
			dsp->fVec9[1] = dsp->fVec9[0];
			dsp->fRec24[1] = dsp->fRec24[0];
			dsp->fRec23[1] = dsp->fRec23[0];
			dsp->fRec35[1] = dsp->fRec35[0];
			dsp->fRec34[1] = dsp->fRec34[0];
			dsp->fRec37[1] = dsp->fRec37[0];
			dsp->fRec36[1] = dsp->fRec36[0];
			dsp->fRec39[1] = dsp->fRec39[0];
			dsp->fRec38[1] = dsp->fRec38[0];
			dsp->fRec41[1] = dsp->fRec41[0];
			dsp->fRec40[1] = dsp->fRec40[0];
			dsp->fRec43[1] = dsp->fRec43[0];
			dsp->fRec42[1] = dsp->fRec42[0];
			dsp->fRec45[1] = dsp->fRec45[0];
			dsp->fRec44[1] = dsp->fRec44[0];
			dsp->fRec47[1] = dsp->fRec47[0];
			dsp->fRec46[1] = dsp->fRec46[0];
			dsp->fRec49[1] = dsp->fRec49[0];
			dsp->fRec48[1] = dsp->fRec48[0];
			dsp->fRec32[1] = dsp->fRec32[0];
			dsp->fRec30[1] = dsp->fRec30[0];
			dsp->fRec28[1] = dsp->fRec28[0];
			dsp->fRec26[1] = dsp->fRec26[0];
			dsp->fVec23[1] = dsp->fVec23[0];
			dsp->fRec25[1] = dsp->fRec25[0];
			dsp->iRec52[1] = dsp->iRec52[0];
			dsp->fRec53[1] = dsp->fRec53[0];
			dsp->fRec51[1] = dsp->fRec51[0];
			dsp->fRec50[1] = dsp->fRec50[0];
		}
	}
}

/* ---- lane-parallel twin, generated by generators/dsp_lanes.py ---- */
/* SS_LANES (4) patches per call (ssvec.h); each lane the same bits as the scalar class. */
#include "ssvec.h"

typedef struct {
	ss_vf fEntry0;
	ss_vf fEntry1;
	ss_vf fEntry2;
	ss_vf fEntry3;
	ss_vf fEntry4;
	ss_vi iVec0[2];
	int fSampleRate;
	float fConst0;
	float fConst1;
	float fConst2;
	float fConst3;
	float fConst4;
	float fConst5;
	float fConst6;
	float fConst7;
	float fConst8;
	ss_vf fHslider0;
	ss_vi iRec5[2];
	ss_vf fRec4[2];
	ss_vf fHslider1;
	float fConst9;
	ss_vi iRec7[2];
	float fConst10;
	float fConst11;
	ss_vf fHslider2;
	ss_vf fVec1[2];
	float fConst12;
	float fConst13;
	float fConst14;
	ss_vf fRec6[2];
	int IOTA0;
	ss_vf fVec2[16384];
	ss_vf fRec2[3];
	ss_vf fRec1[3];
	float fConst15;
	float fConst16;
	float fConst17;
	float fConst18;
	float fConst19;
	float fConst20;
	float fConst21;
	ss_vf fRec8[3];
	float fConst22;
	float fConst23;
	float fConst24;
	float fConst25;
	float fConst26;
	float fConst27;
	float fConst28;
	ss_vf fRec9[3];
	float fConst29;
	ss_vf fVec3[2];
	float fConst30;
	float fConst31;
	float fConst32;
	ss_vf fRec0[2];
	ss_vf fHslider3;
	ss_vf fHslider4;
	float fConst33;
	ss_vf fHslider5;
	ss_vf fRec14[2];
	ss_vf fRec15[2];
	ss_vf fVec4[2];
	ss_vf fRec10[2];
	ss_vf fVec5[2];
	float fConst34;
	ss_vf fHslider6;
	float fConst35;
	float fConst36;
	float fConst37;
	float fConst38;
	ss_vf fRec19[2];
	ss_vf fHslider7;
	ss_vf fRec17[3];
	ss_vf fVec6[2];
	ss_vf fRec16[2];
	ss_vf fEntry5;
	ss_vf fHslider8;
	ss_vf fVec7[8192];
	ss_vf fHslider9;
	float fConst39;
	ss_vf fRec22[2];
	ss_vf fHslider10;
	ss_vf fRec20[2];
	ss_vf fHslider11;
	ss_vf fVec9[2];
	float fConst40;
	float fConst41;
	float fConst42;
	ss_vf fRec24[2];
	ss_vf fVec10[131072];
	ss_vf fHslider12;
	ss_vf fRec23[2];
	ss_vf fHslider13;
	ss_vf fHslider14;
	ss_vf fRec35[2];
	ss_vf fHslider15;
	ss_vf fVec11[8192];
	int iConst43;
	ss_vf fRec34[2];
	ss_vf fRec37[2];
	ss_vf fVec12[8192];
	int iConst44;
	ss_vf fRec36[2];
	ss_vf fRec39[2];
	ss_vf fVec13[8192];
	int iConst45;
	ss_vf fRec38[2];
	ss_vf fRec41[2];
	ss_vf fVec14[8192];
	int iConst46;
	ss_vf fRec40[2];
	ss_vf fRec43[2];
	ss_vf fVec15[8192];
	int iConst47;
	ss_vf fRec42[2];
	ss_vf fRec45[2];
	ss_vf fVec16[8192];
	int iConst48;
	ss_vf fRec44[2];
	ss_vf fRec47[2];
	ss_vf fVec17[8192];
	int iConst49;
	ss_vf fRec46[2];
	ss_vf fRec49[2];
	ss_vf fVec18[8192];
	int iConst50;
	ss_vf fRec48[2];
	ss_vf fVec19[2048];
	int iConst51;
	ss_vf fRec32[2];
	ss_vf fVec20[2048];
	int iConst52;
	ss_vf fRec30[2];
	ss_vf fVec21[2048];
	int iConst53;
	ss_vf fRec28[2];
	ss_vf fVec22[1024];
	int iConst54;
	ss_vf fRec26[2];
	ss_vf fVec23[2];
	ss_vf fRec25[2];
	ss_vf fHslider16;
	ss_vf fVec24[512];
	int iConst55;
	float fConst56;
	float fConst57;
	ss_vi iRec52[2];
	ss_vf fRec53[2];
	float fConst58;
	ss_vf fRec51[2];
	float fConst59;
	float fConst60;
	ss_vf fRec50[2];
} guitar_lanes;

size_t sizeofguitarLanes(void) { return sizeof(guitar_lanes); }

void clearguitarLanes(void* lanes) {
	guitar_lanes* RESTRICT d = (guitar_lanes*)lanes;
	memset(&d->iVec0, 0, sizeof(d->iVec0));
	memset(&d->iRec5, 0, sizeof(d->iRec5));
	memset(&d->fRec4, 0, sizeof(d->fRec4));
	memset(&d->iRec7, 0, sizeof(d->iRec7));
	memset(&d->fVec1, 0, sizeof(d->fVec1));
	memset(&d->fRec6, 0, sizeof(d->fRec6));
	memset(&d->IOTA0, 0, sizeof(d->IOTA0));
	memset(&d->fVec2, 0, sizeof(d->fVec2));
	memset(&d->fRec2, 0, sizeof(d->fRec2));
	memset(&d->fRec1, 0, sizeof(d->fRec1));
	memset(&d->fRec8, 0, sizeof(d->fRec8));
	memset(&d->fRec9, 0, sizeof(d->fRec9));
	memset(&d->fVec3, 0, sizeof(d->fVec3));
	memset(&d->fRec0, 0, sizeof(d->fRec0));
	memset(&d->fRec14, 0, sizeof(d->fRec14));
	memset(&d->fRec15, 0, sizeof(d->fRec15));
	memset(&d->fVec4, 0, sizeof(d->fVec4));
	memset(&d->fRec10, 0, sizeof(d->fRec10));
	memset(&d->fVec5, 0, sizeof(d->fVec5));
	memset(&d->fRec19, 0, sizeof(d->fRec19));
	memset(&d->fRec17, 0, sizeof(d->fRec17));
	memset(&d->fVec6, 0, sizeof(d->fVec6));
	memset(&d->fRec16, 0, sizeof(d->fRec16));
	memset(&d->fVec7, 0, sizeof(d->fVec7));
	memset(&d->fRec22, 0, sizeof(d->fRec22));
	memset(&d->fRec20, 0, sizeof(d->fRec20));
	memset(&d->fVec9, 0, sizeof(d->fVec9));
	memset(&d->fRec24, 0, sizeof(d->fRec24));
	memset(&d->fVec10, 0, sizeof(d->fVec10));
	memset(&d->fRec23, 0, sizeof(d->fRec23));
	memset(&d->fRec35, 0, sizeof(d->fRec35));
	memset(&d->fVec11, 0, sizeof(d->fVec11));
	memset(&d->fRec34, 0, sizeof(d->fRec34));
	memset(&d->fRec37, 0, sizeof(d->fRec37));
	memset(&d->fVec12, 0, sizeof(d->fVec12));
	memset(&d->fRec36, 0, sizeof(d->fRec36));
	memset(&d->fRec39, 0, sizeof(d->fRec39));
	memset(&d->fVec13, 0, sizeof(d->fVec13));
	memset(&d->fRec38, 0, sizeof(d->fRec38));
	memset(&d->fRec41, 0, sizeof(d->fRec41));
	memset(&d->fVec14, 0, sizeof(d->fVec14));
	memset(&d->fRec40, 0, sizeof(d->fRec40));
	memset(&d->fRec43, 0, sizeof(d->fRec43));
	memset(&d->fVec15, 0, sizeof(d->fVec15));
	memset(&d->fRec42, 0, sizeof(d->fRec42));
	memset(&d->fRec45, 0, sizeof(d->fRec45));
	memset(&d->fVec16, 0, sizeof(d->fVec16));
	memset(&d->fRec44, 0, sizeof(d->fRec44));
	memset(&d->fRec47, 0, sizeof(d->fRec47));
	memset(&d->fVec17, 0, sizeof(d->fVec17));
	memset(&d->fRec46, 0, sizeof(d->fRec46));
	memset(&d->fRec49, 0, sizeof(d->fRec49));
	memset(&d->fVec18, 0, sizeof(d->fVec18));
	memset(&d->fRec48, 0, sizeof(d->fRec48));
	memset(&d->fVec19, 0, sizeof(d->fVec19));
	memset(&d->fRec32, 0, sizeof(d->fRec32));
	memset(&d->fVec20, 0, sizeof(d->fVec20));
	memset(&d->fRec30, 0, sizeof(d->fRec30));
	memset(&d->fVec21, 0, sizeof(d->fVec21));
	memset(&d->fRec28, 0, sizeof(d->fRec28));
	memset(&d->fVec22, 0, sizeof(d->fVec22));
	memset(&d->fRec26, 0, sizeof(d->fRec26));
	memset(&d->fVec23, 0, sizeof(d->fVec23));
	memset(&d->fRec25, 0, sizeof(d->fRec25));
	memset(&d->fVec24, 0, sizeof(d->fVec24));
	memset(&d->iRec52, 0, sizeof(d->iRec52));
	memset(&d->fRec53, 0, sizeof(d->fRec53));
	memset(&d->fRec51, 0, sizeof(d->fRec51));
	memset(&d->fRec50, 0, sizeof(d->fRec50));
}

void packguitarLanes(void* lanes, void* scalar, int l) {
	guitar_lanes* RESTRICT d = (guitar_lanes*)lanes;
	guitar* RESTRICT s = (guitar*)scalar;
	d->fEntry0[l] = s->fEntry0;
	d->fEntry1[l] = s->fEntry1;
	d->fEntry2[l] = s->fEntry2;
	d->fEntry3[l] = s->fEntry3;
	d->fEntry4[l] = s->fEntry4;
	d->fSampleRate = s->fSampleRate;
	d->fConst0 = s->fConst0;
	d->fConst1 = s->fConst1;
	d->fConst2 = s->fConst2;
	d->fConst3 = s->fConst3;
	d->fConst4 = s->fConst4;
	d->fConst5 = s->fConst5;
	d->fConst6 = s->fConst6;
	d->fConst7 = s->fConst7;
	d->fConst8 = s->fConst8;
	d->fHslider0[l] = s->fHslider0;
	d->fHslider1[l] = s->fHslider1;
	d->fConst9 = s->fConst9;
	d->fConst10 = s->fConst10;
	d->fConst11 = s->fConst11;
	d->fHslider2[l] = s->fHslider2;
	d->fConst12 = s->fConst12;
	d->fConst13 = s->fConst13;
	d->fConst14 = s->fConst14;
	d->fConst15 = s->fConst15;
	d->fConst16 = s->fConst16;
	d->fConst17 = s->fConst17;
	d->fConst18 = s->fConst18;
	d->fConst19 = s->fConst19;
	d->fConst20 = s->fConst20;
	d->fConst21 = s->fConst21;
	d->fConst22 = s->fConst22;
	d->fConst23 = s->fConst23;
	d->fConst24 = s->fConst24;
	d->fConst25 = s->fConst25;
	d->fConst26 = s->fConst26;
	d->fConst27 = s->fConst27;
	d->fConst28 = s->fConst28;
	d->fConst29 = s->fConst29;
	d->fConst30 = s->fConst30;
	d->fConst31 = s->fConst31;
	d->fConst32 = s->fConst32;
	d->fHslider3[l] = s->fHslider3;
	d->fHslider4[l] = s->fHslider4;
	d->fConst33 = s->fConst33;
	d->fHslider5[l] = s->fHslider5;
	d->fConst34 = s->fConst34;
	d->fHslider6[l] = s->fHslider6;
	d->fConst35 = s->fConst35;
	d->fConst36 = s->fConst36;
	d->fConst37 = s->fConst37;
	d->fConst38 = s->fConst38;
	d->fHslider7[l] = s->fHslider7;
	d->fEntry5[l] = s->fEntry5;
	d->fHslider8[l] = s->fHslider8;
	d->fHslider9[l] = s->fHslider9;
	d->fConst39 = s->fConst39;
	d->fHslider10[l] = s->fHslider10;
	d->fHslider11[l] = s->fHslider11;
	d->fConst40 = s->fConst40;
	d->fConst41 = s->fConst41;
	d->fConst42 = s->fConst42;
	d->fHslider12[l] = s->fHslider12;
	d->fHslider13[l] = s->fHslider13;
	d->fHslider14[l] = s->fHslider14;
	d->fHslider15[l] = s->fHslider15;
	d->iConst43 = s->iConst43;
	d->iConst44 = s->iConst44;
	d->iConst45 = s->iConst45;
	d->iConst46 = s->iConst46;
	d->iConst47 = s->iConst47;
	d->iConst48 = s->iConst48;
	d->iConst49 = s->iConst49;
	d->iConst50 = s->iConst50;
	d->iConst51 = s->iConst51;
	d->iConst52 = s->iConst52;
	d->iConst53 = s->iConst53;
	d->iConst54 = s->iConst54;
	d->fHslider16[l] = s->fHslider16;
	d->iConst55 = s->iConst55;
	d->fConst56 = s->fConst56;
	d->fConst57 = s->fConst57;
	d->fConst58 = s->fConst58;
	d->fConst59 = s->fConst59;
	d->fConst60 = s->fConst60;
}

void computeguitarLanes(void* lanes, int count, void* RESTRICT output) {
	guitar_lanes* RESTRICT dsp = (guitar_lanes*)lanes;
	ss_vf* RESTRICT out = (ss_vf*)output;
	ss_vi iSlow0;
	ss_vi iSlow1;
	ss_vi iSlow2;
	ss_vi iSlow3;
	ss_vi iSlow4;
	ss_vf fSlow5;
	ss_vf fSlow6;
	ss_vf fSlow7;
	ss_vf fSlow8;
	ss_vf fSlow9;
	ss_vf fSlow10;
	ss_vf fSlow11;
	ss_vf fSlow12;
	ss_vi iSlow13;
	ss_vi iSlow14;
	ss_vf fSlow15;
	ss_vf fSlow16;
	ss_vi iSlow17;
	ss_vf fSlow18;
	ss_vf fSlow19;
	ss_vi iSlow20;
	ss_vf fSlow21;
	ss_vf fSlow22;
	ss_vf fSlow23;
	ss_vf fSlow24;
	ss_vf fSlow25;
	ss_vf fSlow26;
	ss_vf fSlow27;
	ss_vf fSlow28;
	ss_vf fSlow29;
	ss_vf fSlow30;
	ss_vf fSlow31;
	ss_vf fSlow32;
	ss_vf fSlow33;
	ss_vf fSlow34;
	ss_vf fSlow35;
	ss_vf fSlow36;
	ss_vf fSlow37;
	ss_vi iSlow38;
	ss_vi iSlow39;
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
	ss_vi iSlow51;
	ss_vf fSlow52;
	ss_vf fSlow53;
	ss_vf fSlow54;
	ss_vf fSlow55;
	ss_vf fSlow56;
	ss_vf fSlow57;
	for (int l = 0; l < SS_LANES; l++) {
		iSlow0[l] = (int)((float)(dsp->fEntry0[l]));
		iSlow1[l] = (int)((float)(dsp->fEntry1[l]));
		iSlow2[l] = (int)((float)(dsp->fEntry2[l]));
		iSlow3[l] = (int)((float)(dsp->fEntry3[l]));
		iSlow4[l] = (int)((float)(dsp->fEntry4[l]));
		fSlow5[l] = dsp->fConst0 * (float)(dsp->fHslider0[l]);
		fSlow6[l] = ss_powf(2.0f, 0.083333336f * ((float)(dsp->fHslider1[l]) + -69.0f));
		fSlow7[l] = 0.02264951f / fSlow6[l];
		fSlow8[l] = dsp->fConst9 / fSlow6[l];
		fSlow9[l] = dsp->fConst10 * fSlow6[l];
		fSlow10[l] = dsp->fConst11 * fSlow6[l];
		fSlow11[l] = 0.007874016f * (float)(dsp->fHslider2[l]);
		fSlow12[l] = fSlow8[l] + -1.3f;
		iSlow13[l] = (int)(fSlow12[l]);
		iSlow14[l] = faustmini(8193, faustmaxi(0, iSlow13[l] + 1));
		fSlow15[l] = floorf(fSlow12[l]);
		fSlow16[l] = fSlow8[l] + (-1.3f - fSlow15[l]);
		iSlow17[l] = faustmini(8193, faustmaxi(0, iSlow13[l]));
		fSlow18[l] = fSlow15[l] + (2.3f - fSlow8[l]);
		fSlow19[l] = (float)(dsp->fHslider3[l]);
		iSlow20[l] = fSlow19[l] < 0.5f;
		fSlow21[l] = ss_tanf(dsp->fConst33 * ss_powf(1e+01f, 3.0f * ss_fminf(0.9f, (float)(dsp->fHslider4[l])) + 1.0f));
		fSlow22[l] = ss_powf(2.0f, 4.0f * (float)(dsp->fHslider5[l]));
		fSlow23[l] = 1.4285715f / fSlow22[l] + fSlow21[l];
		fSlow24[l] = fSlow21[l] * fSlow23[l] + 1.0f;
		fSlow25[l] = fSlow21[l] / fSlow24[l];
		fSlow26[l] = 1.0f / fSlow24[l];
		fSlow27[l] = 2.0f * fSlow21[l];
		fSlow28[l] = 2.0f * fSlow19[l];
		fSlow29[l] = fSlow28[l] + -1.0f;
		fSlow30[l] = 4.0f / sqrtf(fSlow22[l]);
		fSlow31[l] = ss_tanf(dsp->fConst35 * ss_fminf(dsp->fConst34, 4e+02f * ss_powf(2.0f, 4.5f * (float)(dsp->fHslider6[l]))));
		fSlow32[l] = 2.0f * (1.0f - 1.0f / guitar_faustpower2_f(fSlow31[l]));
		fSlow33[l] = 1.0f / fSlow31[l];
		fSlow34[l] = (fSlow33[l] + -1.4142135f) / fSlow31[l] + 1.0f;
		fSlow35[l] = 1.0f / ((fSlow33[l] + 1.4142135f) / fSlow31[l] + 1.0f);
		fSlow36[l] = ss_powf(1e+01f, 2.0f * (float)(dsp->fHslider7[l]));
		fSlow37[l] = (float)(dsp->fEntry5[l]);
		iSlow38[l] = fSlow37[l] >= 2.0f;
		iSlow39[l] = fSlow37[l] >= 1.0f;
		fSlow40[l] = ((iSlow38[l]) ? 0.9f : ((iSlow39[l]) ? 0.5f : 0.6f));
		fSlow41[l] = (float)(dsp->fHslider8[l]);
		fSlow42[l] = 1.0f - 0.5f * fSlow41[l] * fSlow40[l];
		fSlow43[l] = ((iSlow38[l]) ? 0.5f : ((iSlow39[l]) ? 1.0f : 0.6f));
		fSlow44[l] = dsp->fConst39 * ss_powf(2.0f, 7.0f * (float)(dsp->fHslider9[l]));
		fSlow45[l] = ((iSlow39[l]) ? 0.004f : 0.01f);
		fSlow46[l] = ((iSlow38[l]) ? 0.005f : fSlow45[l]);
		fSlow47[l] = (float)(dsp->fHslider10[l]);
		fSlow48[l] = ((iSlow38[l]) ? 0.0005f : fSlow45[l]);
		fSlow49[l] = ((iSlow38[l]) ? 0.6f : ((iSlow39[l]) ? 0.0f : 0.7f));
		fSlow50[l] = 0.9f * (float)(dsp->fHslider11[l]);
		iSlow51[l] = faustmini(65536, faustmaxi(0, (int)(dsp->fConst0 * (1.4f * (float)(dsp->fHslider12[l]) + 0.01f)) + -1));
		fSlow52[l] = 0.7f * (float)(dsp->fHslider13[l]);
		fSlow53[l] = 0.7f * (1.0f - (float)(dsp->fHslider14[l]));
		fSlow54[l] = 0.95f - fSlow53[l];
		fSlow55[l] = fSlow53[l] + 0.05f;
		fSlow56[l] = 0.27f * (float)(dsp->fHslider15[l]) + 0.7f;
		fSlow57[l] = (float)(dsp->fHslider16[l]);
	}
	ss_vi st_iVec0_0 = dsp->iVec0[0];
	ss_vi st_iVec0_1 = dsp->iVec0[1];
	float st_fConst0 = dsp->fConst0;
	float st_fConst2 = dsp->fConst2;
	float st_fConst4 = dsp->fConst4;
	float st_fConst6 = dsp->fConst6;
	float st_fConst7 = dsp->fConst7;
	float st_fConst8 = dsp->fConst8;
	ss_vi st_iRec5_0 = dsp->iRec5[0];
	ss_vi st_iRec5_1 = dsp->iRec5[1];
	ss_vf st_fRec4_0 = dsp->fRec4[0];
	ss_vf st_fRec4_1 = dsp->fRec4[1];
	ss_vi st_iRec7_0 = dsp->iRec7[0];
	ss_vi st_iRec7_1 = dsp->iRec7[1];
	ss_vf st_fVec1_0 = dsp->fVec1[0];
	ss_vf st_fVec1_1 = dsp->fVec1[1];
	float st_fConst13 = dsp->fConst13;
	float st_fConst14 = dsp->fConst14;
	ss_vf st_fRec6_0 = dsp->fRec6[0];
	ss_vf st_fRec6_1 = dsp->fRec6[1];
	int st_IOTA0 = dsp->IOTA0;
	ss_vf st_fRec2_0 = dsp->fRec2[0];
	ss_vf st_fRec2_1 = dsp->fRec2[1];
	ss_vf st_fRec2_2 = dsp->fRec2[2];
	ss_vf st_fRec1_0 = dsp->fRec1[0];
	ss_vf st_fRec1_1 = dsp->fRec1[1];
	ss_vf st_fRec1_2 = dsp->fRec1[2];
	float st_fConst15 = dsp->fConst15;
	float st_fConst17 = dsp->fConst17;
	float st_fConst19 = dsp->fConst19;
	float st_fConst21 = dsp->fConst21;
	ss_vf st_fRec8_0 = dsp->fRec8[0];
	ss_vf st_fRec8_1 = dsp->fRec8[1];
	ss_vf st_fRec8_2 = dsp->fRec8[2];
	float st_fConst22 = dsp->fConst22;
	float st_fConst24 = dsp->fConst24;
	float st_fConst26 = dsp->fConst26;
	float st_fConst28 = dsp->fConst28;
	ss_vf st_fRec9_0 = dsp->fRec9[0];
	ss_vf st_fRec9_1 = dsp->fRec9[1];
	ss_vf st_fRec9_2 = dsp->fRec9[2];
	float st_fConst29 = dsp->fConst29;
	ss_vf st_fVec3_0 = dsp->fVec3[0];
	ss_vf st_fVec3_1 = dsp->fVec3[1];
	float st_fConst30 = dsp->fConst30;
	float st_fConst31 = dsp->fConst31;
	float st_fConst32 = dsp->fConst32;
	ss_vf st_fRec0_0 = dsp->fRec0[0];
	ss_vf st_fRec0_1 = dsp->fRec0[1];
	ss_vf st_fRec14_0 = dsp->fRec14[0];
	ss_vf st_fRec14_1 = dsp->fRec14[1];
	ss_vf st_fRec15_0 = dsp->fRec15[0];
	ss_vf st_fRec15_1 = dsp->fRec15[1];
	ss_vf st_fVec4_0 = dsp->fVec4[0];
	ss_vf st_fVec4_1 = dsp->fVec4[1];
	ss_vf st_fRec10_0 = dsp->fRec10[0];
	ss_vf st_fRec10_1 = dsp->fRec10[1];
	ss_vf st_fVec5_0 = dsp->fVec5[0];
	ss_vf st_fVec5_1 = dsp->fVec5[1];
	float st_fConst36 = dsp->fConst36;
	float st_fConst37 = dsp->fConst37;
	float st_fConst38 = dsp->fConst38;
	ss_vf st_fRec19_0 = dsp->fRec19[0];
	ss_vf st_fRec19_1 = dsp->fRec19[1];
	ss_vf st_fRec17_0 = dsp->fRec17[0];
	ss_vf st_fRec17_1 = dsp->fRec17[1];
	ss_vf st_fRec17_2 = dsp->fRec17[2];
	ss_vf st_fVec6_0 = dsp->fVec6[0];
	ss_vf st_fVec6_1 = dsp->fVec6[1];
	ss_vf st_fRec16_0 = dsp->fRec16[0];
	ss_vf st_fRec16_1 = dsp->fRec16[1];
	ss_vf st_fRec22_0 = dsp->fRec22[0];
	ss_vf st_fRec22_1 = dsp->fRec22[1];
	ss_vf st_fRec20_0 = dsp->fRec20[0];
	ss_vf st_fRec20_1 = dsp->fRec20[1];
	ss_vf st_fVec9_0 = dsp->fVec9[0];
	ss_vf st_fVec9_1 = dsp->fVec9[1];
	float st_fConst41 = dsp->fConst41;
	float st_fConst42 = dsp->fConst42;
	ss_vf st_fRec24_0 = dsp->fRec24[0];
	ss_vf st_fRec24_1 = dsp->fRec24[1];
	ss_vf st_fRec23_0 = dsp->fRec23[0];
	ss_vf st_fRec23_1 = dsp->fRec23[1];
	ss_vf st_fRec35_0 = dsp->fRec35[0];
	ss_vf st_fRec35_1 = dsp->fRec35[1];
	int st_iConst43 = dsp->iConst43;
	ss_vf st_fRec34_0 = dsp->fRec34[0];
	ss_vf st_fRec34_1 = dsp->fRec34[1];
	ss_vf st_fRec37_0 = dsp->fRec37[0];
	ss_vf st_fRec37_1 = dsp->fRec37[1];
	int st_iConst44 = dsp->iConst44;
	ss_vf st_fRec36_0 = dsp->fRec36[0];
	ss_vf st_fRec36_1 = dsp->fRec36[1];
	ss_vf st_fRec39_0 = dsp->fRec39[0];
	ss_vf st_fRec39_1 = dsp->fRec39[1];
	int st_iConst45 = dsp->iConst45;
	ss_vf st_fRec38_0 = dsp->fRec38[0];
	ss_vf st_fRec38_1 = dsp->fRec38[1];
	ss_vf st_fRec41_0 = dsp->fRec41[0];
	ss_vf st_fRec41_1 = dsp->fRec41[1];
	int st_iConst46 = dsp->iConst46;
	ss_vf st_fRec40_0 = dsp->fRec40[0];
	ss_vf st_fRec40_1 = dsp->fRec40[1];
	ss_vf st_fRec43_0 = dsp->fRec43[0];
	ss_vf st_fRec43_1 = dsp->fRec43[1];
	int st_iConst47 = dsp->iConst47;
	ss_vf st_fRec42_0 = dsp->fRec42[0];
	ss_vf st_fRec42_1 = dsp->fRec42[1];
	ss_vf st_fRec45_0 = dsp->fRec45[0];
	ss_vf st_fRec45_1 = dsp->fRec45[1];
	int st_iConst48 = dsp->iConst48;
	ss_vf st_fRec44_0 = dsp->fRec44[0];
	ss_vf st_fRec44_1 = dsp->fRec44[1];
	ss_vf st_fRec47_0 = dsp->fRec47[0];
	ss_vf st_fRec47_1 = dsp->fRec47[1];
	int st_iConst49 = dsp->iConst49;
	ss_vf st_fRec46_0 = dsp->fRec46[0];
	ss_vf st_fRec46_1 = dsp->fRec46[1];
	ss_vf st_fRec49_0 = dsp->fRec49[0];
	ss_vf st_fRec49_1 = dsp->fRec49[1];
	int st_iConst50 = dsp->iConst50;
	ss_vf st_fRec48_0 = dsp->fRec48[0];
	ss_vf st_fRec48_1 = dsp->fRec48[1];
	int st_iConst51 = dsp->iConst51;
	ss_vf st_fRec32_0 = dsp->fRec32[0];
	ss_vf st_fRec32_1 = dsp->fRec32[1];
	int st_iConst52 = dsp->iConst52;
	ss_vf st_fRec30_0 = dsp->fRec30[0];
	ss_vf st_fRec30_1 = dsp->fRec30[1];
	int st_iConst53 = dsp->iConst53;
	ss_vf st_fRec28_0 = dsp->fRec28[0];
	ss_vf st_fRec28_1 = dsp->fRec28[1];
	int st_iConst54 = dsp->iConst54;
	ss_vf st_fRec26_0 = dsp->fRec26[0];
	ss_vf st_fRec26_1 = dsp->fRec26[1];
	ss_vf st_fVec23_0 = dsp->fVec23[0];
	ss_vf st_fVec23_1 = dsp->fVec23[1];
	ss_vf st_fRec25_0 = dsp->fRec25[0];
	ss_vf st_fRec25_1 = dsp->fRec25[1];
	int st_iConst55 = dsp->iConst55;
	float st_fConst56 = dsp->fConst56;
	float st_fConst57 = dsp->fConst57;
	ss_vi st_iRec52_0 = dsp->iRec52[0];
	ss_vi st_iRec52_1 = dsp->iRec52[1];
	ss_vf st_fRec53_0 = dsp->fRec53[0];
	ss_vf st_fRec53_1 = dsp->fRec53[1];
	float st_fConst58 = dsp->fConst58;
	ss_vf st_fRec51_0 = dsp->fRec51[0];
	ss_vf st_fRec51_1 = dsp->fRec51[1];
	float st_fConst59 = dsp->fConst59;
	float st_fConst60 = dsp->fConst60;
	ss_vf st_fRec50_0 = dsp->fRec50[0];
	ss_vf st_fRec50_1 = dsp->fRec50[1];
	for (int i0 = 0; i0 < count; i0++) {
		st_iVec0_0 = ss_vbcasti(1);
		st_iRec5_0 = (st_iRec5_1 + ss_vbcasti(1));
		ss_vf fTemp0 = __builtin_convertvector(st_iRec5_1, ss_vf);
		st_fRec4_0 = ((ss_vbcastf(st_fConst7) * ss_vself(((-(fTemp0 < fSlow5)) != 0), ss_vbcastf(4.0f), ss_vbcastf(0.06f))) + (ss_vbcastf(st_fConst8) * st_fRec4_1));
		ss_vf fTemp1 = (ss_vbcastf(256.0f) * (ss_vself((ss_vbcastf(4.0f) < ss_vself((ss_vbcastf((-4.0f)) > (-(fSlow7 / st_fRec4_0))), ss_vbcastf((-4.0f)), (-(fSlow7 / st_fRec4_0)))), ss_vbcastf(4.0f), ss_vself((ss_vbcastf((-4.0f)) > (-(fSlow7 / st_fRec4_0))), ss_vbcastf((-4.0f)), (-(fSlow7 / st_fRec4_0)))) + ss_vbcastf(4.0f)));
		ss_vi iTemp2 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp1, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp1, ss_vi));
		ss_vf fTemp3 = ss_vgatherf(ftbl0guitarSIG0, iTemp2);
		st_iRec7_0 = ((ss_vbcasti(1103515245) * st_iRec7_1) + ss_vbcasti(12345));
		ss_vf fTemp4 = (fSlow9 * fTemp0);
		ss_vf fTemp5 = ((fSlow11 * ((ss_vself(((-(fTemp4 < ss_vbcastf(0.16666667f))) != 0), (fSlow10 * fTemp0), (ss_vbcastf(1.2f) * (ss_vbcastf(1.0f) - fTemp4))) + (ss_vbcastf(2.3283064e-10f) * __builtin_convertvector(st_iRec7_0, ss_vf))) + ss_vbcastf((-0.5f)))) * __builtin_convertvector((-(fTemp0 < fSlow8)), ss_vf));
		st_fVec1_0 = fTemp5;
		st_fRec6_0 = (-(ss_vbcastf(st_fConst14) * ((ss_vbcastf(st_fConst13) * st_fRec6_1) - (fTemp5 + st_fVec1_1))));
		ss_vf fTemp6 = (st_fRec6_0 + ((fTemp3 + ((fTemp1 - __builtin_convertvector(iTemp2, ss_vf)) * (ss_vgatherf(ftbl0guitarSIG0, (iTemp2 + ss_vbcasti(1))) - fTemp3))) * ((ss_vbcastf(0.7f) * st_fRec2_1) + (ss_vbcastf(0.3f) * st_fRec2_2))));
		dsp->fVec2[(st_IOTA0 & 16383)] = fTemp6;
		st_fRec2_0 = ((fSlow18 * ss_vlanesf(dsp->fVec2, ((ss_vbcasti(st_IOTA0) - iSlow17) & ss_vbcasti(16383)))) + (fSlow16 * ss_vlanesf(dsp->fVec2, ((ss_vbcasti(st_IOTA0) - iSlow14) & ss_vbcasti(16383)))));
		st_fRec1_0 = (st_fRec2_0 - (ss_vbcastf(st_fConst6) * ((ss_vbcastf(st_fConst4) * st_fRec1_2) + (ss_vbcastf(st_fConst2) * st_fRec1_1))));
		st_fRec8_0 = (st_fRec2_0 - (ss_vbcastf(st_fConst21) * ((ss_vbcastf(st_fConst19) * st_fRec8_2) + (ss_vbcastf(st_fConst17) * st_fRec8_1))));
		st_fRec9_0 = (st_fRec2_0 - (ss_vbcastf(st_fConst28) * ((ss_vbcastf(st_fConst26) * st_fRec9_2) + (ss_vbcastf(st_fConst24) * st_fRec9_1))));
		ss_vf fTemp7 = (((st_fRec2_0 + (ss_vbcastf(st_fConst29) * (st_fRec9_0 - st_fRec9_2))) + (ss_vbcastf(st_fConst22) * (st_fRec8_0 - st_fRec8_2))) + (ss_vbcastf(st_fConst15) * (st_fRec1_0 - st_fRec1_2)));
		st_fVec3_0 = fTemp7;
		st_fRec0_0 = (-(ss_vbcastf(st_fConst32) * ((ss_vbcastf(st_fConst31) * st_fRec0_1) - (ss_vbcastf(st_fConst30) * (fTemp7 - st_fVec3_1)))));
		ss_vf fTemp8 = ((ss_vbcastf(0.225f) * st_fRec0_0) - (st_fRec14_1 + (fSlow23 * st_fRec15_1)));
		ss_vf fTemp9 = (fSlow25 * fTemp8);
		ss_vf fTemp10 = ss_vself((ss_vbcastf((-1.0f)) > ss_vself((ss_vbcastf(1.0f) < (st_fRec15_1 + fTemp9)), ss_vbcastf(1.0f), (st_fRec15_1 + fTemp9))), ss_vbcastf((-1.0f)), ss_vself((ss_vbcastf(1.0f) < (st_fRec15_1 + fTemp9)), ss_vbcastf(1.0f), (st_fRec15_1 + fTemp9)));
		ss_vf fTemp11 = (fTemp10 * (ss_vbcastf(1.0f) - (ss_vbcastf(0.33333334f) * ss_vpow2(fTemp10))));
		ss_vf fTemp12 = (fSlow21 * fTemp11);
		ss_vf fRec11 = (st_fRec14_1 + fTemp12);
		ss_vf fTemp13 = (fSlow26 * fTemp8);
		ss_vf fRec12 = fTemp13;
		ss_vf fRec13 = fTemp11;
		st_fRec14_0 = (st_fRec14_1 + (fSlow27 * fTemp11));
		st_fRec15_0 = (fTemp9 + fTemp11);
		ss_vf fTemp14 = (fSlow30 * ss_vself((iSlow20 != 0), (fRec11 + (fSlow28 * (fRec13 - fRec11))), (fRec13 + (fSlow29 * (fRec12 - fRec13)))));
		st_fVec4_0 = fTemp14;
		st_fRec10_0 = (((ss_vbcastf(0.995f) * st_fRec10_1) + fTemp14) - st_fVec4_1);
		ss_vf fTemp15 = ss_vself((iSlow4 != 0), st_fRec10_0, (ss_vbcastf(0.9f) * st_fRec0_0));
		st_fVec5_0 = fTemp15;
		st_fRec19_0 = (-(ss_vbcastf(st_fConst38) * ((ss_vbcastf(st_fConst37) * st_fRec19_1) - (ss_vbcastf(st_fConst36) * (fTemp15 - st_fVec5_1)))));
		ss_vf fTemp16 = (ss_vbcastf(128.0f) * (ss_vself((ss_vbcastf(8.0f) < ss_vself((ss_vbcastf((-8.0f)) > (fSlow36 * st_fRec19_0)), ss_vbcastf((-8.0f)), (fSlow36 * st_fRec19_0))), ss_vbcastf(8.0f), ss_vself((ss_vbcastf((-8.0f)) > (fSlow36 * st_fRec19_0)), ss_vbcastf((-8.0f)), (fSlow36 * st_fRec19_0))) + ss_vbcastf(8.0f)));
		ss_vi iTemp17 = ss_vseli((ss_vbcasti(2047) < __builtin_convertvector(fTemp16, ss_vi)), ss_vbcasti(2047), __builtin_convertvector(fTemp16, ss_vi));
		ss_vf fTemp18 = ss_vgatherf(ftbl1guitarSIG1, iTemp17);
		st_fRec17_0 = ((ss_vbcastf(0.5f) * (fTemp18 + ((fTemp16 - __builtin_convertvector(iTemp17, ss_vf)) * (ss_vgatherf(ftbl1guitarSIG1, (iTemp17 + ss_vbcasti(1))) - fTemp18)))) - (fSlow35 * ((fSlow34 * st_fRec17_2) + (fSlow32 * st_fRec17_1))));
		ss_vf fTemp19 = (fSlow35 * ((st_fRec17_2 + st_fRec17_0) + (ss_vbcastf(2.0f) * st_fRec17_1)));
		st_fVec6_0 = fTemp19;
		st_fRec16_0 = (((ss_vbcastf(0.995f) * st_fRec16_1) + fTemp19) - st_fVec6_1);
		ss_vf fTemp20 = ss_vself((iSlow3 != 0), st_fRec16_0, fTemp15);
		ss_vf fTemp21 = (fTemp20 + ((fSlow41 * fSlow40) * st_fRec20_1));
		dsp->fVec7[(st_IOTA0 & 8191)] = fTemp21;
		ss_vf fTemp22 = ss_vself(((ss_vbcasti(1) - st_iVec0_1) != 0), ss_vbcastf(0.0f), (fSlow44 + st_fRec22_1));
		st_fRec22_0 = (fTemp22 - ss_vfloorf(fTemp22));
		ss_vf fTemp23 = (ss_vbcastf(st_fConst0) * (fSlow48 + ((fSlow47 * fSlow46) * (ss_vgatherf(ftbl2guitarSIG2, ss_vseli((ss_vbcasti(0) > ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi), ss_vbcasti(65535))), ss_vbcasti(0), ss_vseli((__builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi) < ss_vbcasti(65535)), __builtin_convertvector((ss_vbcastf(65536.0f) * st_fRec22_0), ss_vi), ss_vbcasti(65535)))) + ss_vbcastf(1.0f)))));
		ss_vi iTemp24 = __builtin_convertvector(fTemp23, ss_vi);
		ss_vf fTemp25 = ss_vfloorf(fTemp23);
		st_fRec20_0 = ((ss_vlanesf(dsp->fVec7, ((ss_vbcasti(st_IOTA0) - ss_vseli((ss_vbcasti(4097) < ss_vseli((ss_vbcasti(0) > iTemp24), ss_vbcasti(0), iTemp24)), ss_vbcasti(4097), ss_vseli((ss_vbcasti(0) > iTemp24), ss_vbcasti(0), iTemp24))) & ss_vbcasti(8191))) * (fTemp25 + (ss_vbcastf(1.0f) - fTemp23))) + ((fTemp23 - fTemp25) * ss_vlanesf(dsp->fVec7, ((ss_vbcasti(st_IOTA0) - ss_vseli((ss_vbcasti(4097) < ss_vseli((ss_vbcasti(0) > (iTemp24 + ss_vbcasti(1))), ss_vbcasti(0), (iTemp24 + ss_vbcasti(1)))), ss_vbcasti(4097), ss_vseli((ss_vbcasti(0) > (iTemp24 + ss_vbcasti(1))), ss_vbcasti(0), (iTemp24 + ss_vbcasti(1))))) & ss_vbcasti(8191)))));
		ss_vf fTemp26 = ss_vself((iSlow2 != 0), ((fSlow49 * fTemp20) + ((st_fRec20_0 * fSlow43) * fSlow42)), fTemp20);
		ss_vf fTemp27 = (fSlow50 * st_fRec23_1);
		st_fVec9_0 = fTemp27;
		st_fRec24_0 = (-(ss_vbcastf(st_fConst42) * ((ss_vbcastf(st_fConst41) * st_fRec24_1) - (fTemp27 + st_fVec9_1))));
		dsp->fVec10[(st_IOTA0 & 131071)] = (st_fRec24_0 + fTemp26);
		st_fRec23_0 = ss_vlanesf(dsp->fVec10, ((ss_vbcasti(st_IOTA0) - iSlow51) & ss_vbcasti(131071)));
		ss_vf fTemp28 = ss_vself((iSlow1 != 0), ((fSlow52 * st_fRec23_0) + fTemp26), fTemp26);
		ss_vf fTemp29 = (ss_vbcastf(0.1f) * fTemp28);
		st_fRec35_0 = ((fSlow55 * st_fRec35_1) + (fSlow54 * st_fRec34_1));
		dsp->fVec11[(st_IOTA0 & 8191)] = ((fSlow56 * st_fRec35_0) + fTemp29);
		st_fRec34_0 = dsp->fVec11[((st_IOTA0 - st_iConst43) & 8191)];
		st_fRec37_0 = ((fSlow55 * st_fRec37_1) + (fSlow54 * st_fRec36_1));
		dsp->fVec12[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec37_0));
		st_fRec36_0 = dsp->fVec12[((st_IOTA0 - st_iConst44) & 8191)];
		st_fRec39_0 = ((fSlow55 * st_fRec39_1) + (fSlow54 * st_fRec38_1));
		dsp->fVec13[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec39_0));
		st_fRec38_0 = dsp->fVec13[((st_IOTA0 - st_iConst45) & 8191)];
		st_fRec41_0 = ((fSlow55 * st_fRec41_1) + (fSlow54 * st_fRec40_1));
		dsp->fVec14[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec41_0));
		st_fRec40_0 = dsp->fVec14[((st_IOTA0 - st_iConst46) & 8191)];
		st_fRec43_0 = ((fSlow55 * st_fRec43_1) + (fSlow54 * st_fRec42_1));
		dsp->fVec15[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec43_0));
		st_fRec42_0 = dsp->fVec15[((st_IOTA0 - st_iConst47) & 8191)];
		st_fRec45_0 = ((fSlow55 * st_fRec45_1) + (fSlow54 * st_fRec44_1));
		dsp->fVec16[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec45_0));
		st_fRec44_0 = dsp->fVec16[((st_IOTA0 - st_iConst48) & 8191)];
		st_fRec47_0 = ((fSlow55 * st_fRec47_1) + (fSlow54 * st_fRec46_1));
		dsp->fVec17[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec47_0));
		st_fRec46_0 = dsp->fVec17[((st_IOTA0 - st_iConst49) & 8191)];
		st_fRec49_0 = ((fSlow55 * st_fRec49_1) + (fSlow54 * st_fRec48_1));
		dsp->fVec18[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec49_0));
		st_fRec48_0 = dsp->fVec18[((st_IOTA0 - st_iConst50) & 8191)];
		ss_vf fTemp30 = ((((((((st_fRec48_1 + st_fRec46_1) + st_fRec44_1) + st_fRec42_1) + st_fRec40_1) + st_fRec38_1) + st_fRec36_1) + (ss_vbcastf(0.5f) * st_fRec32_1)) + st_fRec34_1);
		dsp->fVec19[(st_IOTA0 & 2047)] = fTemp30;
		st_fRec32_0 = dsp->fVec19[((st_IOTA0 - st_iConst51) & 2047)];
		ss_vf fRec33 = (-(ss_vbcastf(0.5f) * fTemp30));
		ss_vf fTemp31 = ((st_fRec32_1 + fRec33) + (ss_vbcastf(0.5f) * st_fRec30_1));
		dsp->fVec20[(st_IOTA0 & 2047)] = fTemp31;
		st_fRec30_0 = dsp->fVec20[((st_IOTA0 - st_iConst52) & 2047)];
		ss_vf fRec31 = (-(ss_vbcastf(0.5f) * fTemp31));
		ss_vf fTemp32 = ((st_fRec30_1 + fRec31) + (ss_vbcastf(0.5f) * st_fRec28_1));
		dsp->fVec21[(st_IOTA0 & 2047)] = fTemp32;
		st_fRec28_0 = dsp->fVec21[((st_IOTA0 - st_iConst53) & 2047)];
		ss_vf fRec29 = (-(ss_vbcastf(0.5f) * fTemp32));
		ss_vf fTemp33 = ((st_fRec28_1 + fRec29) + (ss_vbcastf(0.5f) * st_fRec26_1));
		dsp->fVec22[(st_IOTA0 & 1023)] = fTemp33;
		st_fRec26_0 = dsp->fVec22[((st_IOTA0 - st_iConst54) & 1023)];
		ss_vf fRec27 = (-(ss_vbcastf(0.5f) * fTemp33));
		st_fVec23_0 = (fRec27 + st_fRec26_1);
		st_fRec25_0 = (((st_fRec26_1 + fRec27) + (ss_vbcastf(0.995f) * st_fRec25_1)) - st_fVec23_1);
		ss_vf fTemp34 = (fSlow57 * ss_vself((iSlow0 != 0), (st_fRec25_0 + fTemp28), fTemp28));
		dsp->fVec24[(st_IOTA0 & 511)] = fTemp34;
		ss_vf fTemp35 = ss_vfabsf(fTemp34);
		ss_vi iTemp36 = ((-(fTemp35 >= st_fRec53_1)) | (-(__builtin_convertvector(st_iRec52_1, ss_vf) >= ss_vbcastf(st_fConst57))));
		st_iRec52_0 = ss_vseli((iTemp36 != 0), ss_vbcasti(0), (st_iRec52_1 + ss_vbcasti(1)));
		st_fRec53_0 = ss_vself((iTemp36 != 0), fTemp35, st_fRec53_1);
		st_fRec51_0 = ((ss_vbcastf(st_fConst58) * st_fRec53_0) + (ss_vbcastf(st_fConst56) * st_fRec51_1));
		ss_vf fTemp37 = ss_vfabsf(st_fRec51_0);
		st_fRec50_0 = ss_vself((fTemp37 > ((ss_vbcastf(st_fConst59) * st_fRec50_1) + (ss_vbcastf(st_fConst60) * fTemp37))), fTemp37, ((ss_vbcastf(st_fConst59) * st_fRec50_1) + (ss_vbcastf(st_fConst60) * fTemp37)));
		out[i0] = ss_vself((ss_vbcastf(0.999f) < ss_vself((ss_vbcastf((-0.999f)) > (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)])), ss_vbcastf((-0.999f)), (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)]))), ss_vbcastf(0.999f), ss_vself((ss_vbcastf((-0.999f)) > (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)])), ss_vbcastf((-0.999f)), (ss_vself((ss_vbcastf(1.0f) < (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))), ss_vbcastf(1.0f), (ss_vbcastf(0.89f) / ss_vself((st_fRec50_0 > ss_vbcastf(1.1920929e-07f)), st_fRec50_0, ss_vbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)])));
		st_iVec0_1 = st_iVec0_0;
		st_iRec5_1 = st_iRec5_0;
		st_fRec4_1 = st_fRec4_0;
		st_iRec7_1 = st_iRec7_0;
		st_fVec1_1 = st_fVec1_0;
		st_fRec6_1 = st_fRec6_0;
		st_IOTA0 = (st_IOTA0 + 1);
		st_fRec2_2 = st_fRec2_1;
		st_fRec2_1 = st_fRec2_0;
		st_fRec1_2 = st_fRec1_1;
		st_fRec1_1 = st_fRec1_0;
		st_fRec8_2 = st_fRec8_1;
		st_fRec8_1 = st_fRec8_0;
		st_fRec9_2 = st_fRec9_1;
		st_fRec9_1 = st_fRec9_0;
		st_fVec3_1 = st_fVec3_0;
		st_fRec0_1 = st_fRec0_0;
		st_fRec14_1 = st_fRec14_0;
		st_fRec15_1 = st_fRec15_0;
		st_fVec4_1 = st_fVec4_0;
		st_fRec10_1 = st_fRec10_0;
		st_fVec5_1 = st_fVec5_0;
		st_fRec19_1 = st_fRec19_0;
		st_fRec17_2 = st_fRec17_1;
		st_fRec17_1 = st_fRec17_0;
		st_fVec6_1 = st_fVec6_0;
		st_fRec16_1 = st_fRec16_0;
		st_fRec22_1 = st_fRec22_0;
		st_fRec20_1 = st_fRec20_0;
		st_fVec9_1 = st_fVec9_0;
		st_fRec24_1 = st_fRec24_0;
		st_fRec23_1 = st_fRec23_0;
		st_fRec35_1 = st_fRec35_0;
		st_fRec34_1 = st_fRec34_0;
		st_fRec37_1 = st_fRec37_0;
		st_fRec36_1 = st_fRec36_0;
		st_fRec39_1 = st_fRec39_0;
		st_fRec38_1 = st_fRec38_0;
		st_fRec41_1 = st_fRec41_0;
		st_fRec40_1 = st_fRec40_0;
		st_fRec43_1 = st_fRec43_0;
		st_fRec42_1 = st_fRec42_0;
		st_fRec45_1 = st_fRec45_0;
		st_fRec44_1 = st_fRec44_0;
		st_fRec47_1 = st_fRec47_0;
		st_fRec46_1 = st_fRec46_0;
		st_fRec49_1 = st_fRec49_0;
		st_fRec48_1 = st_fRec48_0;
		st_fRec32_1 = st_fRec32_0;
		st_fRec30_1 = st_fRec30_0;
		st_fRec28_1 = st_fRec28_0;
		st_fRec26_1 = st_fRec26_0;
		st_fVec23_1 = st_fVec23_0;
		st_fRec25_1 = st_fRec25_0;
		st_iRec52_1 = st_iRec52_0;
		st_fRec53_1 = st_fRec53_0;
		st_fRec51_1 = st_fRec51_0;
		st_fRec50_1 = st_fRec50_0;
	}
	dsp->iVec0[0] = st_iVec0_0;
	dsp->iVec0[1] = st_iVec0_1;
	dsp->iRec5[0] = st_iRec5_0;
	dsp->iRec5[1] = st_iRec5_1;
	dsp->fRec4[0] = st_fRec4_0;
	dsp->fRec4[1] = st_fRec4_1;
	dsp->iRec7[0] = st_iRec7_0;
	dsp->iRec7[1] = st_iRec7_1;
	dsp->fVec1[0] = st_fVec1_0;
	dsp->fVec1[1] = st_fVec1_1;
	dsp->fRec6[0] = st_fRec6_0;
	dsp->fRec6[1] = st_fRec6_1;
	dsp->IOTA0 = st_IOTA0;
	dsp->fRec2[0] = st_fRec2_0;
	dsp->fRec2[1] = st_fRec2_1;
	dsp->fRec2[2] = st_fRec2_2;
	dsp->fRec1[0] = st_fRec1_0;
	dsp->fRec1[1] = st_fRec1_1;
	dsp->fRec1[2] = st_fRec1_2;
	dsp->fRec8[0] = st_fRec8_0;
	dsp->fRec8[1] = st_fRec8_1;
	dsp->fRec8[2] = st_fRec8_2;
	dsp->fRec9[0] = st_fRec9_0;
	dsp->fRec9[1] = st_fRec9_1;
	dsp->fRec9[2] = st_fRec9_2;
	dsp->fVec3[0] = st_fVec3_0;
	dsp->fVec3[1] = st_fVec3_1;
	dsp->fRec0[0] = st_fRec0_0;
	dsp->fRec0[1] = st_fRec0_1;
	dsp->fRec14[0] = st_fRec14_0;
	dsp->fRec14[1] = st_fRec14_1;
	dsp->fRec15[0] = st_fRec15_0;
	dsp->fRec15[1] = st_fRec15_1;
	dsp->fVec4[0] = st_fVec4_0;
	dsp->fVec4[1] = st_fVec4_1;
	dsp->fRec10[0] = st_fRec10_0;
	dsp->fRec10[1] = st_fRec10_1;
	dsp->fVec5[0] = st_fVec5_0;
	dsp->fVec5[1] = st_fVec5_1;
	dsp->fRec19[0] = st_fRec19_0;
	dsp->fRec19[1] = st_fRec19_1;
	dsp->fRec17[0] = st_fRec17_0;
	dsp->fRec17[1] = st_fRec17_1;
	dsp->fRec17[2] = st_fRec17_2;
	dsp->fVec6[0] = st_fVec6_0;
	dsp->fVec6[1] = st_fVec6_1;
	dsp->fRec16[0] = st_fRec16_0;
	dsp->fRec16[1] = st_fRec16_1;
	dsp->fRec22[0] = st_fRec22_0;
	dsp->fRec22[1] = st_fRec22_1;
	dsp->fRec20[0] = st_fRec20_0;
	dsp->fRec20[1] = st_fRec20_1;
	dsp->fVec9[0] = st_fVec9_0;
	dsp->fVec9[1] = st_fVec9_1;
	dsp->fRec24[0] = st_fRec24_0;
	dsp->fRec24[1] = st_fRec24_1;
	dsp->fRec23[0] = st_fRec23_0;
	dsp->fRec23[1] = st_fRec23_1;
	dsp->fRec35[0] = st_fRec35_0;
	dsp->fRec35[1] = st_fRec35_1;
	dsp->fRec34[0] = st_fRec34_0;
	dsp->fRec34[1] = st_fRec34_1;
	dsp->fRec37[0] = st_fRec37_0;
	dsp->fRec37[1] = st_fRec37_1;
	dsp->fRec36[0] = st_fRec36_0;
	dsp->fRec36[1] = st_fRec36_1;
	dsp->fRec39[0] = st_fRec39_0;
	dsp->fRec39[1] = st_fRec39_1;
	dsp->fRec38[0] = st_fRec38_0;
	dsp->fRec38[1] = st_fRec38_1;
	dsp->fRec41[0] = st_fRec41_0;
	dsp->fRec41[1] = st_fRec41_1;
	dsp->fRec40[0] = st_fRec40_0;
	dsp->fRec40[1] = st_fRec40_1;
	dsp->fRec43[0] = st_fRec43_0;
	dsp->fRec43[1] = st_fRec43_1;
	dsp->fRec42[0] = st_fRec42_0;
	dsp->fRec42[1] = st_fRec42_1;
	dsp->fRec45[0] = st_fRec45_0;
	dsp->fRec45[1] = st_fRec45_1;
	dsp->fRec44[0] = st_fRec44_0;
	dsp->fRec44[1] = st_fRec44_1;
	dsp->fRec47[0] = st_fRec47_0;
	dsp->fRec47[1] = st_fRec47_1;
	dsp->fRec46[0] = st_fRec46_0;
	dsp->fRec46[1] = st_fRec46_1;
	dsp->fRec49[0] = st_fRec49_0;
	dsp->fRec49[1] = st_fRec49_1;
	dsp->fRec48[0] = st_fRec48_0;
	dsp->fRec48[1] = st_fRec48_1;
	dsp->fRec32[0] = st_fRec32_0;
	dsp->fRec32[1] = st_fRec32_1;
	dsp->fRec30[0] = st_fRec30_0;
	dsp->fRec30[1] = st_fRec30_1;
	dsp->fRec28[0] = st_fRec28_0;
	dsp->fRec28[1] = st_fRec28_1;
	dsp->fRec26[0] = st_fRec26_0;
	dsp->fRec26[1] = st_fRec26_1;
	dsp->fVec23[0] = st_fVec23_0;
	dsp->fVec23[1] = st_fVec23_1;
	dsp->fRec25[0] = st_fRec25_0;
	dsp->fRec25[1] = st_fRec25_1;
	dsp->iRec52[0] = st_iRec52_0;
	dsp->iRec52[1] = st_iRec52_1;
	dsp->fRec53[0] = st_fRec53_0;
	dsp->fRec53[1] = st_fRec53_1;
	dsp->fRec51[0] = st_fRec51_0;
	dsp->fRec51[1] = st_fRec51_1;
	dsp->fRec50[0] = st_fRec50_0;
	dsp->fRec50[1] = st_fRec50_1;
}

/* The same twin for SS_WLANES (8) patches per call in AVX2 registers (x86-64; used
 * where the CPU has AVX2): sizeof/clear/pack/compute<cls>Wide. */
#ifdef SS_WIDE
#pragma GCC push_options
#pragma GCC target("avx2")
typedef struct {
	ss_wf fEntry0;
	ss_wf fEntry1;
	ss_wf fEntry2;
	ss_wf fEntry3;
	ss_wf fEntry4;
	ss_wi iVec0[2];
	int fSampleRate;
	float fConst0;
	float fConst1;
	float fConst2;
	float fConst3;
	float fConst4;
	float fConst5;
	float fConst6;
	float fConst7;
	float fConst8;
	ss_wf fHslider0;
	ss_wi iRec5[2];
	ss_wf fRec4[2];
	ss_wf fHslider1;
	float fConst9;
	ss_wi iRec7[2];
	float fConst10;
	float fConst11;
	ss_wf fHslider2;
	ss_wf fVec1[2];
	float fConst12;
	float fConst13;
	float fConst14;
	ss_wf fRec6[2];
	int IOTA0;
	ss_wf fVec2[16384];
	ss_wf fRec2[3];
	ss_wf fRec1[3];
	float fConst15;
	float fConst16;
	float fConst17;
	float fConst18;
	float fConst19;
	float fConst20;
	float fConst21;
	ss_wf fRec8[3];
	float fConst22;
	float fConst23;
	float fConst24;
	float fConst25;
	float fConst26;
	float fConst27;
	float fConst28;
	ss_wf fRec9[3];
	float fConst29;
	ss_wf fVec3[2];
	float fConst30;
	float fConst31;
	float fConst32;
	ss_wf fRec0[2];
	ss_wf fHslider3;
	ss_wf fHslider4;
	float fConst33;
	ss_wf fHslider5;
	ss_wf fRec14[2];
	ss_wf fRec15[2];
	ss_wf fVec4[2];
	ss_wf fRec10[2];
	ss_wf fVec5[2];
	float fConst34;
	ss_wf fHslider6;
	float fConst35;
	float fConst36;
	float fConst37;
	float fConst38;
	ss_wf fRec19[2];
	ss_wf fHslider7;
	ss_wf fRec17[3];
	ss_wf fVec6[2];
	ss_wf fRec16[2];
	ss_wf fEntry5;
	ss_wf fHslider8;
	ss_wf fVec7[8192];
	ss_wf fHslider9;
	float fConst39;
	ss_wf fRec22[2];
	ss_wf fHslider10;
	ss_wf fRec20[2];
	ss_wf fHslider11;
	ss_wf fVec9[2];
	float fConst40;
	float fConst41;
	float fConst42;
	ss_wf fRec24[2];
	ss_wf fVec10[131072];
	ss_wf fHslider12;
	ss_wf fRec23[2];
	ss_wf fHslider13;
	ss_wf fHslider14;
	ss_wf fRec35[2];
	ss_wf fHslider15;
	ss_wf fVec11[8192];
	int iConst43;
	ss_wf fRec34[2];
	ss_wf fRec37[2];
	ss_wf fVec12[8192];
	int iConst44;
	ss_wf fRec36[2];
	ss_wf fRec39[2];
	ss_wf fVec13[8192];
	int iConst45;
	ss_wf fRec38[2];
	ss_wf fRec41[2];
	ss_wf fVec14[8192];
	int iConst46;
	ss_wf fRec40[2];
	ss_wf fRec43[2];
	ss_wf fVec15[8192];
	int iConst47;
	ss_wf fRec42[2];
	ss_wf fRec45[2];
	ss_wf fVec16[8192];
	int iConst48;
	ss_wf fRec44[2];
	ss_wf fRec47[2];
	ss_wf fVec17[8192];
	int iConst49;
	ss_wf fRec46[2];
	ss_wf fRec49[2];
	ss_wf fVec18[8192];
	int iConst50;
	ss_wf fRec48[2];
	ss_wf fVec19[2048];
	int iConst51;
	ss_wf fRec32[2];
	ss_wf fVec20[2048];
	int iConst52;
	ss_wf fRec30[2];
	ss_wf fVec21[2048];
	int iConst53;
	ss_wf fRec28[2];
	ss_wf fVec22[1024];
	int iConst54;
	ss_wf fRec26[2];
	ss_wf fVec23[2];
	ss_wf fRec25[2];
	ss_wf fHslider16;
	ss_wf fVec24[512];
	int iConst55;
	float fConst56;
	float fConst57;
	ss_wi iRec52[2];
	ss_wf fRec53[2];
	float fConst58;
	ss_wf fRec51[2];
	float fConst59;
	float fConst60;
	ss_wf fRec50[2];
} guitar_wide;

size_t sizeofguitarWide(void) { return sizeof(guitar_wide); }

void clearguitarWide(void* lanes) {
	guitar_wide* RESTRICT d = (guitar_wide*)lanes;
	memset(&d->iVec0, 0, sizeof(d->iVec0));
	memset(&d->iRec5, 0, sizeof(d->iRec5));
	memset(&d->fRec4, 0, sizeof(d->fRec4));
	memset(&d->iRec7, 0, sizeof(d->iRec7));
	memset(&d->fVec1, 0, sizeof(d->fVec1));
	memset(&d->fRec6, 0, sizeof(d->fRec6));
	memset(&d->IOTA0, 0, sizeof(d->IOTA0));
	memset(&d->fVec2, 0, sizeof(d->fVec2));
	memset(&d->fRec2, 0, sizeof(d->fRec2));
	memset(&d->fRec1, 0, sizeof(d->fRec1));
	memset(&d->fRec8, 0, sizeof(d->fRec8));
	memset(&d->fRec9, 0, sizeof(d->fRec9));
	memset(&d->fVec3, 0, sizeof(d->fVec3));
	memset(&d->fRec0, 0, sizeof(d->fRec0));
	memset(&d->fRec14, 0, sizeof(d->fRec14));
	memset(&d->fRec15, 0, sizeof(d->fRec15));
	memset(&d->fVec4, 0, sizeof(d->fVec4));
	memset(&d->fRec10, 0, sizeof(d->fRec10));
	memset(&d->fVec5, 0, sizeof(d->fVec5));
	memset(&d->fRec19, 0, sizeof(d->fRec19));
	memset(&d->fRec17, 0, sizeof(d->fRec17));
	memset(&d->fVec6, 0, sizeof(d->fVec6));
	memset(&d->fRec16, 0, sizeof(d->fRec16));
	memset(&d->fVec7, 0, sizeof(d->fVec7));
	memset(&d->fRec22, 0, sizeof(d->fRec22));
	memset(&d->fRec20, 0, sizeof(d->fRec20));
	memset(&d->fVec9, 0, sizeof(d->fVec9));
	memset(&d->fRec24, 0, sizeof(d->fRec24));
	memset(&d->fVec10, 0, sizeof(d->fVec10));
	memset(&d->fRec23, 0, sizeof(d->fRec23));
	memset(&d->fRec35, 0, sizeof(d->fRec35));
	memset(&d->fVec11, 0, sizeof(d->fVec11));
	memset(&d->fRec34, 0, sizeof(d->fRec34));
	memset(&d->fRec37, 0, sizeof(d->fRec37));
	memset(&d->fVec12, 0, sizeof(d->fVec12));
	memset(&d->fRec36, 0, sizeof(d->fRec36));
	memset(&d->fRec39, 0, sizeof(d->fRec39));
	memset(&d->fVec13, 0, sizeof(d->fVec13));
	memset(&d->fRec38, 0, sizeof(d->fRec38));
	memset(&d->fRec41, 0, sizeof(d->fRec41));
	memset(&d->fVec14, 0, sizeof(d->fVec14));
	memset(&d->fRec40, 0, sizeof(d->fRec40));
	memset(&d->fRec43, 0, sizeof(d->fRec43));
	memset(&d->fVec15, 0, sizeof(d->fVec15));
	memset(&d->fRec42, 0, sizeof(d->fRec42));
	memset(&d->fRec45, 0, sizeof(d->fRec45));
	memset(&d->fVec16, 0, sizeof(d->fVec16));
	memset(&d->fRec44, 0, sizeof(d->fRec44));
	memset(&d->fRec47, 0, sizeof(d->fRec47));
	memset(&d->fVec17, 0, sizeof(d->fVec17));
	memset(&d->fRec46, 0, sizeof(d->fRec46));
	memset(&d->fRec49, 0, sizeof(d->fRec49));
	memset(&d->fVec18, 0, sizeof(d->fVec18));
	memset(&d->fRec48, 0, sizeof(d->fRec48));
	memset(&d->fVec19, 0, sizeof(d->fVec19));
	memset(&d->fRec32, 0, sizeof(d->fRec32));
	memset(&d->fVec20, 0, sizeof(d->fVec20));
	memset(&d->fRec30, 0, sizeof(d->fRec30));
	memset(&d->fVec21, 0, sizeof(d->fVec21));
	memset(&d->fRec28, 0, sizeof(d->fRec28));
	memset(&d->fVec22, 0, sizeof(d->fVec22));
	memset(&d->fRec26, 0, sizeof(d->fRec26));
	memset(&d->fVec23, 0, sizeof(d->fVec23));
	memset(&d->fRec25, 0, sizeof(d->fRec25));
	memset(&d->fVec24, 0, sizeof(d->fVec24));
	memset(&d->iRec52, 0, sizeof(d->iRec52));
	memset(&d->fRec53, 0, sizeof(d->fRec53));
	memset(&d->fRec51, 0, sizeof(d->fRec51));
	memset(&d->fRec50, 0, sizeof(d->fRec50));
}

void packguitarWide(void* lanes, void* scalar, int l) {
	guitar_wide* RESTRICT d = (guitar_wide*)lanes;
	guitar* RESTRICT s = (guitar*)scalar;
	d->fEntry0[l] = s->fEntry0;
	d->fEntry1[l] = s->fEntry1;
	d->fEntry2[l] = s->fEntry2;
	d->fEntry3[l] = s->fEntry3;
	d->fEntry4[l] = s->fEntry4;
	d->fSampleRate = s->fSampleRate;
	d->fConst0 = s->fConst0;
	d->fConst1 = s->fConst1;
	d->fConst2 = s->fConst2;
	d->fConst3 = s->fConst3;
	d->fConst4 = s->fConst4;
	d->fConst5 = s->fConst5;
	d->fConst6 = s->fConst6;
	d->fConst7 = s->fConst7;
	d->fConst8 = s->fConst8;
	d->fHslider0[l] = s->fHslider0;
	d->fHslider1[l] = s->fHslider1;
	d->fConst9 = s->fConst9;
	d->fConst10 = s->fConst10;
	d->fConst11 = s->fConst11;
	d->fHslider2[l] = s->fHslider2;
	d->fConst12 = s->fConst12;
	d->fConst13 = s->fConst13;
	d->fConst14 = s->fConst14;
	d->fConst15 = s->fConst15;
	d->fConst16 = s->fConst16;
	d->fConst17 = s->fConst17;
	d->fConst18 = s->fConst18;
	d->fConst19 = s->fConst19;
	d->fConst20 = s->fConst20;
	d->fConst21 = s->fConst21;
	d->fConst22 = s->fConst22;
	d->fConst23 = s->fConst23;
	d->fConst24 = s->fConst24;
	d->fConst25 = s->fConst25;
	d->fConst26 = s->fConst26;
	d->fConst27 = s->fConst27;
	d->fConst28 = s->fConst28;
	d->fConst29 = s->fConst29;
	d->fConst30 = s->fConst30;
	d->fConst31 = s->fConst31;
	d->fConst32 = s->fConst32;
	d->fHslider3[l] = s->fHslider3;
	d->fHslider4[l] = s->fHslider4;
	d->fConst33 = s->fConst33;
	d->fHslider5[l] = s->fHslider5;
	d->fConst34 = s->fConst34;
	d->fHslider6[l] = s->fHslider6;
	d->fConst35 = s->fConst35;
	d->fConst36 = s->fConst36;
	d->fConst37 = s->fConst37;
	d->fConst38 = s->fConst38;
	d->fHslider7[l] = s->fHslider7;
	d->fEntry5[l] = s->fEntry5;
	d->fHslider8[l] = s->fHslider8;
	d->fHslider9[l] = s->fHslider9;
	d->fConst39 = s->fConst39;
	d->fHslider10[l] = s->fHslider10;
	d->fHslider11[l] = s->fHslider11;
	d->fConst40 = s->fConst40;
	d->fConst41 = s->fConst41;
	d->fConst42 = s->fConst42;
	d->fHslider12[l] = s->fHslider12;
	d->fHslider13[l] = s->fHslider13;
	d->fHslider14[l] = s->fHslider14;
	d->fHslider15[l] = s->fHslider15;
	d->iConst43 = s->iConst43;
	d->iConst44 = s->iConst44;
	d->iConst45 = s->iConst45;
	d->iConst46 = s->iConst46;
	d->iConst47 = s->iConst47;
	d->iConst48 = s->iConst48;
	d->iConst49 = s->iConst49;
	d->iConst50 = s->iConst50;
	d->iConst51 = s->iConst51;
	d->iConst52 = s->iConst52;
	d->iConst53 = s->iConst53;
	d->iConst54 = s->iConst54;
	d->fHslider16[l] = s->fHslider16;
	d->iConst55 = s->iConst55;
	d->fConst56 = s->fConst56;
	d->fConst57 = s->fConst57;
	d->fConst58 = s->fConst58;
	d->fConst59 = s->fConst59;
	d->fConst60 = s->fConst60;
}

void computeguitarWide(void* lanes, int count, void* RESTRICT output) {
	guitar_wide* RESTRICT dsp = (guitar_wide*)lanes;
	ss_wf* RESTRICT out = (ss_wf*)output;
	ss_wi iSlow0;
	ss_wi iSlow1;
	ss_wi iSlow2;
	ss_wi iSlow3;
	ss_wi iSlow4;
	ss_wf fSlow5;
	ss_wf fSlow6;
	ss_wf fSlow7;
	ss_wf fSlow8;
	ss_wf fSlow9;
	ss_wf fSlow10;
	ss_wf fSlow11;
	ss_wf fSlow12;
	ss_wi iSlow13;
	ss_wi iSlow14;
	ss_wf fSlow15;
	ss_wf fSlow16;
	ss_wi iSlow17;
	ss_wf fSlow18;
	ss_wf fSlow19;
	ss_wi iSlow20;
	ss_wf fSlow21;
	ss_wf fSlow22;
	ss_wf fSlow23;
	ss_wf fSlow24;
	ss_wf fSlow25;
	ss_wf fSlow26;
	ss_wf fSlow27;
	ss_wf fSlow28;
	ss_wf fSlow29;
	ss_wf fSlow30;
	ss_wf fSlow31;
	ss_wf fSlow32;
	ss_wf fSlow33;
	ss_wf fSlow34;
	ss_wf fSlow35;
	ss_wf fSlow36;
	ss_wf fSlow37;
	ss_wi iSlow38;
	ss_wi iSlow39;
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
	ss_wi iSlow51;
	ss_wf fSlow52;
	ss_wf fSlow53;
	ss_wf fSlow54;
	ss_wf fSlow55;
	ss_wf fSlow56;
	ss_wf fSlow57;
	for (int l = 0; l < SS_WLANES; l++) {
		iSlow0[l] = (int)((float)(dsp->fEntry0[l]));
		iSlow1[l] = (int)((float)(dsp->fEntry1[l]));
		iSlow2[l] = (int)((float)(dsp->fEntry2[l]));
		iSlow3[l] = (int)((float)(dsp->fEntry3[l]));
		iSlow4[l] = (int)((float)(dsp->fEntry4[l]));
		fSlow5[l] = dsp->fConst0 * (float)(dsp->fHslider0[l]);
		fSlow6[l] = ss_powf(2.0f, 0.083333336f * ((float)(dsp->fHslider1[l]) + -69.0f));
		fSlow7[l] = 0.02264951f / fSlow6[l];
		fSlow8[l] = dsp->fConst9 / fSlow6[l];
		fSlow9[l] = dsp->fConst10 * fSlow6[l];
		fSlow10[l] = dsp->fConst11 * fSlow6[l];
		fSlow11[l] = 0.007874016f * (float)(dsp->fHslider2[l]);
		fSlow12[l] = fSlow8[l] + -1.3f;
		iSlow13[l] = (int)(fSlow12[l]);
		iSlow14[l] = faustmini(8193, faustmaxi(0, iSlow13[l] + 1));
		fSlow15[l] = floorf(fSlow12[l]);
		fSlow16[l] = fSlow8[l] + (-1.3f - fSlow15[l]);
		iSlow17[l] = faustmini(8193, faustmaxi(0, iSlow13[l]));
		fSlow18[l] = fSlow15[l] + (2.3f - fSlow8[l]);
		fSlow19[l] = (float)(dsp->fHslider3[l]);
		iSlow20[l] = fSlow19[l] < 0.5f;
		fSlow21[l] = ss_tanf(dsp->fConst33 * ss_powf(1e+01f, 3.0f * ss_fminf(0.9f, (float)(dsp->fHslider4[l])) + 1.0f));
		fSlow22[l] = ss_powf(2.0f, 4.0f * (float)(dsp->fHslider5[l]));
		fSlow23[l] = 1.4285715f / fSlow22[l] + fSlow21[l];
		fSlow24[l] = fSlow21[l] * fSlow23[l] + 1.0f;
		fSlow25[l] = fSlow21[l] / fSlow24[l];
		fSlow26[l] = 1.0f / fSlow24[l];
		fSlow27[l] = 2.0f * fSlow21[l];
		fSlow28[l] = 2.0f * fSlow19[l];
		fSlow29[l] = fSlow28[l] + -1.0f;
		fSlow30[l] = 4.0f / sqrtf(fSlow22[l]);
		fSlow31[l] = ss_tanf(dsp->fConst35 * ss_fminf(dsp->fConst34, 4e+02f * ss_powf(2.0f, 4.5f * (float)(dsp->fHslider6[l]))));
		fSlow32[l] = 2.0f * (1.0f - 1.0f / guitar_faustpower2_f(fSlow31[l]));
		fSlow33[l] = 1.0f / fSlow31[l];
		fSlow34[l] = (fSlow33[l] + -1.4142135f) / fSlow31[l] + 1.0f;
		fSlow35[l] = 1.0f / ((fSlow33[l] + 1.4142135f) / fSlow31[l] + 1.0f);
		fSlow36[l] = ss_powf(1e+01f, 2.0f * (float)(dsp->fHslider7[l]));
		fSlow37[l] = (float)(dsp->fEntry5[l]);
		iSlow38[l] = fSlow37[l] >= 2.0f;
		iSlow39[l] = fSlow37[l] >= 1.0f;
		fSlow40[l] = ((iSlow38[l]) ? 0.9f : ((iSlow39[l]) ? 0.5f : 0.6f));
		fSlow41[l] = (float)(dsp->fHslider8[l]);
		fSlow42[l] = 1.0f - 0.5f * fSlow41[l] * fSlow40[l];
		fSlow43[l] = ((iSlow38[l]) ? 0.5f : ((iSlow39[l]) ? 1.0f : 0.6f));
		fSlow44[l] = dsp->fConst39 * ss_powf(2.0f, 7.0f * (float)(dsp->fHslider9[l]));
		fSlow45[l] = ((iSlow39[l]) ? 0.004f : 0.01f);
		fSlow46[l] = ((iSlow38[l]) ? 0.005f : fSlow45[l]);
		fSlow47[l] = (float)(dsp->fHslider10[l]);
		fSlow48[l] = ((iSlow38[l]) ? 0.0005f : fSlow45[l]);
		fSlow49[l] = ((iSlow38[l]) ? 0.6f : ((iSlow39[l]) ? 0.0f : 0.7f));
		fSlow50[l] = 0.9f * (float)(dsp->fHslider11[l]);
		iSlow51[l] = faustmini(65536, faustmaxi(0, (int)(dsp->fConst0 * (1.4f * (float)(dsp->fHslider12[l]) + 0.01f)) + -1));
		fSlow52[l] = 0.7f * (float)(dsp->fHslider13[l]);
		fSlow53[l] = 0.7f * (1.0f - (float)(dsp->fHslider14[l]));
		fSlow54[l] = 0.95f - fSlow53[l];
		fSlow55[l] = fSlow53[l] + 0.05f;
		fSlow56[l] = 0.27f * (float)(dsp->fHslider15[l]) + 0.7f;
		fSlow57[l] = (float)(dsp->fHslider16[l]);
	}
	ss_wi st_iVec0_0 = dsp->iVec0[0];
	ss_wi st_iVec0_1 = dsp->iVec0[1];
	float st_fConst0 = dsp->fConst0;
	float st_fConst2 = dsp->fConst2;
	float st_fConst4 = dsp->fConst4;
	float st_fConst6 = dsp->fConst6;
	float st_fConst7 = dsp->fConst7;
	float st_fConst8 = dsp->fConst8;
	ss_wi st_iRec5_0 = dsp->iRec5[0];
	ss_wi st_iRec5_1 = dsp->iRec5[1];
	ss_wf st_fRec4_0 = dsp->fRec4[0];
	ss_wf st_fRec4_1 = dsp->fRec4[1];
	ss_wi st_iRec7_0 = dsp->iRec7[0];
	ss_wi st_iRec7_1 = dsp->iRec7[1];
	ss_wf st_fVec1_0 = dsp->fVec1[0];
	ss_wf st_fVec1_1 = dsp->fVec1[1];
	float st_fConst13 = dsp->fConst13;
	float st_fConst14 = dsp->fConst14;
	ss_wf st_fRec6_0 = dsp->fRec6[0];
	ss_wf st_fRec6_1 = dsp->fRec6[1];
	int st_IOTA0 = dsp->IOTA0;
	ss_wf st_fRec2_0 = dsp->fRec2[0];
	ss_wf st_fRec2_1 = dsp->fRec2[1];
	ss_wf st_fRec2_2 = dsp->fRec2[2];
	ss_wf st_fRec1_0 = dsp->fRec1[0];
	ss_wf st_fRec1_1 = dsp->fRec1[1];
	ss_wf st_fRec1_2 = dsp->fRec1[2];
	float st_fConst15 = dsp->fConst15;
	float st_fConst17 = dsp->fConst17;
	float st_fConst19 = dsp->fConst19;
	float st_fConst21 = dsp->fConst21;
	ss_wf st_fRec8_0 = dsp->fRec8[0];
	ss_wf st_fRec8_1 = dsp->fRec8[1];
	ss_wf st_fRec8_2 = dsp->fRec8[2];
	float st_fConst22 = dsp->fConst22;
	float st_fConst24 = dsp->fConst24;
	float st_fConst26 = dsp->fConst26;
	float st_fConst28 = dsp->fConst28;
	ss_wf st_fRec9_0 = dsp->fRec9[0];
	ss_wf st_fRec9_1 = dsp->fRec9[1];
	ss_wf st_fRec9_2 = dsp->fRec9[2];
	float st_fConst29 = dsp->fConst29;
	ss_wf st_fVec3_0 = dsp->fVec3[0];
	ss_wf st_fVec3_1 = dsp->fVec3[1];
	float st_fConst30 = dsp->fConst30;
	float st_fConst31 = dsp->fConst31;
	float st_fConst32 = dsp->fConst32;
	ss_wf st_fRec0_0 = dsp->fRec0[0];
	ss_wf st_fRec0_1 = dsp->fRec0[1];
	ss_wf st_fRec14_0 = dsp->fRec14[0];
	ss_wf st_fRec14_1 = dsp->fRec14[1];
	ss_wf st_fRec15_0 = dsp->fRec15[0];
	ss_wf st_fRec15_1 = dsp->fRec15[1];
	ss_wf st_fVec4_0 = dsp->fVec4[0];
	ss_wf st_fVec4_1 = dsp->fVec4[1];
	ss_wf st_fRec10_0 = dsp->fRec10[0];
	ss_wf st_fRec10_1 = dsp->fRec10[1];
	ss_wf st_fVec5_0 = dsp->fVec5[0];
	ss_wf st_fVec5_1 = dsp->fVec5[1];
	float st_fConst36 = dsp->fConst36;
	float st_fConst37 = dsp->fConst37;
	float st_fConst38 = dsp->fConst38;
	ss_wf st_fRec19_0 = dsp->fRec19[0];
	ss_wf st_fRec19_1 = dsp->fRec19[1];
	ss_wf st_fRec17_0 = dsp->fRec17[0];
	ss_wf st_fRec17_1 = dsp->fRec17[1];
	ss_wf st_fRec17_2 = dsp->fRec17[2];
	ss_wf st_fVec6_0 = dsp->fVec6[0];
	ss_wf st_fVec6_1 = dsp->fVec6[1];
	ss_wf st_fRec16_0 = dsp->fRec16[0];
	ss_wf st_fRec16_1 = dsp->fRec16[1];
	ss_wf st_fRec22_0 = dsp->fRec22[0];
	ss_wf st_fRec22_1 = dsp->fRec22[1];
	ss_wf st_fRec20_0 = dsp->fRec20[0];
	ss_wf st_fRec20_1 = dsp->fRec20[1];
	ss_wf st_fVec9_0 = dsp->fVec9[0];
	ss_wf st_fVec9_1 = dsp->fVec9[1];
	float st_fConst41 = dsp->fConst41;
	float st_fConst42 = dsp->fConst42;
	ss_wf st_fRec24_0 = dsp->fRec24[0];
	ss_wf st_fRec24_1 = dsp->fRec24[1];
	ss_wf st_fRec23_0 = dsp->fRec23[0];
	ss_wf st_fRec23_1 = dsp->fRec23[1];
	ss_wf st_fRec35_0 = dsp->fRec35[0];
	ss_wf st_fRec35_1 = dsp->fRec35[1];
	int st_iConst43 = dsp->iConst43;
	ss_wf st_fRec34_0 = dsp->fRec34[0];
	ss_wf st_fRec34_1 = dsp->fRec34[1];
	ss_wf st_fRec37_0 = dsp->fRec37[0];
	ss_wf st_fRec37_1 = dsp->fRec37[1];
	int st_iConst44 = dsp->iConst44;
	ss_wf st_fRec36_0 = dsp->fRec36[0];
	ss_wf st_fRec36_1 = dsp->fRec36[1];
	ss_wf st_fRec39_0 = dsp->fRec39[0];
	ss_wf st_fRec39_1 = dsp->fRec39[1];
	int st_iConst45 = dsp->iConst45;
	ss_wf st_fRec38_0 = dsp->fRec38[0];
	ss_wf st_fRec38_1 = dsp->fRec38[1];
	ss_wf st_fRec41_0 = dsp->fRec41[0];
	ss_wf st_fRec41_1 = dsp->fRec41[1];
	int st_iConst46 = dsp->iConst46;
	ss_wf st_fRec40_0 = dsp->fRec40[0];
	ss_wf st_fRec40_1 = dsp->fRec40[1];
	ss_wf st_fRec43_0 = dsp->fRec43[0];
	ss_wf st_fRec43_1 = dsp->fRec43[1];
	int st_iConst47 = dsp->iConst47;
	ss_wf st_fRec42_0 = dsp->fRec42[0];
	ss_wf st_fRec42_1 = dsp->fRec42[1];
	ss_wf st_fRec45_0 = dsp->fRec45[0];
	ss_wf st_fRec45_1 = dsp->fRec45[1];
	int st_iConst48 = dsp->iConst48;
	ss_wf st_fRec44_0 = dsp->fRec44[0];
	ss_wf st_fRec44_1 = dsp->fRec44[1];
	ss_wf st_fRec47_0 = dsp->fRec47[0];
	ss_wf st_fRec47_1 = dsp->fRec47[1];
	int st_iConst49 = dsp->iConst49;
	ss_wf st_fRec46_0 = dsp->fRec46[0];
	ss_wf st_fRec46_1 = dsp->fRec46[1];
	ss_wf st_fRec49_0 = dsp->fRec49[0];
	ss_wf st_fRec49_1 = dsp->fRec49[1];
	int st_iConst50 = dsp->iConst50;
	ss_wf st_fRec48_0 = dsp->fRec48[0];
	ss_wf st_fRec48_1 = dsp->fRec48[1];
	int st_iConst51 = dsp->iConst51;
	ss_wf st_fRec32_0 = dsp->fRec32[0];
	ss_wf st_fRec32_1 = dsp->fRec32[1];
	int st_iConst52 = dsp->iConst52;
	ss_wf st_fRec30_0 = dsp->fRec30[0];
	ss_wf st_fRec30_1 = dsp->fRec30[1];
	int st_iConst53 = dsp->iConst53;
	ss_wf st_fRec28_0 = dsp->fRec28[0];
	ss_wf st_fRec28_1 = dsp->fRec28[1];
	int st_iConst54 = dsp->iConst54;
	ss_wf st_fRec26_0 = dsp->fRec26[0];
	ss_wf st_fRec26_1 = dsp->fRec26[1];
	ss_wf st_fVec23_0 = dsp->fVec23[0];
	ss_wf st_fVec23_1 = dsp->fVec23[1];
	ss_wf st_fRec25_0 = dsp->fRec25[0];
	ss_wf st_fRec25_1 = dsp->fRec25[1];
	int st_iConst55 = dsp->iConst55;
	float st_fConst56 = dsp->fConst56;
	float st_fConst57 = dsp->fConst57;
	ss_wi st_iRec52_0 = dsp->iRec52[0];
	ss_wi st_iRec52_1 = dsp->iRec52[1];
	ss_wf st_fRec53_0 = dsp->fRec53[0];
	ss_wf st_fRec53_1 = dsp->fRec53[1];
	float st_fConst58 = dsp->fConst58;
	ss_wf st_fRec51_0 = dsp->fRec51[0];
	ss_wf st_fRec51_1 = dsp->fRec51[1];
	float st_fConst59 = dsp->fConst59;
	float st_fConst60 = dsp->fConst60;
	ss_wf st_fRec50_0 = dsp->fRec50[0];
	ss_wf st_fRec50_1 = dsp->fRec50[1];
	for (int i0 = 0; i0 < count; i0++) {
		st_iVec0_0 = ss_wbcasti(1);
		st_iRec5_0 = (st_iRec5_1 + ss_wbcasti(1));
		ss_wf fTemp0 = __builtin_convertvector(st_iRec5_1, ss_wf);
		st_fRec4_0 = ((ss_wbcastf(st_fConst7) * ss_wself(((-(fTemp0 < fSlow5)) != 0), ss_wbcastf(4.0f), ss_wbcastf(0.06f))) + (ss_wbcastf(st_fConst8) * st_fRec4_1));
		ss_wf fTemp1 = (ss_wbcastf(256.0f) * (ss_wself((ss_wbcastf(4.0f) < ss_wself((ss_wbcastf((-4.0f)) > (-(fSlow7 / st_fRec4_0))), ss_wbcastf((-4.0f)), (-(fSlow7 / st_fRec4_0)))), ss_wbcastf(4.0f), ss_wself((ss_wbcastf((-4.0f)) > (-(fSlow7 / st_fRec4_0))), ss_wbcastf((-4.0f)), (-(fSlow7 / st_fRec4_0)))) + ss_wbcastf(4.0f)));
		ss_wi iTemp2 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp1, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp1, ss_wi));
		ss_wf fTemp3 = ss_wgatherf(ftbl0guitarSIG0, iTemp2);
		st_iRec7_0 = ((ss_wbcasti(1103515245) * st_iRec7_1) + ss_wbcasti(12345));
		ss_wf fTemp4 = (fSlow9 * fTemp0);
		ss_wf fTemp5 = ((fSlow11 * ((ss_wself(((-(fTemp4 < ss_wbcastf(0.16666667f))) != 0), (fSlow10 * fTemp0), (ss_wbcastf(1.2f) * (ss_wbcastf(1.0f) - fTemp4))) + (ss_wbcastf(2.3283064e-10f) * __builtin_convertvector(st_iRec7_0, ss_wf))) + ss_wbcastf((-0.5f)))) * __builtin_convertvector((-(fTemp0 < fSlow8)), ss_wf));
		st_fVec1_0 = fTemp5;
		st_fRec6_0 = (-(ss_wbcastf(st_fConst14) * ((ss_wbcastf(st_fConst13) * st_fRec6_1) - (fTemp5 + st_fVec1_1))));
		ss_wf fTemp6 = (st_fRec6_0 + ((fTemp3 + ((fTemp1 - __builtin_convertvector(iTemp2, ss_wf)) * (ss_wgatherf(ftbl0guitarSIG0, (iTemp2 + ss_wbcasti(1))) - fTemp3))) * ((ss_wbcastf(0.7f) * st_fRec2_1) + (ss_wbcastf(0.3f) * st_fRec2_2))));
		dsp->fVec2[(st_IOTA0 & 16383)] = fTemp6;
		st_fRec2_0 = ((fSlow18 * ss_wlanesf(dsp->fVec2, ((ss_wbcasti(st_IOTA0) - iSlow17) & ss_wbcasti(16383)))) + (fSlow16 * ss_wlanesf(dsp->fVec2, ((ss_wbcasti(st_IOTA0) - iSlow14) & ss_wbcasti(16383)))));
		st_fRec1_0 = (st_fRec2_0 - (ss_wbcastf(st_fConst6) * ((ss_wbcastf(st_fConst4) * st_fRec1_2) + (ss_wbcastf(st_fConst2) * st_fRec1_1))));
		st_fRec8_0 = (st_fRec2_0 - (ss_wbcastf(st_fConst21) * ((ss_wbcastf(st_fConst19) * st_fRec8_2) + (ss_wbcastf(st_fConst17) * st_fRec8_1))));
		st_fRec9_0 = (st_fRec2_0 - (ss_wbcastf(st_fConst28) * ((ss_wbcastf(st_fConst26) * st_fRec9_2) + (ss_wbcastf(st_fConst24) * st_fRec9_1))));
		ss_wf fTemp7 = (((st_fRec2_0 + (ss_wbcastf(st_fConst29) * (st_fRec9_0 - st_fRec9_2))) + (ss_wbcastf(st_fConst22) * (st_fRec8_0 - st_fRec8_2))) + (ss_wbcastf(st_fConst15) * (st_fRec1_0 - st_fRec1_2)));
		st_fVec3_0 = fTemp7;
		st_fRec0_0 = (-(ss_wbcastf(st_fConst32) * ((ss_wbcastf(st_fConst31) * st_fRec0_1) - (ss_wbcastf(st_fConst30) * (fTemp7 - st_fVec3_1)))));
		ss_wf fTemp8 = ((ss_wbcastf(0.225f) * st_fRec0_0) - (st_fRec14_1 + (fSlow23 * st_fRec15_1)));
		ss_wf fTemp9 = (fSlow25 * fTemp8);
		ss_wf fTemp10 = ss_wself((ss_wbcastf((-1.0f)) > ss_wself((ss_wbcastf(1.0f) < (st_fRec15_1 + fTemp9)), ss_wbcastf(1.0f), (st_fRec15_1 + fTemp9))), ss_wbcastf((-1.0f)), ss_wself((ss_wbcastf(1.0f) < (st_fRec15_1 + fTemp9)), ss_wbcastf(1.0f), (st_fRec15_1 + fTemp9)));
		ss_wf fTemp11 = (fTemp10 * (ss_wbcastf(1.0f) - (ss_wbcastf(0.33333334f) * ss_wpow2(fTemp10))));
		ss_wf fTemp12 = (fSlow21 * fTemp11);
		ss_wf fRec11 = (st_fRec14_1 + fTemp12);
		ss_wf fTemp13 = (fSlow26 * fTemp8);
		ss_wf fRec12 = fTemp13;
		ss_wf fRec13 = fTemp11;
		st_fRec14_0 = (st_fRec14_1 + (fSlow27 * fTemp11));
		st_fRec15_0 = (fTemp9 + fTemp11);
		ss_wf fTemp14 = (fSlow30 * ss_wself((iSlow20 != 0), (fRec11 + (fSlow28 * (fRec13 - fRec11))), (fRec13 + (fSlow29 * (fRec12 - fRec13)))));
		st_fVec4_0 = fTemp14;
		st_fRec10_0 = (((ss_wbcastf(0.995f) * st_fRec10_1) + fTemp14) - st_fVec4_1);
		ss_wf fTemp15 = ss_wself((iSlow4 != 0), st_fRec10_0, (ss_wbcastf(0.9f) * st_fRec0_0));
		st_fVec5_0 = fTemp15;
		st_fRec19_0 = (-(ss_wbcastf(st_fConst38) * ((ss_wbcastf(st_fConst37) * st_fRec19_1) - (ss_wbcastf(st_fConst36) * (fTemp15 - st_fVec5_1)))));
		ss_wf fTemp16 = (ss_wbcastf(128.0f) * (ss_wself((ss_wbcastf(8.0f) < ss_wself((ss_wbcastf((-8.0f)) > (fSlow36 * st_fRec19_0)), ss_wbcastf((-8.0f)), (fSlow36 * st_fRec19_0))), ss_wbcastf(8.0f), ss_wself((ss_wbcastf((-8.0f)) > (fSlow36 * st_fRec19_0)), ss_wbcastf((-8.0f)), (fSlow36 * st_fRec19_0))) + ss_wbcastf(8.0f)));
		ss_wi iTemp17 = ss_wseli((ss_wbcasti(2047) < __builtin_convertvector(fTemp16, ss_wi)), ss_wbcasti(2047), __builtin_convertvector(fTemp16, ss_wi));
		ss_wf fTemp18 = ss_wgatherf(ftbl1guitarSIG1, iTemp17);
		st_fRec17_0 = ((ss_wbcastf(0.5f) * (fTemp18 + ((fTemp16 - __builtin_convertvector(iTemp17, ss_wf)) * (ss_wgatherf(ftbl1guitarSIG1, (iTemp17 + ss_wbcasti(1))) - fTemp18)))) - (fSlow35 * ((fSlow34 * st_fRec17_2) + (fSlow32 * st_fRec17_1))));
		ss_wf fTemp19 = (fSlow35 * ((st_fRec17_2 + st_fRec17_0) + (ss_wbcastf(2.0f) * st_fRec17_1)));
		st_fVec6_0 = fTemp19;
		st_fRec16_0 = (((ss_wbcastf(0.995f) * st_fRec16_1) + fTemp19) - st_fVec6_1);
		ss_wf fTemp20 = ss_wself((iSlow3 != 0), st_fRec16_0, fTemp15);
		ss_wf fTemp21 = (fTemp20 + ((fSlow41 * fSlow40) * st_fRec20_1));
		dsp->fVec7[(st_IOTA0 & 8191)] = fTemp21;
		ss_wf fTemp22 = ss_wself(((ss_wbcasti(1) - st_iVec0_1) != 0), ss_wbcastf(0.0f), (fSlow44 + st_fRec22_1));
		st_fRec22_0 = (fTemp22 - ss_wfloorf(fTemp22));
		ss_wf fTemp23 = (ss_wbcastf(st_fConst0) * (fSlow48 + ((fSlow47 * fSlow46) * (ss_wgatherf(ftbl2guitarSIG2, ss_wseli((ss_wbcasti(0) > ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi), ss_wbcasti(65535))), ss_wbcasti(0), ss_wseli((__builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi) < ss_wbcasti(65535)), __builtin_convertvector((ss_wbcastf(65536.0f) * st_fRec22_0), ss_wi), ss_wbcasti(65535)))) + ss_wbcastf(1.0f)))));
		ss_wi iTemp24 = __builtin_convertvector(fTemp23, ss_wi);
		ss_wf fTemp25 = ss_wfloorf(fTemp23);
		st_fRec20_0 = ((ss_wlanesf(dsp->fVec7, ((ss_wbcasti(st_IOTA0) - ss_wseli((ss_wbcasti(4097) < ss_wseli((ss_wbcasti(0) > iTemp24), ss_wbcasti(0), iTemp24)), ss_wbcasti(4097), ss_wseli((ss_wbcasti(0) > iTemp24), ss_wbcasti(0), iTemp24))) & ss_wbcasti(8191))) * (fTemp25 + (ss_wbcastf(1.0f) - fTemp23))) + ((fTemp23 - fTemp25) * ss_wlanesf(dsp->fVec7, ((ss_wbcasti(st_IOTA0) - ss_wseli((ss_wbcasti(4097) < ss_wseli((ss_wbcasti(0) > (iTemp24 + ss_wbcasti(1))), ss_wbcasti(0), (iTemp24 + ss_wbcasti(1)))), ss_wbcasti(4097), ss_wseli((ss_wbcasti(0) > (iTemp24 + ss_wbcasti(1))), ss_wbcasti(0), (iTemp24 + ss_wbcasti(1))))) & ss_wbcasti(8191)))));
		ss_wf fTemp26 = ss_wself((iSlow2 != 0), ((fSlow49 * fTemp20) + ((st_fRec20_0 * fSlow43) * fSlow42)), fTemp20);
		ss_wf fTemp27 = (fSlow50 * st_fRec23_1);
		st_fVec9_0 = fTemp27;
		st_fRec24_0 = (-(ss_wbcastf(st_fConst42) * ((ss_wbcastf(st_fConst41) * st_fRec24_1) - (fTemp27 + st_fVec9_1))));
		dsp->fVec10[(st_IOTA0 & 131071)] = (st_fRec24_0 + fTemp26);
		st_fRec23_0 = ss_wlanesf(dsp->fVec10, ((ss_wbcasti(st_IOTA0) - iSlow51) & ss_wbcasti(131071)));
		ss_wf fTemp28 = ss_wself((iSlow1 != 0), ((fSlow52 * st_fRec23_0) + fTemp26), fTemp26);
		ss_wf fTemp29 = (ss_wbcastf(0.1f) * fTemp28);
		st_fRec35_0 = ((fSlow55 * st_fRec35_1) + (fSlow54 * st_fRec34_1));
		dsp->fVec11[(st_IOTA0 & 8191)] = ((fSlow56 * st_fRec35_0) + fTemp29);
		st_fRec34_0 = dsp->fVec11[((st_IOTA0 - st_iConst43) & 8191)];
		st_fRec37_0 = ((fSlow55 * st_fRec37_1) + (fSlow54 * st_fRec36_1));
		dsp->fVec12[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec37_0));
		st_fRec36_0 = dsp->fVec12[((st_IOTA0 - st_iConst44) & 8191)];
		st_fRec39_0 = ((fSlow55 * st_fRec39_1) + (fSlow54 * st_fRec38_1));
		dsp->fVec13[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec39_0));
		st_fRec38_0 = dsp->fVec13[((st_IOTA0 - st_iConst45) & 8191)];
		st_fRec41_0 = ((fSlow55 * st_fRec41_1) + (fSlow54 * st_fRec40_1));
		dsp->fVec14[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec41_0));
		st_fRec40_0 = dsp->fVec14[((st_IOTA0 - st_iConst46) & 8191)];
		st_fRec43_0 = ((fSlow55 * st_fRec43_1) + (fSlow54 * st_fRec42_1));
		dsp->fVec15[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec43_0));
		st_fRec42_0 = dsp->fVec15[((st_IOTA0 - st_iConst47) & 8191)];
		st_fRec45_0 = ((fSlow55 * st_fRec45_1) + (fSlow54 * st_fRec44_1));
		dsp->fVec16[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec45_0));
		st_fRec44_0 = dsp->fVec16[((st_IOTA0 - st_iConst48) & 8191)];
		st_fRec47_0 = ((fSlow55 * st_fRec47_1) + (fSlow54 * st_fRec46_1));
		dsp->fVec17[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec47_0));
		st_fRec46_0 = dsp->fVec17[((st_IOTA0 - st_iConst49) & 8191)];
		st_fRec49_0 = ((fSlow55 * st_fRec49_1) + (fSlow54 * st_fRec48_1));
		dsp->fVec18[(st_IOTA0 & 8191)] = (fTemp29 + (fSlow56 * st_fRec49_0));
		st_fRec48_0 = dsp->fVec18[((st_IOTA0 - st_iConst50) & 8191)];
		ss_wf fTemp30 = ((((((((st_fRec48_1 + st_fRec46_1) + st_fRec44_1) + st_fRec42_1) + st_fRec40_1) + st_fRec38_1) + st_fRec36_1) + (ss_wbcastf(0.5f) * st_fRec32_1)) + st_fRec34_1);
		dsp->fVec19[(st_IOTA0 & 2047)] = fTemp30;
		st_fRec32_0 = dsp->fVec19[((st_IOTA0 - st_iConst51) & 2047)];
		ss_wf fRec33 = (-(ss_wbcastf(0.5f) * fTemp30));
		ss_wf fTemp31 = ((st_fRec32_1 + fRec33) + (ss_wbcastf(0.5f) * st_fRec30_1));
		dsp->fVec20[(st_IOTA0 & 2047)] = fTemp31;
		st_fRec30_0 = dsp->fVec20[((st_IOTA0 - st_iConst52) & 2047)];
		ss_wf fRec31 = (-(ss_wbcastf(0.5f) * fTemp31));
		ss_wf fTemp32 = ((st_fRec30_1 + fRec31) + (ss_wbcastf(0.5f) * st_fRec28_1));
		dsp->fVec21[(st_IOTA0 & 2047)] = fTemp32;
		st_fRec28_0 = dsp->fVec21[((st_IOTA0 - st_iConst53) & 2047)];
		ss_wf fRec29 = (-(ss_wbcastf(0.5f) * fTemp32));
		ss_wf fTemp33 = ((st_fRec28_1 + fRec29) + (ss_wbcastf(0.5f) * st_fRec26_1));
		dsp->fVec22[(st_IOTA0 & 1023)] = fTemp33;
		st_fRec26_0 = dsp->fVec22[((st_IOTA0 - st_iConst54) & 1023)];
		ss_wf fRec27 = (-(ss_wbcastf(0.5f) * fTemp33));
		st_fVec23_0 = (fRec27 + st_fRec26_1);
		st_fRec25_0 = (((st_fRec26_1 + fRec27) + (ss_wbcastf(0.995f) * st_fRec25_1)) - st_fVec23_1);
		ss_wf fTemp34 = (fSlow57 * ss_wself((iSlow0 != 0), (st_fRec25_0 + fTemp28), fTemp28));
		dsp->fVec24[(st_IOTA0 & 511)] = fTemp34;
		ss_wf fTemp35 = ss_wfabsf(fTemp34);
		ss_wi iTemp36 = ((-(fTemp35 >= st_fRec53_1)) | (-(__builtin_convertvector(st_iRec52_1, ss_wf) >= ss_wbcastf(st_fConst57))));
		st_iRec52_0 = ss_wseli((iTemp36 != 0), ss_wbcasti(0), (st_iRec52_1 + ss_wbcasti(1)));
		st_fRec53_0 = ss_wself((iTemp36 != 0), fTemp35, st_fRec53_1);
		st_fRec51_0 = ((ss_wbcastf(st_fConst58) * st_fRec53_0) + (ss_wbcastf(st_fConst56) * st_fRec51_1));
		ss_wf fTemp37 = ss_wfabsf(st_fRec51_0);
		st_fRec50_0 = ss_wself((fTemp37 > ((ss_wbcastf(st_fConst59) * st_fRec50_1) + (ss_wbcastf(st_fConst60) * fTemp37))), fTemp37, ((ss_wbcastf(st_fConst59) * st_fRec50_1) + (ss_wbcastf(st_fConst60) * fTemp37)));
		out[i0] = ss_wself((ss_wbcastf(0.999f) < ss_wself((ss_wbcastf((-0.999f)) > (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)])), ss_wbcastf((-0.999f)), (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)]))), ss_wbcastf(0.999f), ss_wself((ss_wbcastf((-0.999f)) > (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)])), ss_wbcastf((-0.999f)), (ss_wself((ss_wbcastf(1.0f) < (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))), ss_wbcastf(1.0f), (ss_wbcastf(0.89f) / ss_wself((st_fRec50_0 > ss_wbcastf(1.1920929e-07f)), st_fRec50_0, ss_wbcastf(1.1920929e-07f)))) * dsp->fVec24[((st_IOTA0 - st_iConst55) & 511)])));
		st_iVec0_1 = st_iVec0_0;
		st_iRec5_1 = st_iRec5_0;
		st_fRec4_1 = st_fRec4_0;
		st_iRec7_1 = st_iRec7_0;
		st_fVec1_1 = st_fVec1_0;
		st_fRec6_1 = st_fRec6_0;
		st_IOTA0 = (st_IOTA0 + 1);
		st_fRec2_2 = st_fRec2_1;
		st_fRec2_1 = st_fRec2_0;
		st_fRec1_2 = st_fRec1_1;
		st_fRec1_1 = st_fRec1_0;
		st_fRec8_2 = st_fRec8_1;
		st_fRec8_1 = st_fRec8_0;
		st_fRec9_2 = st_fRec9_1;
		st_fRec9_1 = st_fRec9_0;
		st_fVec3_1 = st_fVec3_0;
		st_fRec0_1 = st_fRec0_0;
		st_fRec14_1 = st_fRec14_0;
		st_fRec15_1 = st_fRec15_0;
		st_fVec4_1 = st_fVec4_0;
		st_fRec10_1 = st_fRec10_0;
		st_fVec5_1 = st_fVec5_0;
		st_fRec19_1 = st_fRec19_0;
		st_fRec17_2 = st_fRec17_1;
		st_fRec17_1 = st_fRec17_0;
		st_fVec6_1 = st_fVec6_0;
		st_fRec16_1 = st_fRec16_0;
		st_fRec22_1 = st_fRec22_0;
		st_fRec20_1 = st_fRec20_0;
		st_fVec9_1 = st_fVec9_0;
		st_fRec24_1 = st_fRec24_0;
		st_fRec23_1 = st_fRec23_0;
		st_fRec35_1 = st_fRec35_0;
		st_fRec34_1 = st_fRec34_0;
		st_fRec37_1 = st_fRec37_0;
		st_fRec36_1 = st_fRec36_0;
		st_fRec39_1 = st_fRec39_0;
		st_fRec38_1 = st_fRec38_0;
		st_fRec41_1 = st_fRec41_0;
		st_fRec40_1 = st_fRec40_0;
		st_fRec43_1 = st_fRec43_0;
		st_fRec42_1 = st_fRec42_0;
		st_fRec45_1 = st_fRec45_0;
		st_fRec44_1 = st_fRec44_0;
		st_fRec47_1 = st_fRec47_0;
		st_fRec46_1 = st_fRec46_0;
		st_fRec49_1 = st_fRec49_0;
		st_fRec48_1 = st_fRec48_0;
		st_fRec32_1 = st_fRec32_0;
		st_fRec30_1 = st_fRec30_0;
		st_fRec28_1 = st_fRec28_0;
		st_fRec26_1 = st_fRec26_0;
		st_fVec23_1 = st_fVec23_0;
		st_fRec25_1 = st_fRec25_0;
		st_iRec52_1 = st_iRec52_0;
		st_fRec53_1 = st_fRec53_0;
		st_fRec51_1 = st_fRec51_0;
		st_fRec50_1 = st_fRec50_0;
	}
	dsp->iVec0[0] = st_iVec0_0;
	dsp->iVec0[1] = st_iVec0_1;
	dsp->iRec5[0] = st_iRec5_0;
	dsp->iRec5[1] = st_iRec5_1;
	dsp->fRec4[0] = st_fRec4_0;
	dsp->fRec4[1] = st_fRec4_1;
	dsp->iRec7[0] = st_iRec7_0;
	dsp->iRec7[1] = st_iRec7_1;
	dsp->fVec1[0] = st_fVec1_0;
	dsp->fVec1[1] = st_fVec1_1;
	dsp->fRec6[0] = st_fRec6_0;
	dsp->fRec6[1] = st_fRec6_1;
	dsp->IOTA0 = st_IOTA0;
	dsp->fRec2[0] = st_fRec2_0;
	dsp->fRec2[1] = st_fRec2_1;
	dsp->fRec2[2] = st_fRec2_2;
	dsp->fRec1[0] = st_fRec1_0;
	dsp->fRec1[1] = st_fRec1_1;
	dsp->fRec1[2] = st_fRec1_2;
	dsp->fRec8[0] = st_fRec8_0;
	dsp->fRec8[1] = st_fRec8_1;
	dsp->fRec8[2] = st_fRec8_2;
	dsp->fRec9[0] = st_fRec9_0;
	dsp->fRec9[1] = st_fRec9_1;
	dsp->fRec9[2] = st_fRec9_2;
	dsp->fVec3[0] = st_fVec3_0;
	dsp->fVec3[1] = st_fVec3_1;
	dsp->fRec0[0] = st_fRec0_0;
	dsp->fRec0[1] = st_fRec0_1;
	dsp->fRec14[0] = st_fRec14_0;
	dsp->fRec14[1] = st_fRec14_1;
	dsp->fRec15[0] = st_fRec15_0;
	dsp->fRec15[1] = st_fRec15_1;
	dsp->fVec4[0] = st_fVec4_0;
	dsp->fVec4[1] = st_fVec4_1;
	dsp->fRec10[0] = st_fRec10_0;
	dsp->fRec10[1] = st_fRec10_1;
	dsp->fVec5[0] = st_fVec5_0;
	dsp->fVec5[1] = st_fVec5_1;
	dsp->fRec19[0] = st_fRec19_0;
	dsp->fRec19[1] = st_fRec19_1;
	dsp->fRec17[0] = st_fRec17_0;
	dsp->fRec17[1] = st_fRec17_1;
	dsp->fRec17[2] = st_fRec17_2;
	dsp->fVec6[0] = st_fVec6_0;
	dsp->fVec6[1] = st_fVec6_1;
	dsp->fRec16[0] = st_fRec16_0;
	dsp->fRec16[1] = st_fRec16_1;
	dsp->fRec22[0] = st_fRec22_0;
	dsp->fRec22[1] = st_fRec22_1;
	dsp->fRec20[0] = st_fRec20_0;
	dsp->fRec20[1] = st_fRec20_1;
	dsp->fVec9[0] = st_fVec9_0;
	dsp->fVec9[1] = st_fVec9_1;
	dsp->fRec24[0] = st_fRec24_0;
	dsp->fRec24[1] = st_fRec24_1;
	dsp->fRec23[0] = st_fRec23_0;
	dsp->fRec23[1] = st_fRec23_1;
	dsp->fRec35[0] = st_fRec35_0;
	dsp->fRec35[1] = st_fRec35_1;
	dsp->fRec34[0] = st_fRec34_0;
	dsp->fRec34[1] = st_fRec34_1;
	dsp->fRec37[0] = st_fRec37_0;
	dsp->fRec37[1] = st_fRec37_1;
	dsp->fRec36[0] = st_fRec36_0;
	dsp->fRec36[1] = st_fRec36_1;
	dsp->fRec39[0] = st_fRec39_0;
	dsp->fRec39[1] = st_fRec39_1;
	dsp->fRec38[0] = st_fRec38_0;
	dsp->fRec38[1] = st_fRec38_1;
	dsp->fRec41[0] = st_fRec41_0;
	dsp->fRec41[1] = st_fRec41_1;
	dsp->fRec40[0] = st_fRec40_0;
	dsp->fRec40[1] = st_fRec40_1;
	dsp->fRec43[0] = st_fRec43_0;
	dsp->fRec43[1] = st_fRec43_1;
	dsp->fRec42[0] = st_fRec42_0;
	dsp->fRec42[1] = st_fRec42_1;
	dsp->fRec45[0] = st_fRec45_0;
	dsp->fRec45[1] = st_fRec45_1;
	dsp->fRec44[0] = st_fRec44_0;
	dsp->fRec44[1] = st_fRec44_1;
	dsp->fRec47[0] = st_fRec47_0;
	dsp->fRec47[1] = st_fRec47_1;
	dsp->fRec46[0] = st_fRec46_0;
	dsp->fRec46[1] = st_fRec46_1;
	dsp->fRec49[0] = st_fRec49_0;
	dsp->fRec49[1] = st_fRec49_1;
	dsp->fRec48[0] = st_fRec48_0;
	dsp->fRec48[1] = st_fRec48_1;
	dsp->fRec32[0] = st_fRec32_0;
	dsp->fRec32[1] = st_fRec32_1;
	dsp->fRec30[0] = st_fRec30_0;
	dsp->fRec30[1] = st_fRec30_1;
	dsp->fRec28[0] = st_fRec28_0;
	dsp->fRec28[1] = st_fRec28_1;
	dsp->fRec26[0] = st_fRec26_0;
	dsp->fRec26[1] = st_fRec26_1;
	dsp->fVec23[0] = st_fVec23_0;
	dsp->fVec23[1] = st_fVec23_1;
	dsp->fRec25[0] = st_fRec25_0;
	dsp->fRec25[1] = st_fRec25_1;
	dsp->iRec52[0] = st_iRec52_0;
	dsp->iRec52[1] = st_iRec52_1;
	dsp->fRec53[0] = st_fRec53_0;
	dsp->fRec53[1] = st_fRec53_1;
	dsp->fRec51[0] = st_fRec51_0;
	dsp->fRec51[1] = st_fRec51_1;
	dsp->fRec50[0] = st_fRec50_0;
	dsp->fRec50[1] = st_fRec50_1;
}
#pragma GCC pop_options
#endif
/* ---- end of the lane-parallel twin ---- */
#ifdef __cplusplus
}
#endif

#endif
