"""Compile jobs with the Triton of the interpreter that runs this file: a standalone program.

    python triton_worker.py --describe    # one JSON line: Triton's version and build, or why not
    python triton_worker.py               # JSON requests on stdin, one JSON answer per line:
                                          # a compile, {"op": "specialize"} (a launch's
                                          # signature and attributes by this Triton's rules) or
                                          # {"op": "plan"} (a dump's jobs, planned here) or
                                          # {"op": "listen"} (serve more clients, each from a
                                          # process forked from this one: a Unix socket)

isacheck runs it by path in another Python environment (``--python``, ``--triton``) and for
jobs with a time limit (the process can be killed). It needs nothing but that interpreter's
standard library and Triton: isacheck need not be installed there. Its helpers sit beside it
and are loaded by path, for the same reason: ``triton_api.py`` (Triton's API by release), and the
loader's own parts, so that a kernel file loads here as it does in isacheck: ``nogpu.py`` (a
driver that says "no GPU"), ``stubs.py`` (stand-ins for modules that are not installed),
``fallback.py`` (only the kernels when host code raises) and ``specialize.py`` (a launch's
arguments). Each of them imports nothing but the standard library and Triton.
Analysis stays in isacheck's process: only Triton's output goes back.

The answers go to a copy of the original standard output; file descriptors 1 and 2 are pointed
elsewhere, so that what Triton, LLVM or the kernel file print can never corrupt an answer.
"""

