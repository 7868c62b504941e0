#ifndef COPYDESK_PLUGIN_H
#define COPYDESK_PLUGIN_H
/*
 * The C entry point of a Copydesk rule plugin built as a shared library.
 *
 * A plugin exports one function, `copydesk_plugin_entry`. Copydesk calls it with the ABI version
 * it speaks; the plugin returns its function table for that version, or NULL when it cannot speak
 * it. Everything else crosses the boundary as UTF-8 JSON text (see WireFormat in CopydeskCore):
 * no Swift type is shared, so host and plugin may each link their own copy of CopydeskCore.
 */
#include <stdint.h>

#define COPYDESK_PLUGIN_ABI_VERSION 1
#define COPYDESK_PLUGIN_ENTRY_SYMBOL "copydesk_plugin_entry"

typedef struct copydesk_plugin_v1 {
    /* The ABI version of this table: COPYDESK_PLUGIN_ABI_VERSION of the plugin's build. */
    uint32_t abi_version;
    /* Takes the plugin's options as JSON; returns {"abi", "id", "summary", "rules": [...]} or
       {"error": "..."}. The caller frees the result with free_string. */
    char *(*describe)(const char *options_json);
    /* Takes {"document", "options", "now"}; returns {"findings": [...], "problems": [...]} or
       {"error": "..."}. The caller frees the result with free_string. */
    char *(*check)(const char *request_json);
    void (*free_string)(char *text);
} copydesk_plugin_v1;

typedef const copydesk_plugin_v1 *(*copydesk_plugin_entry_fn)(uint32_t host_abi_version);

#endif
