"""Small argument helpers shared by the commands."""

from __future__ import annotations


def comma_list(values: list[str] | None, default: str | None = None) -> list[str] | None:
    """``--target gfx1151,gfx942 --target gfx950`` -> ["gfx1151", "gfx942", "gfx950"] (order kept,
    duplicates dropped); None when nothing was given and there is no default."""
    if not values:
        if default is None:
            return None
        values = [default]
    out: list[str] = []
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if item and item not in out:
                out.append(item)
    return out
