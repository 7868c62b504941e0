#ifndef COPYDESK_SHIPPED_DATA_H
#define COPYDESK_SHIPPED_DATA_H

#include <stddef.h>

/// What Copydesk ships, linked into the executable so that a copied or installed binary needs no
/// files beside it: the default sanctions index, the English word list, and the shipped policy
/// packs as one archive (`Scripts/embed-policies` writes it from `Policies/`).
typedef struct {
    const unsigned char *bytes;
    size_t count;
} copydesk_blob;

copydesk_blob copydesk_shipped_sanctions_index(void);
copydesk_blob copydesk_shipped_english_words(void);
copydesk_blob copydesk_shipped_policies(void);

#endif
