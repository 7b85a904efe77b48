"""Bytes to text: the declared charset when it works, else a detected one; binary data is refused."""

import charset_normalizer

# Share of control characters (other than whitespace) above which bytes are not text.
MAX_CONTROL_SHARE = 0.05
SAMPLE_BYTES = 64 * 1024


class NotText(ValueError):
    pass


def looks_binary(body: bytes) -> bool:
    sample = body[:SAMPLE_BYTES]
    if not sample:
        return False
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample) > MAX_CONTROL_SHARE


def decode_body(body: bytes, charset: str | None = None) -> str:
    """The body as text. Undecodable bytes in otherwise readable text become U+FFFD, never an error."""
    if looks_binary(body):
        raise NotText("the content is binary, not text")
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: detect instead
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(body[: 1024 * 1024]).best()
        encoding = best.encoding if best else "utf-8"
        return body.decode(encoding, errors="replace")
