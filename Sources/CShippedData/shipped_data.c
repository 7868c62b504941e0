#include "shipped_data.h"

extern const unsigned char copydesk_sanctions_index_start[], copydesk_sanctions_index_end[];
extern const unsigned char copydesk_english_words_start[], copydesk_english_words_end[];
extern const unsigned char copydesk_english_word_sets_start[], copydesk_english_word_sets_end[];
extern const unsigned char copydesk_policies_start[], copydesk_policies_end[];

static copydesk_blob blob(const unsigned char *start, const unsigned char *end) {
    copydesk_blob result = {start, (size_t)(end - start)};
    return result;
}

copydesk_blob copydesk_shipped_sanctions_index(void) {
    return blob(copydesk_sanctions_index_start, copydesk_sanctions_index_end);
}

copydesk_blob copydesk_shipped_english_words(void) {
    return blob(copydesk_english_words_start, copydesk_english_words_end);
}

copydesk_blob copydesk_shipped_english_word_sets(void) {
    return blob(copydesk_english_word_sets_start, copydesk_english_word_sets_end);
}

copydesk_blob copydesk_shipped_policies(void) {
    return blob(copydesk_policies_start, copydesk_policies_end);
}
