#!/usr/bin/env python3
"""Checks a case export of the SEND casework store with nothing but SHA-256 (docs/audit-export.md).

usage: python3 check-export.py case.jsonl   (or - for standard input)

Independent of the product: Python 3 standard library only. For every line it
  1. rebuilds the RFC 8785 canonical JSON of the envelope's hashed fields and compares it with "canonical";
  2. recomputes SHA-256 over the UTF-8 bytes of "canonical" and compares it with "hash";
  3. follows each stream's chain: revisions 0, 1, 2, ... in file order, the first prevHash 64 zeros,
     every other prevHash the hash of the event before it in the same stream.
Exit status: 0 every line holds, 1 any line does not, 2 the file cannot be read.
"""

import hashlib
import json
import sys

GENESIS = "0" * 64

# The envelope's own fields, as sealed by the hash; "reason" only when the event records one.
HASHED_FIELDS = [
    "id", "type", "schemaVersion", "streamId", "revision", "caseId", "la", "occurredAt", "recordedAt",
    "actor", "correlationId", "causationId", "reason", "data", "prevHash",
]

SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def canonical(value):
    """RFC 8785 (JSON Canonicalization Scheme) text of a JSON value."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        # Members sorted by their names as UTF-16 code units (RFC 8785 section 3.2.3).
        keys = sorted(value, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise ValueError("not a JSON value: %r" % (value,))


def string(text):
    """A string as ECMAScript's JSON.stringify writes it (RFC 8785 section 3.2.2.2)."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[ch])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def number(value):
    """A number as ECMAScript's Number::toString writes it (RFC 8785 section 3.2.2.3): IEEE 754 doubles."""
    if isinstance(value, int) and abs(value) <= 2**53:
        return str(value)
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("NaN and Infinity have no JSON form")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr gives the shortest digits that read back to the same double, as ECMAScript requires.
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + (int(exponent) if exponent else 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k, n = len(digits), point
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        text = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e > 0 else "-") + str(abs(e))
    return sign + text


def hashed_body(envelope):
    return {f: envelope[f] for f in HASHED_FIELDS if f in envelope}


def check_line(number_, line, heads, problems):
    where = "line %d" % number_
    if "unreadable" in line:
        problems.append("%s: %s revision %s could not be read from the store: %s"
                        % (where, line.get("streamId"), line.get("revision"), line["unreadable"]))
        return
    envelope, text = line["envelope"], line["canonical"]
    stream, revision = envelope["streamId"], envelope["revision"]
    where = "%s (%s revision %s)" % (where, stream, revision)
    missing = [f for f in HASHED_FIELDS if f != "reason" and f not in envelope]
    if missing:
        problems.append("%s: the envelope lacks %s" % (where, ", ".join(missing)))
        return
    if canonical(hashed_body(envelope)) != text:
        problems.append("%s: the canonical form is not the canonical JSON of the envelope" % where)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != line["hash"] or envelope.get("hash") != line["hash"]:
        problems.append("%s: SHA-256 of the canonical form is %s, the export says %s" % (where, digest, line["hash"]))
    if line["prevHash"] != envelope["prevHash"]:
        problems.append("%s: prevHash differs between the line and its envelope" % where)
    expected_revision, previous = heads.get(stream, (0, GENESIS))
    if revision != expected_revision:
        problems.append("%s: expected revision %d of the stream here" % (where, expected_revision))
    if envelope["prevHash"] != previous:
        problems.append("%s: prevHash does not link to the event before it" % where)
    heads[stream] = (expected_revision + 1, digest)


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    heads, problems, lines = {}, [], 0
    try:
        source = sys.stdin if argv[1] == "-" else open(argv[1], encoding="utf-8")
        with source:
            for number_, raw in enumerate(source, start=1):
                if not raw.strip():
                    continue
                lines += 1
                try:
                    check_line(number_, json.loads(raw), heads, problems)
                except (ValueError, KeyError, TypeError) as error:
                    problems.append("line %d: not an export line: %s" % (number_, error))
    except (OSError, UnicodeDecodeError) as error:
        print("cannot read %s: %s" % (argv[1], error), file=sys.stderr)
        return 2
    for problem in problems:
        print("FAIL " + problem, file=sys.stderr)
    if problems or lines == 0:
        print("export does NOT verify: %d problem(s) in %d line(s)" % (len(problems), lines) if lines else "export is empty",
              file=sys.stderr)
        return 1
    print("export verifies: %d event(s) in %d stream(s)" % (lines, len(heads)))
    for stream in sorted(heads):
        count, head = heads[stream]
        print("  %s: %d event(s), head %s" % (stream, count, head))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
