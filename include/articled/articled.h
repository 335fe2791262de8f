/*
 * articled.h - the whole public API of the articled parser library.
 *
 * The pipeline, in order: load.h (bytes to tree) -> metadata.h -> body.h ->
 * text.h (normalization) -> entities -> figures -> json.h. article.h holds
 * the result type and the one-call entry point ad_article_parse().
 */
#ifndef ARTICLED_ARTICLED_H
#define ARTICLED_ARTICLED_H

#define ARTICLED_VERSION "0.1.0"

#include "articled/status.h"
#include "articled/arena.h"
#include "articled/text.h"
#include "articled/dom.h"
#include "articled/load.h"
#include "articled/metadata.h"
#include "articled/body.h"
#include "articled/article.h"
#include "articled/tokenize.h"
#include "articled/quantity.h"
#include "articled/json.h"

#endif
