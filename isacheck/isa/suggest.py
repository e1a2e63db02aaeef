"""Did-you-mean for mnemonics, by meaning before spelling.

Plain edit distance suggests ``v_dot2_f32_f16`` for ``v_dot2_f8_f32``, which is the wrong answer
for someone looking for an FP8 dot product. So candidates are ranked first by the same kind of
operation (dot, conversion, matrix unit), then by how many element types they share (``f8`` and
``e4m3`` read as fp8), then by spelling.
"""

from __future__ import annotations

import difflib
import re

from isacheck.isa.database import database
from isacheck.isa.mnemonic import LOW_PRECISION_TYPES, TYPED_PREFIXES, describe_types, normalize

# User spellings of element types -> the spelling AMD uses in mnemonics.
_SYNONYMS = {"f8": "fp8", "e4m3": "fp8", "e4m3fn": "fp8", "e4m3fnuz": "fp8", "e5m2": "bf8",
             "e5m2fnuz": "bf8", "fp16": "f16", "half": "f16", "fp32": "f32", "float": "f32",
             "int8": "i8", "s8": "i8", "int4": "i4", "b8": "bf8"}


def _canonical(mnemonic: str) -> str:
    parts = normalize(mnemonic).split("_")
    return "_".join(_SYNONYMS.get(p, p) for p in parts)


def similar(mnemonic: str, limit: int = 3, among=None) -> tuple[str, ...]:
    """Database mnemonics that the user most likely meant (ones some target has first);
    ``among`` restricts the candidates (e.g. to what one target has)."""
    db = database()
    query = _canonical(mnemonic)
    q = describe_types(query)
    typed = q.kind != "other"
    scored = []
    matcher = difflib.SequenceMatcher(None, b=query)
    pool = db.names() if among is None else among
    if typed:
        # Same kind of operation first (v_dot* for a dot product): a handful of names, not 2,500.
        same = [n for n in pool if n.startswith(f"v_{q.kind}")]
        pool = same or [n for n in pool if n.startswith(TYPED_PREFIXES)]
    for name in pool:
        is_typed = name.startswith(TYPED_PREFIXES)
        if typed and not is_typed:
            continue
        matcher.set_seq1(name)
        if not typed and (matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6):
            continue
        ratio = matcher.ratio()
        if typed:
            c = describe_types(name)
            same_kind = c.kind == q.kind
            shared = c.types & q.types
            extra = len(c.types ^ q.types)
            # Sharing the narrow type (fp8, bf8, fp6, fp4) is what the user is after.
            score = (3.0 * same_kind + 1.5 * len(shared) + 2.0 * len(shared & LOW_PRECISION_TYPES)
                     - 0.5 * extra + ratio)
        else:
            if ratio < 0.6:
                continue
            score = ratio
        if not db.get(name).targets:
            score -= 1.0  # prefer instructions a tracked target can actually run
        scored.append((-score, name))
    scored.sort()
    out = [name for _score, name in scored[:limit] if name != normalize(mnemonic)]
    return tuple(out)


def similar_prefix(mnemonic: str) -> tuple[str, ...]:
    """Names sharing the operation word, for typos in untyped mnemonics (s_waitcnt -> ...)."""
    stem = re.sub(r"_[a-z0-9]+$", "", normalize(mnemonic))
    return tuple(sorted(n for n in database().names() if n.startswith(stem + "_")))[:5]
