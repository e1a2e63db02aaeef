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
        render_text(report, stdout, details=args.details)
