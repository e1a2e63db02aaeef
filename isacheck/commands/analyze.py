"""``isacheck analyze FILE [--target T] [--format text|json]``"""

from __future__ import annotations


def add_arguments(p) -> None:
    p.add_argument("file", help="amdgcn assembly (.s/.amdgcn from Triton, or a pasted excerpt); - for stdin")
    p.add_argument("--target", help="GPU (gfx1151, 'Radeon 8060S', MI300X...) when the text does not name one")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--top", type=int, default=10, help="how many costly source lines to list (text)")
    p.add_argument("--sites", action="store_true", help="list every FP8 emulation site and spill (text)")


def run(args, stdout) -> int:
    import sys

    from isacheck.analysis import analyze_module
    from isacheck.asm import parse_file, parse_text

    target = None
    if args.target:
        from isacheck.isa import resolve_target
        target = resolve_target(args.target)
    if args.file == "-":
        module = parse_text(sys.stdin.read(), "<stdin>", target=target)
    else:
        module = parse_file(args.file, target=target)
    if target and module.target and module.target != target:
        print(f"isacheck: warning: {args.file} was compiled for {module.target}, analysing as --target {target}",
              file=sys.stderr)
    analysis = analyze_module(module, target=target or module.target)
    if args.format == "json":
        from isacheck.report.json import render as render_json
        render_json(analysis, stdout)
    else:
        from isacheck.report.text import render as render_text
        render_text(analysis, stdout, top=args.top, sites=args.sites)
    return 0
