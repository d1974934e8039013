"""holdout16 shared helpers: checksums and the line validators. Standard library only."""
import re
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc_suffix(body30):
    """GitHub / npm token checksum: CRC32 of the 30 random characters, base62, left-padded to 6."""
    return b62(zlib.crc32(body30.encode()) & 0xFFFFFFFF, 6)


# Published/documented test card numbers (never used as a positive value).
TEST_CARDS = (
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222",
    "4000000000000002", "4000000000009995", "4000002500003155", "4000000000000077", "4000000000003220",
    "5555555555554444", "5200828282828210", "5105105105105100", "2223003122003222", "5454545454545454",
    "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
    "6011981111111113", "3056930009020004", "36227206271667", "30569309025904", "38520000023237",
    "3566002020360505", "3530111333300000", "6200000000000005", "6200000000000047", "6205500000000000004",
    "4988438843884305", "4166676667666746", "5577000055770004", "4917610000000000", "6759649826438453",
    "4035501000000008", "4360000001000005", "4444333322221111", "5425233430109903", "2222420000001113",
    "4263982640269299", "4917484589897107", "4001919257537193", "4007702835532454", "4000000760000002",
)

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
DIGIT_RUN_RE = re.compile(r"\d+(?:[ \-]\d+)*")


def email_hits(text):
    return [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]


def luhn_windows(text):
    """Every window of 13-19 consecutive digits inside a run of digits joined by single spaces or dashes
    (start and end at any digit, not only at group boundaries) that passes Luhn: list of (start, end)."""
    out = []
    for m in DIGIT_RUN_RE.finditer(text):
        pos = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        digs = "".join(ch for ch in m.group() if ch.isdigit())
        n = len(digs)
        for a in range(n):
            for ln in range(13, 20):
                b = a + ln
                if b > n:
                    break
                if luhn_ok(digs[a:b]):
                    out.append((pos[a], pos[b - 1] + 1))
    return out


def span_positions(text, value):
    out = []
    i = text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def stray_hits(text, values):
    """E-mail-shaped strings that overlap no labelled value's occurrence, and Luhn-valid digit windows not contained
    in one."""
    cover = []
    for v in values:
        cover.extend(span_positions(text, v))

    def inside(a, b):
        for (s, e) in cover:
            if s <= a and b <= e:
                return True
        return False

    def overlaps(a, b):
        for (s, e) in cover:
            if a < e and s < b:
                return True
        return False
    bad = []
    # an e-mail match may run into a JSON escape before the value (`\\nname@...`): it is still the labelled value
    for (a, b) in email_hits(text):
        if not overlaps(a, b):
            bad.append(("email", text[a:b]))
    for (a, b) in luhn_windows(text):
        if not inside(a, b):
            bad.append(("luhn", text[a:b]))
    return bad


def value_is_plain(v):
    """No character JSON would escape (and ASCII, so \\u-escaping wrappers leave it unchanged)."""
    return all(32 <= ord(c) < 127 and c not in '"\\' for c in v)
