// The parts of libgit2 1.5 that ReplayGit uses, plus fixed-argument wrappers for the
// C-variadic git_libgit2_opts(), which Swift cannot call.
#include <string.h>
#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>

static inline int replay_git_set_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

static inline int replay_git_set_cache_object_limit(git_object_t type, size_t size) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, type, size);
}

static inline int replay_git_set_cache_max_size(ssize_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, bytes);
}

static inline int replay_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/// Whether `backend` itself holds `id` (used on the mempack backend to tell new objects from stored ones).
static inline int replay_git_backend_exists(git_odb_backend *backend, const git_oid *id) {
    return backend->exists(backend, id);
}

/// git's order of tree entries: names compared bytewise, a tree's name as if it ended in '/'.
static inline int replay_git_entry_cmp(const git_tree_entry *a, const git_tree_entry *b) {
    const char *n1 = git_tree_entry_name(a);
    const char *n2 = git_tree_entry_name(b);
    size_t l1 = strlen(n1), l2 = strlen(n2);
    size_t len = l1 < l2 ? l1 : l2;
    int c = memcmp(n1, n2, len);
    if (c != 0) return c;
    unsigned char c1 = l1 > len ? (unsigned char)n1[len] : (git_tree_entry_type(a) == GIT_OBJECT_TREE ? '/' : 0);
    unsigned char c2 = l2 > len ? (unsigned char)n2[len] : (git_tree_entry_type(b) == GIT_OBJECT_TREE ? '/' : 0);
    return (int)c1 - (int)c2;
}

/// Writes an object (whose id the caller computed) straight into `backend`, bypassing the odb's
/// freshen-then-refresh path, which rescans the pack folder on every miss.
static inline int replay_git_backend_write(git_odb_backend *backend, const git_oid *id, const void *data, size_t len, git_object_t type) {
    return backend->write(backend, id, data, len, type);
}

/// Whether `backend` holds `id`, without the odb-level refresh; 0 if it cannot tell.
static inline int replay_git_backend_has(git_odb_backend *backend, const git_oid *id) {
    return backend->exists != NULL && backend->exists(backend, id) == 1;
}
