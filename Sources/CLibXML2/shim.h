#ifndef COPYDESK_CLIBXML2_SHIM_H
#define COPYDESK_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, whose headers clash with the ICU that Foundation carries
   (`UErrorCode` defined twice). Copydesk never touches libxml2's ICU converters, so their
   declarations are left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
