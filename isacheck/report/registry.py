"""The formatter registry: format name -> module with ``render(result, stream)``.

Commands pick a formatter by name; each module is imported only when used (rich, junitparser).
"""

from __future__ import annotations

import importlib
from typing import Callable, TextIO

# `isacheck check --format NAME`
CHECK_FORMATS: dict[str, str] = {
    "text": "isacheck.report.check_text",
    "json": "isacheck.report.check_json",
    "markdown": "isacheck.report.markdown",
    "sarif": "isacheck.report.sarif",
    "junit": "isacheck.report.junit",
}


def check_formatter(name: str) -> Callable[[object, TextIO], None]:
    return importlib.import_module(CHECK_FORMATS[name]).render
