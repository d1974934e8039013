// zlib (Debian's zlib1g-dev, which libgit2-dev depends on), for reading zip archives.
#include <zlib.h>

// inflateInit2 is a macro; Swift cannot call it.
static inline int replay_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
