/*
 * dom.h - small helpers over libxml2's HTML tree shared by every stage.
 *
 * All walks are iterative (parent/next pointers), never recursive, so a page
 * of 100,000 nested elements cannot exhaust the stack.
 */
#ifndef ARTICLED_DOM_H
#define ARTICLED_DOM_H

#include <stddef.h>
#include <libxml/HTMLparser.h>
#include "articled/arena.h"

/* The node after n in document order within the subtree of root, or NULL
 * when the walk leaves root. ad_dom_skip() does the same without entering
 * n's children. */
xmlNodePtr ad_dom_next(xmlNodePtr n, xmlNodePtr root);
xmlNodePtr ad_dom_skip(xmlNodePtr n, xmlNodePtr root);

/* True when n is an element with the given lowercase tag name. */
int ad_dom_is(xmlNodePtr n, const char *tag);

/* True when anc is n or one of its ancestors. */
int ad_dom_within(xmlNodePtr n, xmlNodePtr anc);

/* The element before n among its siblings (text and comments skipped), or
 * NULL. */
xmlNodePtr ad_dom_prev_element(xmlNodePtr n);

/* Whether an inline style hides its element: display:none or
 * visibility:hidden, with any spacing and case. */
int ad_dom_style_hidden(const char *style);

/* Whether p is a picture's caption set without markup naming it: a <p>
 * right after a <p> that holds only a picture, styled centered or closing
 * on an agency's credit in brackets with a slash, as Chinese state media
 * lay out "<p><img></p><p style=text-align:center>Caption (Xinhua/Name)</p>"
 * (also "<p><font color=navy>Caption (Xinhua/Name)</font></p>"); one
 * sentence of at most some sixty words, not mostly links, not ending in a
 * colon (a blog's centered prose under its photos is none). */
int ad_dom_para_caption(xmlNodePtr p);

/* The one element child of n, when n holds nothing else but white space
 * (a wrapper: a table row's cell, a cell's <span>), or NULL. */
xmlNodePtr ad_dom_lone_child(xmlNodePtr n);

/* Whether p is a picture's caption set without markup naming it: a
 * paragraph after a picture's (ad_dom_para_caption), or a <p> whose text repeats the
 * alt text (20 bytes or more) of the <img> just before it, alone or in an
 * element holding only a picture ("<img alt='Containers at the port.'><p
 * class=imgtext>Containers at the port.</p>"; a teaser card's headline
 * <div> under its picture is none) or in the table row above it, or a block named as a description
 * ("desc", "legend", "info") right under a block holding only a picture, also in the
 * table row under the picture's (p may be that <tr>). */
int ad_dom_unmarked_caption(xmlNodePtr p);

/* Whether t[0..n) names a picture agency by a capitalized word agencies'
 * names carry ("Anadolu Agency", "Kyodo News", "Associated Press", "Getty
 * Images", "Photo"): the side after the dash of a caption's "( Jane Doe -
 * Anadolu Agency )" credit, for this module and the metadata's credits. */
int ad_dom_agency_words(const char *t, size_t n);

/* The value of attribute name on element n, or NULL. The pointer is valid
 * while the document lives (it points into the tree, no copy). */
const char *ad_dom_attr(xmlNodePtr n, const char *name);

/* Appends the text content of n's subtree to out, skipping script, style, svg,
 * noscript and template elements, with a space for each <br> and block
 * boundary. Returns AD_OK, or AD_ERR_TOOBIG/AD_ERR_NOMEM from the buffer. */
ad_status ad_dom_text(xmlNodePtr n, ad_buf *out);

/* Flags of ad_dom_text_norm(). AD_DOM_WORDS: an inline element boundary
 * also separates words where a lower-case letter or digit meets a capital
 * or digit, or a full stop or closing bracket meets a capital, for short
 * labelled fields whose parts sit in adjacent inline elements that the
 * page's CSS sets apart ("<span>Jane Doe</span><span>Editor</span>", a
 * caption and its "<span>Credit...</span>"); a drop cap ("<b>M</b>aria")
 * or an apostrophe in its own element stays joined. */
#define AD_DOM_WORDS 1u
/* AD_DOM_NO_BUTTONS: the labels of <button>s are left out ("Read More" in
 * a caption); elsewhere a button may hold a name (an author's pop-up). */
#define AD_DOM_NO_BUTTONS 2u
/* AD_DOM_BLOCK_BARS: a block boundary between two pieces of text reads
 * " | ", as in a byline set in blocks ("<span>Jane Doe</span><div>BBC
 * Wales News</div>" is "Jane Doe | BBC Wales News"). */
#define AD_DOM_BLOCK_BARS 4u
/* AD_DOM_NO_HIDDEN: text the page does not show is left out: elements with
 * the hidden attribute, style display:none, or a class of screen-reader text
 * ("visually-hidden": the "hide" rows of data/body_classes.tsv). */
#define AD_DOM_NO_HIDDEN 8u

/* The element's text folded and normalized (see text.h) as an arena string,
 * or NULL when out of memory; at most max bytes of raw text are read. */
char *ad_dom_text_norm(xmlNodePtr n, ad_arena *a, size_t max, unsigned flags);

/* The <html>, <head> and <body> elements (NULL when absent). */
xmlNodePtr ad_dom_root(xmlDocPtr doc);
xmlNodePtr ad_dom_head(xmlDocPtr doc);
xmlNodePtr ad_dom_body(xmlDocPtr doc);

#endif
