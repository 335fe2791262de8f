/*
 * meta_lang.c - guessing a text's language when the page does not say.
 *
 * Scripts decide most languages at once (Hangul, kana, Han, Cyrillic,
 * Arabic, Greek, Hebrew, Thai, Devanagari, Armenian, Georgian, Ethiopic and
 * the scripts of South and Southeast Asia); Latin-script text is told apart
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
    S_ARMENIAN,
    S_GEORGIAN,
    S_ETHIOPIC,
    S_BENGALI,
    S_TAMIL,
    S_TELUGU,
    S_KANNADA,
    S_MALAYALAM,
    S_GUJARATI,
    S_GURMUKHI,
    S_SINHALA,
    S_MYANMAR,
    S_KHMER,
    S_LAO,
    S_COUNT
};

/* Each script's main code point block and the language it says: one that
 * writes it almost alone (Armenian, Georgian, Thai...) or the main one of
 * those that share it (Cyrillic Russian, Arabic, Ethiopic Amharic). Latin
 * is left to the function words; kana and Han are told apart by counting. */
static const struct script {
    long lo, hi;
    const char *lang;
} scripts[S_COUNT] = {
    [S_CYRILLIC] = {0x400, 0x4FF, "ru"},   [S_ARABIC] = {0x600, 0x6FF, "ar"},
    [S_HANGUL] = {0xAC00, 0xD7AF, "ko"},   [S_KANA] = {0x3040, 0x30FF, "ja"},
    [S_HAN] = {0x4E00, 0x9FFF, "zh"},      [S_GREEK] = {0x370, 0x3FF, "el"},
    [S_HEBREW] = {0x590, 0x5FF, "he"},     [S_THAI] = {0xE00, 0xE7F, "th"},
    [S_DEVANAGARI] = {0x900, 0x97F, "hi"}, [S_ARMENIAN] = {0x530, 0x58F, "hy"},
    [S_GEORGIAN] = {0x10A0, 0x10FF, "ka"}, [S_ETHIOPIC] = {0x1200, 0x137F, "am"},
    [S_BENGALI] = {0x980, 0x9FF, "bn"},    [S_TAMIL] = {0xB80, 0xBFF, "ta"},
    [S_TELUGU] = {0xC00, 0xC7F, "te"},     [S_KANNADA] = {0xC80, 0xCFF, "kn"},
    [S_MALAYALAM] = {0xD00, 0xD7F, "ml"},  [S_GUJARATI] = {0xA80, 0xAFF, "gu"},
    [S_GURMUKHI] = {0xA00, 0xA7F, "pa"},   [S_SINHALA] = {0xD80, 0xDFF, "si"},
    [S_MYANMAR] = {0x1000, 0x109F, "my"},  [S_KHMER] = {0x1780, 0x17FF, "km"},
    [S_LAO] = {0xE80, 0xEFF, "lo"},
};

static int script_of(long cp)
{
    /* With Latin Extended Additional, where Vietnamese letters are. */
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F) ||
        (cp >= 0x1E00 && cp <= 0x1EFF))
        return S_LATIN;
    /* Blocks that extend the main ones: Arabic Supplement, Hangul Jamo
     * and Compatibility Jamo, CJK Extension A, Georgian Mtavruli. */
    if (cp >= 0x750 && cp <= 0x77F)
        return S_ARABIC;
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F))
        return S_HANGUL;
    if (cp >= 0x3400 && cp <= 0x4DBF)
        return S_HAN;
    if (cp >= 0x1C90 && cp <= 0x1CBF)
        return S_GEORGIAN;
    for (int s = 1; s < S_COUNT; s++)
        if (cp >= scripts[s].lo && cp <= scripts[s].hi)
            return s;
    return -1;
}

/* Index of lang in the small list of Latin languages met so far. */
static int lang_slot(const char **langs, int *n, const char *lang)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(langs[i], lang))
            return i;
    if (*n >= 32)
        return -1;
    langs[*n] = lang;
    return (*n)++;
}

static const char *latin_language(const char *text, size_t len)
{
    const char *langs[32];
    int counts[32] = {0}, nl = 0, words = 0;
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
        return scripts[best].lang;
    return latin_language(text, len);
}
