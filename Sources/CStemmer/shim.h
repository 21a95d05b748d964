/*
 * CStemmer: static inline wrappers over libstemmer (Snowball).
 *
 * Stemmers are re-entrant but not thread-safe: Swift keeps each one in a non-Sendable class.
 * Only DriftText/Internals/Snowball.swift calls them.
 */
#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H

#include <libstemmer.h>

static inline const char **CStemmer_list(void) { return sb_stemmer_list(); }
static inline struct sb_stemmer *CStemmer_new(const char *algorithm) { return sb_stemmer_new(algorithm, "UTF_8"); }
static inline void CStemmer_delete(struct sb_stemmer *stemmer) { sb_stemmer_delete(stemmer); }
static inline const sb_symbol *CStemmer_stem(struct sb_stemmer *stemmer, const sb_symbol *word, int size) {
    return sb_stemmer_stem(stemmer, word, size);
}
static inline int CStemmer_length(struct sb_stemmer *stemmer) { return sb_stemmer_length(stemmer); }

#endif
