/*
 * CICU: static inline wrappers over ICU's C API.
 *
 * ICU renames every C function by macro (ubrk_open -> ubrk_open_72), which the Swift importer
 * cannot follow. These wrappers hide the versioned names: Swift calls CICU_ubrk_open and the C
 * compiler resolves the macro. Only DriftText/Internals/ICU.swift calls them.
 */
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uscript.h>

/* Errors */

static inline int CICU_failure(UErrorCode code) { return U_FAILURE(code) ? 1 : 0; }
static inline const char *CICU_u_errorName(UErrorCode code) { return u_errorName(code); }

/* Break iteration */

static inline UBreakIterator *CICU_ubrk_open(UBreakIteratorType type, const char *locale,
                                             const UChar *text, int32_t textLength, UErrorCode *status) {
    return ubrk_open(type, locale, text, textLength, status);
}
static inline void CICU_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline void CICU_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t textLength, UErrorCode *status) {
    ubrk_setText(bi, text, textLength, status);
}
static inline int32_t CICU_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t CICU_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t CICU_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline int32_t CICU_ubrk_done(void) { return UBRK_DONE; }

/* Normalization and case folding */

static inline const UNormalizer2 *CICU_unorm2_getNFCInstance(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline const UNormalizer2 *CICU_unorm2_getNFDInstance(UErrorCode *status) { return unorm2_getNFDInstance(status); }
static inline const UNormalizer2 *CICU_unorm2_getNFKCInstance(UErrorCode *status) { return unorm2_getNFKCInstance(status); }
static inline const UNormalizer2 *CICU_unorm2_getNFKDInstance(UErrorCode *status) { return unorm2_getNFKDInstance(status); }
static inline const UNormalizer2 *CICU_unorm2_getNFKCCasefoldInstance(UErrorCode *status) {
    return unorm2_getNFKCCasefoldInstance(status);
}
static inline int32_t CICU_unorm2_normalize(const UNormalizer2 *norm, const UChar *src, int32_t length,
                                            UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(norm, src, length, dest, capacity, status);
}
static inline int32_t CICU_u_strFoldCase(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength,
                                         UErrorCode *status) {
    return u_strFoldCase(dest, destCapacity, src, srcLength, U_FOLD_CASE_DEFAULT, status);
}

/* Transliteration */

static inline UTransliterator *CICU_utrans_openU(const UChar *id, int32_t idLength, UErrorCode *status) {
    return utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, status);
}
static inline void CICU_utrans_close(UTransliterator *trans) { utrans_close(trans); }
static inline void CICU_utrans_transUChars(const UTransliterator *trans, UChar *text, int32_t *textLength,
                                           int32_t textCapacity, int32_t start, int32_t *limit, UErrorCode *status) {
    utrans_transUChars(trans, text, textLength, textCapacity, start, limit, status);
}

/* Character properties */

static inline int32_t CICU_u_eastAsianWidth(UChar32 codepoint) {
    return u_getIntPropertyValue(codepoint, UCHAR_EAST_ASIAN_WIDTH);
}
static inline int32_t CICU_u_eastAsianWidthWide(void) { return U_EA_WIDE; }
static inline int32_t CICU_u_eastAsianWidthFullwidth(void) { return U_EA_FULLWIDTH; }
static inline int32_t CICU_u_generalCategoryMask(UChar32 codepoint) { return U_GET_GC_MASK(codepoint); }
static inline int32_t CICU_u_zeroWidthCategoryMask(void) { return U_GC_MN_MASK | U_GC_ME_MASK | U_GC_CF_MASK | U_GC_CC_MASK; }

/* Scripts */

static inline int32_t CICU_uscript_getScript(UChar32 codepoint, UErrorCode *status) {
    return (int32_t)uscript_getScript(codepoint, status);
}
static inline const char *CICU_uscript_getName(int32_t script) { return uscript_getName((UScriptCode)script); }
static inline const char *CICU_uscript_getShortName(int32_t script) { return uscript_getShortName((UScriptCode)script); }

#endif
