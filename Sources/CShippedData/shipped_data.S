// The shipped data, included byte for byte from blobs/ (found through the target's header search
// path). The build does not track .incbin inputs: each line names what it includes with a checksum,
// which Scripts/embed-shipped-data keeps current, so that a new blob changes this file and it is
// assembled again (default-index.cdsx and english-words.txt are links to Plugins/Sanctions/Resources).
// policies.cdpk sha256 46329459c76cc525f013a73a8213e4a14448cfc457d4c70bbf25ccfbe6ac03ae
// default-index.cdsx sha256 d63b30a4a953886ba093fdc9e8521c309334158c74f41b4f05154e3102e71869
// english-words.txt sha256 edbb41fc03b45fe777289c65fc4d91f7ef497f91be589a2c960e8578313f43af
// english-words.cdws sha256 76b225636d1d989b3fb0163e18cd30d0b72393840808c7577c58924cbe2f7f5b
    .section .rodata
    .balign 16
    .global copydesk_sanctions_index_start
    .global copydesk_sanctions_index_end
copydesk_sanctions_index_start:
    .incbin "default-index.cdsx"
copydesk_sanctions_index_end:
    .balign 16
    .global copydesk_english_words_start
    .global copydesk_english_words_end
copydesk_english_words_start:
    .incbin "english-words.txt"
copydesk_english_words_end:
    .balign 16
    .global copydesk_english_word_sets_start
    .global copydesk_english_word_sets_end
copydesk_english_word_sets_start:
    .incbin "english-words.cdws"
copydesk_english_word_sets_end:
    .balign 16
    .global copydesk_policies_start
    .global copydesk_policies_end
copydesk_policies_start:
    .incbin "policies.cdpk"
copydesk_policies_end:
    .section .note.GNU-stack,"",@progbits
