#ifndef COPYDESK_CRASH_GUARD_H
#define COPYDESK_CRASH_GUARD_H

/// Keeps one file's crash or hang from losing a whole run. Worker threads say which file and which
/// plugin they are working on; a fatal signal on a worker (or a file over its time budget) writes a
/// line to a journal and restarts the program in place (execve) with the same arguments, so that
/// the new process, reading the journal, lints every other file and reports that one.
///
/// Journal lines: `end <file> <path>` for files finished (written some at a time),
/// `begin <file> <path>` followed by `crash <file> <signal> <plugin>` or `timeout <file> <plugin>`
/// for a file that failed (the plugin is `-` when none was running).

/// Installs the signal handlers. `journal_fd` stays open across the restart; `argv` and `envp`
/// (NULL-terminated, copied) are what the restarted program gets. Returns 0, or -1 on failure.
int copydesk_guard_install(int journal_fd, const char *executable, const char *const *argv, const char *const *envp);

/// Called by each worker thread before it lints: gives it a slot and an alternate signal stack
/// (so that a stack overflow is caught too).
void copydesk_guard_enter_worker(void);

/// The calling worker starts file number `file` (`path` is kept, and journaled if the file fails).
void copydesk_guard_begin_file(long file, const char *path);

/// The calling worker starts running a plugin; `name` must stay valid for the whole run.
void copydesk_guard_begin_plugin(const char *name);

/// The calling worker finished its file.
void copydesk_guard_end_file(void);

/// When a worker has spent more than `seconds` on one file: journals a timeout for it and
/// restarts the program. Returns only when no file is over budget.
void copydesk_guard_restart_if_overdue(double seconds);

#endif
