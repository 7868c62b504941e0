#ifndef COPYDESK_SHIPPED_DATA_H
#define COPYDESK_SHIPPED_DATA_H

#include <stddef.h>

/// What Copydesk ships, linked into the executable so that a copied or installed binary needs no
/// files beside it: the default sanctions index, the English word list and the hash sets the
/// sanctions matcher looks words up in, and the shipped policy packs as one archive
/// (`Scripts/embed-shipped-data` writes the archive and the sets).
typedef struct {
    const unsigned char *bytes;
    size_t count;
} copydesk_blob;

copydesk_blob copydesk_shipped_sanctions_index(void);
copydesk_blob copydesk_shipped_english_words(void);
copydesk_blob copydesk_shipped_english_word_sets(void);
copydesk_blob copydesk_shipped_policies(void);

#endif
