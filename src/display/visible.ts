/**
 * Characters that act instead of showing: C0 controls but the tab and the
 * line feed (ESC opens terminal sequences, CR rewrites a line, BEL rings), DEL, C1
 * controls (CSI is a one-byte ESC [), and the bidirectional embeddings,
 * overrides and isolates that reorder what follows them ("Trojan source").
 */
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text with every character that would act on a terminal or reorder the
 * text shown as a visible mark instead: C0 controls as their Unicode control
 * pictures (ESC as ␛, CR as ␍, NUL as ␀), DEL as ␡, and C1 and
 * bidirectional controls as `⟨U+202E⟩`. Line feeds are kept: renderers lay
 * out lines themselves and put a source's line breaks on one line before.
 * Every report a person reads passes through it; JSON keeps the data as it is.
 */
export function visible(text: string): string {
  return text.replace(ACTING, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, "0")}⟩`;
  });
}
