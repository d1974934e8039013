// The parts of libgit2 1.5 that ReplayGit uses, plus fixed-argument wrappers for the
// C-variadic git_libgit2_opts(), which Swift cannot call.
#include <stdint.h>
#include <string.h>
#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>

static inline int replay_git_set_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

static inline int replay_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
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

// MARK: Pack writing (objects staged in mempack → one pack stream → libgit2's indexer)

#include <zlib.h>

/// A zlib stream reused for every object of a pack (one deflateInit per pack, not per object).
/// memLevel 1: deflateReset clears the match hash table, 64 KB at the default level, which
/// dominated packing many small objects; answers are small, so the smaller table costs little.
static inline int replay_deflate_init(z_stream *stream) {
    memset(stream, 0, sizeof(*stream));
    return deflateInit2(stream, Z_BEST_SPEED, Z_DEFLATED, 15, 1, Z_DEFAULT_STRATEGY);
}

/// Compresses one object's bytes into `out` (capacity from replay_deflate_bound); 0 on success.
static inline int replay_deflate_object(z_stream *stream, const void *in, size_t in_len, void *out, size_t out_cap, size_t *out_len) {
    if (deflateReset(stream) != Z_OK) return -1;
    stream->next_in = (Bytef *)in;
    stream->avail_in = (uInt)in_len;
    stream->next_out = (Bytef *)out;
    stream->avail_out = (uInt)out_cap;
    if (deflate(stream, Z_FINISH) != Z_STREAM_END) return -1;
    *out_len = out_cap - stream->avail_out;
    return 0;
}

static inline size_t replay_deflate_bound(z_stream *stream, size_t len) { return deflateBound(stream, (uLong)len); }
static inline void replay_deflate_end(z_stream *stream) { deflateEnd(stream); }

/// SHA-1 (FIPS 180-4) for the pack's trailing checksum.
typedef struct { uint32_t h[5]; uint64_t length; unsigned char block[64]; size_t used; } replay_sha1;

static inline uint32_t replay_rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

static inline void replay_sha1_compress(replay_sha1 *c, const unsigned char *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = (uint32_t)p[4*i] << 24 | (uint32_t)p[4*i+1] << 16 | (uint32_t)p[4*i+2] << 8 | p[4*i+3];
    for (int i = 16; i < 80; i++) w[i] = replay_rol(w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16], 1);
    uint32_t a = c->h[0], b = c->h[1], d = c->h[3], e = c->h[4], cc = c->h[2];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & cc) | (~b & d); k = 0x5A827999; }
        else if (i < 40) { f = b ^ cc ^ d; k = 0x6ED9EBA1; }
        else if (i < 60) { f = (b & cc) | (b & d) | (cc & d); k = 0x8F1BBCDC; }
        else { f = b ^ cc ^ d; k = 0xCA62C1D6; }
        uint32_t t = replay_rol(a, 5) + f + e + k + w[i];
        e = d; d = cc; cc = replay_rol(b, 30); b = a; a = t;
    }
    c->h[0] += a; c->h[1] += b; c->h[2] += cc; c->h[3] += d; c->h[4] += e;
}

static inline void replay_sha1_init(replay_sha1 *c) {
    c->h[0] = 0x67452301; c->h[1] = 0xEFCDAB89; c->h[2] = 0x98BADCFE; c->h[3] = 0x10325476; c->h[4] = 0xC3D2E1F0;
    c->length = 0; c->used = 0;
}

static inline void replay_sha1_update(replay_sha1 *c, const void *data, size_t len) {
    const unsigned char *p = (const unsigned char *)data;
    c->length += len;
    if (c->used) {
        size_t take = 64 - c->used < len ? 64 - c->used : len;
        memcpy(c->block + c->used, p, take);
        c->used += take; p += take; len -= take;
        if (c->used < 64) return;
        replay_sha1_compress(c, c->block);
        c->used = 0;
    }
    while (len >= 64) { replay_sha1_compress(c, p); p += 64; len -= 64; }
    memcpy(c->block, p, len);
    c->used = len;
}

static inline void replay_sha1_final(replay_sha1 *c, unsigned char out[20]) {
    uint64_t bits = c->length * 8;
    unsigned char pad = 0x80, zero = 0, len[8];
    replay_sha1_update(c, &pad, 1);
    while (c->used != 56) replay_sha1_update(c, &zero, 1);
    for (int i = 0; i < 8; i++) len[i] = (unsigned char)(bits >> (56 - 8 * i));
    replay_sha1_update(c, len, 8);
    for (int i = 0; i < 5; i++) { out[4*i] = c->h[i] >> 24; out[4*i+1] = c->h[i] >> 16; out[4*i+2] = c->h[i] >> 8; out[4*i+3] = c->h[i]; }
}

// MARK: Pack reading (objects read straight from mapped packs)

/// Starts a zlib stream reused for every object one reader inflates (inflateReset between them).
static inline int replay_inflate_init(z_stream *stream) {
    memset(stream, 0, sizeof(*stream));
    return inflateInit(stream);
}

/// Inflates one pack object's zlib stream from `in` (at most `in_len` bytes) into exactly `out_len`
/// bytes at `out`; 0 when the stream ended there and then, -1 otherwise (damaged or not that size).
static inline int replay_inflate_object(z_stream *stream, const void *in, size_t in_len, void *out, size_t out_len) {
    if (inflateReset(stream) != Z_OK) return -1;
    unsigned char spare;
    stream->next_in = (Bytef *)in;
    stream->avail_in = (uInt)(in_len > 0xFFFFFFFFu ? 0xFFFFFFFFu : in_len);
    stream->next_out = out_len > 0 ? (Bytef *)out : &spare;
    stream->avail_out = (uInt)out_len;
    int rc = inflate(stream, Z_FINISH);
    return rc == Z_STREAM_END && stream->avail_out == 0 ? 0 : -1;
}

static inline void replay_inflate_end(z_stream *stream) { inflateEnd(stream); }
