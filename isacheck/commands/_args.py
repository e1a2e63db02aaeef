"""Small argument helpers shared by the commands."""

from __future__ import annotations


_MAX_NAME = 100      # no target or kernel name is longer; a longer one is a pasted file, not a name


def comma_list(values: list[str] | None, default: str | None = None, *, option: str | None = None,
               targets: bool = False) -> list[str] | None:
    """``--target gfx1151,gfx942 --target gfx950`` -> ["gfx1151", "gfx942", "gfx950"] (order kept,
    duplicates dropped); None when nothing was given and there is no default.

    An empty item (``--target ''``, ``--target ,``, ``gfx1151,,gfx942``) is a usage error, not
    "every target" or an empty table; with ``targets``, so is an item that names two targets."""
    if not values:
        if default is None:
            return None
        values = [default]
    out: list[str] = []
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if not item:
                raise _usage(option, value, "an empty name; give names separated by commas")
            if targets:
                item = one_target(item, option=option or "--target", whole=value)
            elif len(item) > _MAX_NAME:
                raise _usage(option, value, f"a name of {len(item)} characters")
            if item not in out:
                out.append(item)
    return out


def one_target(value: str | None, *, option: str = "--target", whole: str | None = None) -> str:
    """One target name (a gfx id or a product name): not empty, not a list, not two gfx ids."""
    import re

    shown = whole if whole is not None else value
    item = (value or "").strip()
    if not item:
        raise _usage(option, shown, "an empty target name")
    if len(item) > _MAX_NAME:
        raise _usage(option, shown, f"a target name of {len(item)} characters")
    if whole is None and "," in item:
        raise _usage(option, shown, "more than one target; this command takes one")
    if len(set(re.findall(r"gfx[0-9a-f]+", item.lower()))) > 1:
        raise _usage(option, shown, "two targets in one name; separate targets with commas"
                     if whole is not None else "two targets in one name; this command takes one")
    return item


def _usage(option: str | None, value: str, problem: str):
    from isacheck.errors import UsageError, quote
    return UsageError(f"{option or 'a list'} {quote(value)}: {problem}")


def check_jobs(jobs: int | None) -> None:
    """``--jobs N`` of ``dump`` and ``scan``: at least one process."""
    if jobs is not None and jobs < 1:
        from isacheck.errors import UsageError
        raise UsageError("--jobs must be at least 1")


def write_report(report, args, stdout, to_dict, render_text) -> None:
    """``dump``/``scan`` output: versioned JSON (``--format json``) or the table, ``--details`` included."""
    if args.format == "json":
        from isacheck.report.json import dumps
        stdout.write(dumps(to_dict(report)))
    else:
        # --wide only where the command has it (dump, scan), so other callers keep their signature.
        render_text(report, stdout, details=args.details, **({"wide": True} if getattr(args, "wide", False) else {}))
