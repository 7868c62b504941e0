#define _GNU_SOURCE
#include "crash_guard.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_SLOTS 256
#define ALT_STACK_BYTES (256 * 1024)
#define PATH_BYTES 4096
#define FINISHED_BUFFER_BYTES 8192

static const int guarded_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};
#define SIGNAL_COUNT (sizeof(guarded_signals) / sizeof(guarded_signals[0]))

static int journal = -1;
static char *restart_path;
static char **restart_argv;
static char **restart_envp;
static struct sigaction previous[SIGNAL_COUNT];
static atomic_int next_slot;
static atomic_int restarting;

/// What each worker slot is doing: the file (or -1), the plugin, and when the file started.
static _Atomic long slot_file[MAX_SLOTS];
static const char *_Atomic slot_plugin[MAX_SLOTS];
static _Atomic long long slot_started_ns[MAX_SLOTS];
/// The path of each slot's file, journaled only when the file fails: writing a `begin` line for
/// every file cost two system calls a file.
static char slot_path[MAX_SLOTS][PATH_BYTES];
static __thread int thread_slot = -1;
/// `end` lines not yet written, per worker: written a few dozen at a time. Lines lost in a crash
/// only make the restarted run lint those files again among the unfinished ones.
static __thread char finished_buffer[FINISHED_BUFFER_BYTES];
static __thread size_t finished_used;

static char **copy_list(const char *const *list) {
    size_t count = 0;
    while (list[count]) count++;
    char **copy = calloc(count + 1, sizeof(char *));
    if (!copy) return NULL;
    for (size_t i = 0; i < count; i++) copy[i] = strdup(list[i]);
    return copy;
}

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/// Async-signal-safe formatting: appends a decimal number.
static size_t put_number(char *buffer, size_t at, long value) {
    char digits[24];
    size_t count = 0;
    int negative = value < 0;
    unsigned long magnitude = negative ? (unsigned long)(-(value + 1)) + 1 : (unsigned long)value;
    do { digits[count++] = (char)('0' + magnitude % 10); magnitude /= 10; } while (magnitude && count < sizeof(digits));
    if (negative) buffer[at++] = '-';
    while (count) buffer[at++] = digits[--count];
    return at;
}

static size_t put_text(char *buffer, size_t at, size_t capacity, const char *text) {
    while (text && *text && at < capacity - 2) buffer[at++] = *text++;
    return at;
}

static void journal_write(const char *line, size_t length) {
    while (length > 0) {
        ssize_t written = write(journal, line, length);
        if (written <= 0) return;
        line += written;
        length -= (size_t)written;
    }
}

static void flush_finished(void) {
    journal_write(finished_buffer, finished_used);
    finished_used = 0;
}

/// Formats `<kind><file> <path of the slot's file>` and a line break into `line`; returns its length.
static size_t path_line(char *line, size_t capacity, const char *kind, long file, int slot) {
    size_t at = put_text(line, 0, capacity, kind);
    at = put_number(line, at, file);
    line[at++] = ' ';
    at = put_text(line, at, capacity, slot_path[slot]);
    line[at++] = '\n';
    return at;
}

/// Journals the path of the file a slot is on: `begin <file> <path>`.
static void journal_begin(long file, int slot) {
    char line[PATH_BYTES + 64];
    journal_write(line, path_line(line, sizeof(line), "begin ", file, slot));
}

/// Journals `<kind><file> [<signal> ]<plugin>`: a crash (with its signal) or a time-out (signal 0),
/// after the file's path.
static void journal_failure(const char *kind, long file, int signal_number, int slot) {
    journal_begin(file, slot);
    char line[512];
    size_t at = put_text(line, 0, sizeof(line), kind);
    at = put_number(line, at, file);
    line[at++] = ' ';
    if (signal_number != 0) {
        at = put_number(line, at, signal_number);
        line[at++] = ' ';
    }
    const char *plugin = atomic_load(&slot_plugin[slot]);
    at = put_text(line, at, sizeof(line), plugin ? plugin : "-");
    line[at++] = '\n';
    journal_write(line, at);
}

