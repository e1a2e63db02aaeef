"""``isacheck analyze FILE [--target T] [--format text|json]``"""

from __future__ import annotations


def add_arguments(p) -> None:
    p.add_argument("file", help="amdgcn assembly (.s/.amdgcn from Triton, or a pasted excerpt); - for stdin")
    p.add_argument("--target", help="GPU (gfx1151, 'Radeon 8060S', MI300X...) when the text does not name one")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--top", type=int, default=10, help="how many costly source lines to list (text)")
    p.add_argument("--sites", action="store_true", help="list every FP8 emulation site and spill (text)")
    p.add_argument("--wide", action="store_true", help="never break lines to the terminal's width (text)")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report: the Python source "
                   "shaded by cost, each line's assembly a click away")
    p.add_argument("--source-dir", action="append", default=[], metavar="DIR",
                   help="where to look for the Python files the assembly's .file directives name (--html)")


def run(args, stdout) -> int:
    import sys

    from isacheck.analysis import analyze_module
    from isacheck.asm import parse_text
    from isacheck.asm.sniff import check_amd, check_bytes
    from isacheck.commands._args import one_target
    from isacheck.errors import UsageError, printable
    from isacheck.inputs import read_source

    if args.top < 0:
        raise UsageError(f"--top must be 0 or more, not {args.top}")
    if args.html:
        from isacheck.report.html import check_writable
        check_writable(args.html)
    target = None
    if args.target is not None:
        from isacheck.isa import resolve_target
        target = resolve_target(one_target(args.target))
    # Bytes first, with the input limit enforced while reading (a FIFO, /dev/zero, a huge paste on
    # stdin), then decoded strictly: undecodable input is refused naming the byte and its offset.
    data, name = read_source(args.file)
    text = check_bytes(data, name)
    module = parse_text(text, name, target=target)
    check_amd(module, name)
    for own in sorted({k.target for k in module.kernels if k.target} or ({module.target} - {None})):
        if target and own != target:
            print(f"isacheck: warning: {printable(args.file)} was compiled for {own}, analysing as --target {target}",
                  file=sys.stderr)
    analysis = analyze_module(module, target=target)
    if args.format == "json":
        from isacheck.report.json import render as render_json
        render_json(analysis, stdout)
    else:
        from isacheck.report.text import render as render_text
        render_text(analysis, stdout, top=args.top, sites=args.sites, wide=args.wide)
    if args.html:
        from isacheck.commands._html import analyze_html
        analyze_html(args.html, module, analysis, text, args.source_dir)
    return 0