import importlib.util
import json
import os
import select
import socket
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_helper(name):
    loaded = sys.modules.get(f"_isacheck_worker_{name}")
    if loaded is not None:      # once per process: one Stub class, one driver
        return loaded
    spec = importlib.util.spec_from_file_location(f"_isacheck_worker_{name}", os.path.join(HERE, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses and pickling look modules up by name
    spec.loader.exec_module(module)
    return module


api = _load_helper("triton_api")
_LOADED = {}
_DRIVER = []     # the no-GPU driver is installed once per process, for the first target asked


def describe():
    ident = api.triton_identity()
    ident["python"] = ".".join(map(str, sys.version_info[:3]))
    if ident["version"] is None:
        ident["problem"] = "no Triton installed in this Python environment"
    else:
        ident["problem"] = api.unsupported(ident["version"])
    return ident


def _value(written):
    """A constexpr in the spec's written form ("tl.float16", "None", 16) -> the Python value."""
    if written == "None":
        return None
    if isinstance(written, str) and written.startswith("tl."):
        import triton.language as tl
        return getattr(tl, written[3:], written)
    return written


def _new_module(req):
    spec = importlib.util.spec_from_file_location(req["module"], req["source"])
    module = importlib.util.module_from_spec(spec)
    sys.modules[req["module"]] = module
    return module


def _kernel(req):
    """The job's kernel, from the file loaded as isacheck's own loader (loader.py) loads it:
    Triton's driver says "no GPU" for the first target asked (nogpu.py), modules that are not
    installed are stubs (stubs.py), and when host code raises anyway only the ``@triton.jit``
    functions and what they use are run from the source (fallback.py)."""
    key = (req["source"], req["module"], req["sys_root"])
    module = _LOADED.get(key)
    if module is None:
        import triton  # noqa: F401  (the real Triton before the stub finder exists)
        stubs = _load_helper("stubs")
        if not _DRIVER:
            _load_helper("nogpu").install(req["arch"], req["warp_size"], stub=stubs.Stub)
            _DRIVER.append(req["arch"])
        saved = list(sys.path)
        sys.path.insert(0, req["sys_root"])
        try:
            with stubs.stubbed_imports():
                module = _new_module(req)
                try:
                    module.__spec__.loader.exec_module(module)
                except Exception:  # noqa: BLE001 - host code the stubs cannot satisfy (isacheck warned)
                    import ast
                    module = _new_module(req)
                    with open(req["source"], "rb") as f:
                        tree = ast.parse(f.read(), req["source"])
                    _load_helper("fallback").run_selected(tree, module.__dict__, req["source"])
        finally:
            sys.path[:] = saved
        _LOADED[key] = module
    return api.jit_function(getattr(module, req["kernel"]))


def specialize_one(req):
    """{"types": name -> type, "attrs": [[index], attributes]}: how a launch with ``req["args"]``
    (specialize.py's JSON form of them) specialises the kernel, by THIS Triton's own rules."""
    try:
        fn = _kernel(req)
        args = _load_helper("specialize").launch_args(req["args"], _value)
        # Triton 3.5-3.7's HIP backend imports torch to size a tensor, even one that says its
        # size itself: where torch is not installed, a stub answers, as while loading the file.
        # (3.9 remembers whether torch imported: every specialisation here is stubbed alike.)
        with _load_helper("stubs").stubbed_imports():
            types, attrs = api.launch_specialization(fn, req["arch"], req["warp_size"], args)
    except Exception as exc:  # noqa: BLE001 - the answer names it; isacheck refuses in one line
        return {"error": {"message": f"{type(exc).__name__}: {_first(exc)}", "line": None, "col": None,
                          "refused": None, "deterministic": True}}
    return {"ok": {"types": types, "attrs": sorted([list(k), v] for k, v in attrs.items())}}


def plan_here(req):
    """The jobs a dump plans, planned HERE: the kernel file loaded, its kernels found, autotune
    configs expanded and each launch specialised by this interpreter's Triton. For a process of
    isacheck that has no Triton of its own (``--python`` is then the only Triton). The planning
    modules of isacheck (loader, spec, variants, specialize, plan) import nothing but the
    standard library and Triton; ``req["isacheck_root"]`` puts them on the path, and their jobs go
    back in the manifest's JSON form."""
    if req["isacheck_root"] not in sys.path:
        sys.path.insert(0, req["isacheck_root"])
    from isacheck.errors import IsacheckError
    from isacheck.frontend.jobs import job_to_json
    from isacheck.frontend.loader import assume_target, load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import load_spec, parse_sets
    from isacheck.frontend.stubs import stubbed_imports
    from isacheck.frontend.targets import compile_target

    try:
        targets = [compile_target(t) for t in req["targets"]]
        assume_target(targets[0].arch, targets[0].wave_size)
        loaded = load_source(req["path"], req["root"])
        with stubbed_imports():     # Triton 3.5-3.7 import torch to specialise (see specialize_one)
            jobs = plan_jobs(loaded, load_spec(req["spec"]), parse_sets(req["sets"]), targets,
                             kernels=req["kernels"], config=req["config"], specialize=req["specialize"],
                             root=req["root"])
    except IsacheckError as exc:   # the file's or the spec's fault: one line, as isacheck says it
        return {"error": {"message": str(exc), "input": True}}
    return {"ok": {"display": loaded.display, "warnings": list(loaded.warnings),
                   "dependencies": [str(d) for d in loaded.dependencies],
                   "jobs": [job_to_json(j) for j in jobs]}}


def _first(text):
    for line in str(text).strip().splitlines():
        if line.strip():
            return line.strip()
    return ""


def _error(exc, fn, stderr):
    """{"message", "line", "col", "refused", "deterministic"}: the reason in one line, at the
    kernel's source line when Triton names one."""
    from triton.compiler.errors import CompilationError

    answer = {"line": None, "col": None, "type": type(exc).__name__,
              "deterministic": isinstance(exc, (CompilationError, RuntimeError, ValueError, TypeError,
                                                AssertionError))}
    if isinstance(exc, CompilationError):
        inner = exc
        while isinstance(inner, CompilationError) and inner.__cause__ is not None:
            inner = inner.__cause__
        if isinstance(inner, CompilationError):
            message = _first(inner.error_message or type(inner).__name__)
        else:
            message = f"{type(inner).__name__}: {_first(inner)}"
        node = getattr(exc, "node", None)
        if fn is not None and node is not None and hasattr(node, "lineno"):
            answer["line"] = api.def_line(fn) + node.lineno - 1
            answer["col"] = node.col_offset + 1
        answer["message"] = message
    else:
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        if not lines:
            lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
        # LLVM's and MLIR's errors name the cause on the line that says "error"; prefer it.
        pick = next((ln for ln in lines if "error" in ln.lower() and len(ln) > 12), lines[-1] if lines else "")
        answer["message"] = f"{type(exc).__name__}: {pick}"[:400]
    answer["refused"] = api.refusal(answer["message"]) or api.refusal(str(exc))
    return answer


def compile_one(req):
    """Compile in this process, or, with ``fresh_process`` (Triton 3.3/3.4, which carry state from
    one target's compile to the next), in a child forked for the job from this process, which has
    imported Triton and the kernel file but never compiled: a fresh state without paying the
    imports again."""
    if not req.get("fresh_process") or not hasattr(os, "fork"):
        return _compile_here(req)
    try:
        _kernel(req)            # imported once here, inherited by every job's child
    except Exception:  # noqa: BLE001 - the child meets the same error and reports it
        pass
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                # the child: compile, answer through the pipe, leave at once
        os.close(read_end)
        _die_with_parent()
        try:
            data = json.dumps(_compile_here(req), sort_keys=True).encode()
        except BaseException as exc:  # noqa: BLE001
            data = json.dumps({"error": {"message": f"worker: {type(exc).__name__}: {_first(exc)}", "line": None,
                                         "col": None, "refused": None, "deterministic": False}}).encode()
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as answer:
        data = answer.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        last = _last_line(_ERR_PATH[0]) if _ERR_PATH else ""
        return {"error": {"message": f"the compile process died (wait status {status})" + (f": {last}" if last else ""),
                          "line": None, "col": None,
                          "refused": None, "deterministic": False}}
    return json.loads(data)


# A served process's standard-error file (see _serve_connection): diagnostics of a compile go
# there, so that they outlive a crash for the client to read; elsewhere an anonymous file.
_ERR_PATH = []


def _diagnostics_file():
    return open(_ERR_PATH[0], "w+b") if _ERR_PATH else tempfile.TemporaryFile(mode="w+b")


def _last_line(path):
    try:
        with open(path, "rb") as f:
            lines = [ln.strip() for ln in f.read()[-8192:].decode("utf-8", "replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return lines[-1] if lines else ""


def _compile_here(req):
    fn = None
    with _diagnostics_file() as err:
        saved = os.dup(2)
        os.dup2(err.fileno(), 2)
        try:
            fn = _kernel(req)
            constexprs = {k: _value(v) for k, v in req["constexprs"].items()}
            attrs = {tuple(k): v for k, v in req["attrs"]}
            artifacts = api.compile_kernel(fn, req["signature"], constexprs, attrs, req["arch"],
                                           req["warp_size"], req["options"])
            return {"ok": artifacts}
        except Exception as exc:  # noqa: BLE001 - every compiler failure is the job's answer
            err.seek(0)   # fd 2 wrote straight into the file: nothing is buffered
            text = err.read().decode("utf-8", "replace")[-20000:]
            return {"error": _error(exc, fn, text)}
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _warm_triton_key():
    """Triton hashes its sources and libtriton (~0.5 s) before a process's first compile; done
    once here, every job's forked child (fresh_process) inherits it instead of paying it again.
    3.5+: triton.runtime.cache; 3.3-3.4: triton.compiler.compiler."""
    import importlib
    for name in ("triton.runtime.cache", "triton.compiler.compiler"):
        try:
            key = getattr(importlib.import_module(name), "triton_key", None)
            if callable(key):
                key()
                return
        except Exception:  # noqa: BLE001 - a head start only; the compile computes it itself
            return


_CONNECT = object()     # what _Requests.next returns when a client waits on the listening socket


class _Requests:
    """Request lines from a file descriptor (stdin, or a connection), read without Python's
    buffering so that ``select`` can wait on it and on the listening socket together."""

    def __init__(self, fd):
        self.fd = fd
        self.buffer = b""

    def next(self, listener=None):
        """The next request line, _CONNECT when a connection waits on ``listener``, or None at
        the end of input."""
        while b"\n" not in self.buffer:
            if listener is not None:
                ready, _, _ = select.select([self.fd, listener], [], [])
                if listener in ready:
                    return _CONNECT
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8")


def _answer(req):
    op = req.get("op")
    try:
        return (specialize_one(req) if op == "specialize" else plan_here(req) if op == "plan"
                else compile_one(req))
    except BaseException as exc:  # noqa: BLE001 - a bug here must still answer
        return {"error": {"message": f"worker: {type(exc).__name__}: {_first(exc)}", "line": None, "col": None,
                          "refused": None, "deterministic": False, "type": type(exc).__name__,
                          "trace": traceback.format_exc()[-4000:]}}


def _listen(req, state):
    """{"op": "listen"}: serve more clients, each from a process forked from this one.

    isacheck's pool workers each need a process of this interpreter. Starting one costs Python,
    ``import triton`` and Triton's hash of its own library (~0.7 s with 3.4); a process forked
    from this one, which has done all that (and, with ``req``'s kernel fields, loaded the kernel
    file), starts in milliseconds. The socket lives in a private directory (0700) made here."""
    if state.get("listener") is not None:
        return {"ok": {"address": state["address"]}}
    if "source" in req:
        try:
            _kernel(req)
        except Exception:  # noqa: BLE001 - each job meets the same error and reports it
            pass
    directory = tempfile.mkdtemp(prefix="isacheck-worker-")
    address = os.path.join(directory, "s")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(address)
        listener.listen(64)
    except OSError as exc:         # a path too long for AF_UNIX: the client starts its own process
        listener.close()
        os.rmdir(directory)
        return {"error": {"message": f"cannot listen: {exc}"}}
    state.update(listener=listener, address=address, directory=directory)
    return {"ok": {"address": address}}


def _serve_connection(conn, ident, directory):
    """In a process forked for one client: the same requests as on stdin, over ``conn``. It dies
    with the process that forked it (which ends when isacheck closes it), and its own process
    group holds what it starts, so that a client whose job passed its time limit kills it all.
    What it and its jobs write to standard error (LLVM's last words before a crash) goes to
    ``<pid>.err`` in the socket's private directory, where the client reads it."""
    os.setpgid(0, 0)
    _die_with_parent()
    path = os.path.join(directory, f"{os.getpid()}.err")
    err = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(err, 2)
    os.close(err)
    _ERR_PATH.append(path)
    out = conn.makefile("w", encoding="utf-8")
    out.write(json.dumps({"hello": ident, "problem": None, "pid": os.getpid()}) + "\n")
    out.flush()
    requests = _Requests(conn.fileno())
    while True:
        line = requests.next()
        if line is None:
            return
        if not line.strip():
            continue
        req = json.loads(line)
        answer = ({"error": {"message": "worker: not here", "deterministic": False}} if req.get("op") == "listen"
                  else _answer(req))
        out.write(json.dumps(answer, sort_keys=True) + "\n")
        out.flush()


def _die_with_parent():
    """Linux: SIGKILL when the parent process ends (prctl PR_SET_PDEATHSIG = 1, SIGKILL = 9);
    elsewhere nothing. A parent that ended before the call leaves this process to init: it goes."""
    parent = os.getppid()
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, 9, 0, 0, 0)
    except Exception:  # noqa: BLE001
        return
    if os.getppid() != parent:
        os._exit(1)


def serve(answers):
    ident = describe()
    problem = ident["problem"] or api.prepare_environment(ident["version"], os.environ)
    if problem is None:
        import triton  # noqa: F401  (before "hello": a job's time limit does not pay for this import)
        _warm_triton_key()
    answers.write(json.dumps({"hello": ident, "problem": problem}) + "\n")
    answers.flush()
    state = {"listener": None}
    served = set()
    requests = _Requests(sys.stdin.fileno())
    try:
        while True:
            line = requests.next(state["listener"])
            for pid in list(served):            # reap the clients' processes that ended
                try:
                    done = os.waitpid(pid, os.WNOHANG)[0]
                except ChildProcessError:
                    done = pid
                if done:
                    served.discard(pid)
                    try:                        # its client has read what it had to say
                        os.unlink(os.path.join(state["directory"], f"{pid}.err"))
                    except OSError:
                        pass
            if line is None:
                return
            if line is _CONNECT:
                conn, _ = state["listener"].accept()
                pid = os.fork()
                if pid == 0:
                    code = 0
                    try:
                        state["listener"].close()
                        devnull = os.open(os.devnull, os.O_RDONLY)    # isacheck's requests are not its
                        os.dup2(devnull, sys.stdin.fileno())
                        os.close(devnull)
                        _serve_connection(conn, ident, state["directory"])
                    except BaseException:  # noqa: BLE001 - the client sees the connection end
                        code = 1
                    finally:
                        os._exit(code)    # never back into this loop, nor flushing its buffers
                conn.close()
                served.add(pid)
                continue
            if not line.strip():
                continue
            req = json.loads(line)
            answer = _listen(req, state) if req.get("op") == "listen" else _answer(req)
            answers.write(json.dumps(answer, sort_keys=True) + "\n")
            answers.flush()
    finally:
        if state["listener"] is not None:
            state["listener"].close()
            import shutil
            shutil.rmtree(state["directory"], ignore_errors=True)


def main(argv):
    if argv[1:] == ["--describe"]:
        print(json.dumps(describe(), sort_keys=True))
        return 0
    # Answers on a private copy of stdout; whatever else writes to fd 1 goes to stderr's target.
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(answers)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
