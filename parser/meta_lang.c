/*
 * meta_lang.c - guessing a text's language when the page does not say.
 *
 * Scripts decide most languages at once (Hangul, kana, Han, Cyrillic,
 * Arabic, Greek, Hebrew, Thai, Devanagari); Latin-script text is told apart
 * by counting frequent function words from data/lang_words.tsv. Only the
 * first few thousand bytes are read: a language shows in a few sentences.
 */
#include <string.h>
#include "articled/metadata.h"
#include "articled/text.h"
#include "lang_words.h"

#define SAMPLE_BYTES 6000

enum {
    S_LATIN,
    S_CYRILLIC,
    S_ARABIC,
    S_HANGUL,
    S_KANA,
    S_HAN,
    S_GREEK,
    S_HEBREW,
    S_THAI,
    S_DEVANAGARI,
    S_COUNT
};

static int script_of(long cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F))
        return S_LATIN;
    if (cp >= 0x400 && cp <= 0x4FF)
        return S_CYRILLIC;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F))
        return S_ARABIC;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) ||
        (cp >= 0x3130 && cp <= 0x318F))
        return S_HANGUL;
    if (cp >= 0x3040 && cp <= 0x30FF)
        return S_KANA;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
        return S_HAN;
    if (cp >= 0x370 && cp <= 0x3FF)
        return S_GREEK;
    if (cp >= 0x590 && cp <= 0x5FF)
        return S_HEBREW;
    if (cp >= 0xE00 && cp <= 0xE7F)
        return S_THAI;
    if (cp >= 0x900 && cp <= 0x97F)
        return S_DEVANAGARI;
    return -1;
}

/* Index of lang in the small list of Latin languages met so far. */
static int lang_slot(const char **langs, int *n, const char *lang)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(langs[i], lang))
            return i;
    if (*n >= 16)
        return -1;
    langs[*n] = lang;
    return (*n)++;
}

static const char *latin_language(const char *text, size_t len)
{
    const char *langs[16];
    int counts[16] = {0}, nl = 0, words = 0;
    char w[24];
    for (size_t i = 0; i < len && words < 600;) {
        /* Collect one lowercase word of letters (ASCII folded, UTF-8 kept). */
        size_t wl = 0;
        while (i < len) {
            unsigned char c = (unsigned char)text[i];
            int letter = (c | 32) >= 'a' && (c | 32) <= 'z';
            if (!letter && c < 0x80)
                break;
            if (c >= 0x80) {
                size_t n;
                long cp = ad_text_decode(text + i, len - i, &n);
                if (script_of(cp) != S_LATIN)
                    break;
                if (wl + n < sizeof(w))
                    memcpy(w + wl, text + i, n);
                wl += n;
                i += n;
                continue;
            }
            if (wl + 1 < sizeof(w))
                w[wl] = (char)(c | 32);
            wl++;
            i++;
        }
        if (!wl) {
            size_t n;
            ad_text_decode(text + i, len - i, &n);
            i += n;
            continue;
        }
        words++;
        if (wl >= sizeof(w) || wl > 8)
            continue;
        w[wl] = '\0';
        for (size_t r = 0; r < ad_tbl_lang_words_len; r++) {
            if (strcmp(ad_tbl_lang_words[r][1], w))
                continue;
            int s = lang_slot(langs, &nl, ad_tbl_lang_words[r][0]);
            if (s >= 0)
                counts[s]++;
        }
    }
    int best = -1, second = 0;
    for (int i = 0; i < nl; i++) {
        if (best < 0 || counts[i] > counts[best]) {
            if (best >= 0)
                second = counts[best];
            best = i;
        } else if (counts[i] > second) {
            second = counts[i];
        }
    }
    /* A guess needs a few hits and a clear lead over the runner-up. */
    if (best < 0 || counts[best] < 3 || counts[best] * 4 < second * 5)
        return NULL;
    return langs[best];
}

const char *ad_meta_detect_language(const char *text, size_t len)
{
    static const char *const codes[S_COUNT] = {NULL, "ru", "ar", "ko", "ja",
                                               "zh", "el", "he", "th", "hi"};
    size_t counts[S_COUNT] = {0}, total = 0;
    if (!text)
        return NULL;
    if (len > SAMPLE_BYTES)
        len = SAMPLE_BYTES;
    for (size_t i = 0; i < len;) {
        size_t n;
        long cp = ad_text_decode(text + i, len - i, &n);
        int s = script_of(cp);
        if (s >= 0) {
            counts[s]++;
            total++;
        }
        i += n;
    }
    if (total < 20)
        return NULL;
    /* Japanese mixes kana into Han; a little kana is enough to tell. */
    if (counts[S_KANA] * 10 > counts[S_KANA] + counts[S_HAN] && counts[S_KANA] * 5 > total / 10)
        return "ja";
    int best = S_LATIN;
    for (int s = 0; s < S_COUNT; s++)
        if (s != S_KANA && counts[s] > counts[best])
            best = s;
    /* Han characters count as whole words: a third of the letters is a lot. */
    if (counts[S_HAN] * 3 > total && counts[S_HAN] >= counts[S_LATIN] / 4)
        best = S_HAN;
    if (best != S_LATIN)
        return codes[best];
    return latin_language(text, len);
}
