import Foundation

/// The terminal in raw mode for single-key input (`replay review`): no echo, no line buffering,
/// no signals from keys (Ctrl-C arrives as a key). Restored on `restore()` and at exit.
final class RawTerminal {
    enum Key: Equatable {
        case char(Character)
        case up, down, pageUp, pageDown, home, end
        case interrupt
        case endOfInput
    }

    private let fd: Int32
    private var original = termios()
    private var raw = false

    init?(fd: Int32 = 0) {
        guard isatty(fd) == 1, tcgetattr(fd, &original) == 0 else { return nil }
        self.fd = fd
    }

    deinit { restore() }

    func enterRaw() {
        applyRawMode()
        raw = true
        write("\u{1B}[?1049h\u{1B}[?25l")  // the alternate screen, cursor hidden
    }

    /// Single keys: no echo, no line buffering, no signals or flow control from keys.
    private func applyRawMode() {
        var t = original
        t.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        t.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &t.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(fd, TCSAFLUSH, &t)
    }

    func restore() {
        guard raw else { return }
        write("\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(fd, TCSAFLUSH, &original)
        raw = false
    }

    /// Reads a line in cooked mode (echo on) after showing `prompt`, then goes back to raw mode.
    func readLine(prompt: String) -> String? {
        var cooked = original
        cooked.c_lflag |= tcflag_t(ECHO | ICANON)
        tcsetattr(fd, TCSAFLUSH, &cooked)
        write("\u{1B}[?25h" + prompt)
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Foundation.read(fd, &byte, 1) == 1, byte != 0x0A { bytes.append(byte) }
        applyRawMode()
        write("\u{1B}[?25l")
        return String(decoding: bytes, as: UTF8.self)
    }

    func readKey() -> Key {
        var byte: UInt8 = 0
        guard Foundation.read(fd, &byte, 1) == 1 else { return .endOfInput }
        switch byte {
        case 3: return .interrupt
        case 4: return .endOfInput
        case 0x1B:
            // An escape sequence (arrows, page keys) arrives at once; a lone ESC is a key of its own.
            var next: [UInt8] = []
            var pollfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while next.count < 4, poll(&pollfd, 1, 30) > 0 {
                var b: UInt8 = 0
                guard Foundation.read(fd, &b, 1) == 1 else { break }
                next.append(b)
                if next.count >= 2, (0x40...0x7E).contains(b) { break }
            }
            switch next {
            case [0x5B, 0x41]: return .up
            case [0x5B, 0x42]: return .down
            case [0x5B, 0x35, 0x7E]: return .pageUp
            case [0x5B, 0x36, 0x7E]: return .pageDown
            case [0x5B, 0x48], [0x5B, 0x31, 0x7E]: return .home
            case [0x5B, 0x46], [0x5B, 0x34, 0x7E]: return .end
            default: return .char("\u{1B}")
            }
        default:
            var bytes = [byte]
            // The rest of a UTF-8 character.
            let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
            for _ in 0..<extra {
                var b: UInt8 = 0
                if Foundation.read(fd, &b, 1) == 1 { bytes.append(b) }
            }
            return .char(String(decoding: bytes, as: UTF8.self).first ?? " ")
        }
    }

    /// Columns and rows (80×24 when the terminal does not say).
    var size: (columns: Int, rows: Int) {
        var w = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0, w.ws_row > 0 else { return (80, 24) }
        return (Int(w.ws_col), Int(w.ws_row))
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