static void restart(void) {
    execve(restart_path, restart_argv, restart_envp);
}

static void on_fatal_signal(int signal_number, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    int slot = thread_slot;
    long file = slot >= 0 ? atomic_load(&slot_file[slot]) : -1;
    if (file >= 0 && atomic_exchange(&restarting, 1) == 0) {
        flush_finished();
        journal_failure("crash ", file, signal_number, slot);
        restart();
    }
    // Not on a file, or the restart failed: give the signal to whoever handled it before (the
    // Swift runtime's backtracer, or the default action).
    for (size_t i = 0; i < SIGNAL_COUNT; i++) {
        if (guarded_signals[i] == signal_number) sigaction(signal_number, &previous[i], NULL);
    }
    raise(signal_number);
}

int copydesk_guard_install(int journal_fd, const char *executable, const char *const *argv, const char *const *envp) {
    journal = journal_fd;
    restart_path = strdup(executable);
    restart_argv = copy_list(argv);
    restart_envp = copy_list(envp);
    if (!restart_path || !restart_argv || !restart_envp) return -1;
    for (int i = 0; i < MAX_SLOTS; i++) atomic_store(&slot_file[i], -1);
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_sigaction = on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigset_t unblock;
    sigemptyset(&unblock);
    for (size_t i = 0; i < SIGNAL_COUNT; i++) {
        if (sigaction(guarded_signals[i], &action, &previous[i]) != 0) return -1;
        sigaddset(&unblock, guarded_signals[i]);
    }
    // A restart from inside a handler inherits the signal mask with the handled signal blocked.
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    return 0;
}

void copydesk_guard_enter_worker(void) {
    if (thread_slot >= 0) return;
    int slot = atomic_fetch_add(&next_slot, 1);
    if (slot >= MAX_SLOTS) return;
    stack_t alternate;
    alternate.ss_sp = malloc(ALT_STACK_BYTES);
    alternate.ss_size = ALT_STACK_BYTES;
    alternate.ss_flags = 0;
    if (alternate.ss_sp) sigaltstack(&alternate, NULL);
    thread_slot = slot;
}

void copydesk_guard_begin_file(long file, const char *path) {
    int slot = thread_slot;
    if (slot < 0 || journal < 0) return;
    size_t at = put_text(slot_path[slot], 0, PATH_BYTES, path);
    slot_path[slot][at] = '\0';
    atomic_store(&slot_plugin[slot], NULL);
    atomic_store(&slot_started_ns[slot], now_ns());
    atomic_store(&slot_file[slot], file);
}

void copydesk_guard_begin_plugin(const char *name) {
    int slot = thread_slot;
    if (slot >= 0) atomic_store(&slot_plugin[slot], name);
}

void copydesk_guard_end_file(void) {
    int slot = thread_slot;
    if (slot < 0 || journal < 0) return;
    long file = atomic_exchange(&slot_file[slot], -1);
    atomic_store(&slot_plugin[slot], NULL);
    // `end <file> <path>`: the path, since no `begin` line names it.
    char line[PATH_BYTES + 64];
    size_t at = path_line(line, sizeof(line), "end ", file, slot);
    if (finished_used + at > FINISHED_BUFFER_BYTES) flush_finished();
    if (at > FINISHED_BUFFER_BYTES) {
        journal_write(line, at);
        return;
    }
    memcpy(finished_buffer + finished_used, line, at);
    finished_used += at;
}

void copydesk_guard_restart_if_overdue(double seconds) {
    if (journal < 0) return;
    long long limit = (long long)(seconds * 1e9);
    long long now = now_ns();
    int slots = atomic_load(&next_slot);
    if (slots > MAX_SLOTS) slots = MAX_SLOTS;
    for (int slot = 0; slot < slots; slot++) {
        long file = atomic_load(&slot_file[slot]);
        if (file < 0 || now - atomic_load(&slot_started_ns[slot]) <= limit) continue;
        if (atomic_exchange(&restarting, 1) != 0) return;
        journal_failure("timeout ", file, 0, slot);
        restart();
        atomic_store(&restarting, 0);
        return;
    }
}
