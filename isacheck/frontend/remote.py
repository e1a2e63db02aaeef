"""isacheck's side of :mod:`isacheck.frontend.triton_worker`: compile in another interpreter.

A :class:`Runtime` names the Triton a job compiles with: this process's own (``python`` None),
or another interpreter's. The process that plans starts each interpreter's worker early
(:func:`prestart`) and asks it to specialise; before the pool forks, that worker is asked to
listen (:func:`share_workers`), and each pool worker then gets a process forked from it
(:class:`ServedWorker`) instead of starting the interpreter again. Each pool worker sends its
worker one job at a time; a job that outlives its time limit has its worker killed (a compile
stuck in an LLVM pass cannot be interrupted any other way) and the next job gets a fresh one.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from isacheck.errors import InputError

WORKER = Path(__file__).resolve().parent / "triton_worker.py"
_DESCRIBE_SECONDS = 60


@dataclass(frozen=True)
class Runtime:
    """The Triton a job compiles with."""

    version: str                 # Triton's version as installed ("3.7.1+rocm7.14")
    build: str                   # fingerprint of the build (see triton_api.triton_identity)
    python: str | None = None    # interpreter to compile in; None: this process
    label: str | None = None     # how the report names it ("3.4.0"); None: the version

    @property
    def name(self) -> str:
        return self.label or self.version


def describe(python: str) -> Runtime:
    """The Triton of interpreter ``python`` (no Triton import: importlib.metadata only), or an
    InputError in one line."""
    exe = Path(python).expanduser()
    if exe.is_dir():   # a venv given by its directory
        exe = exe / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not exe.exists():
        raise InputError("--python: no such interpreter", path=python)
    try:
        done = subprocess.run([str(exe), str(WORKER), "--describe"], capture_output=True, text=True,
                              timeout=_DESCRIBE_SECONDS, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"--python: cannot run it: {exc}", path=python) from None
    try:
        ident = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        last = (done.stderr.strip().splitlines() or ["no answer"])[-1]
        raise InputError(f"--python: not a Python this worker runs on: {last}", path=python) from None
    if ident.get("problem"):
        raise InputError(f"--python: {ident['problem']}", path=python)
    return Runtime(ident["version"], ident["build"], str(exe))


def _last_line(data: bytes) -> str:
    """The last non-blank line of a worker's standard error."""
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1].strip() if lines else ""


class _Answers:
    """A worker's answers, one JSON line each, read with a time limit (WorkerProcess: its stdout
    pipe; ServedWorker: its socket)."""

    _buffer = b""

    def _answers_fd(self) -> int:
        raise NotImplementedError

    def _ended(self) -> EOFError:
        """The error for an end of answers (the worker is gone)."""
        raise NotImplementedError

    def _read(self, timeout: float | None) -> dict | None:
        """The next answer, or None when ``timeout`` seconds passed first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        fd = self._answers_fd()
        while b"\n" not in self._buffer:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise self._ended()
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return json.loads(line)


class WorkerProcess(_Answers):
    """One running triton_worker.py."""

    def __init__(self, python: str, env: dict | None = None, wait: bool = True) -> None:
        self._stderr = tempfile.TemporaryFile(mode="w+b")
        # Own process group: a timeout kills the worker and anything it started (ld.lld).
        self.proc = subprocess.Popen([python, "-u", str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env=env, start_new_session=True)
        self._problem: str | None = None
        self._started = False
        if wait:
            self._hello()

    def _hello(self) -> None:
        if self._started:
            return
        hello = self._read(None)
        if hello is None:
            raise RuntimeError(f"worker did not start: {self.stderr_tail()}")
        self._started = True
        self._problem = hello.get("problem")

    @property
    def problem(self) -> str | None:
        self._hello()
        return self._problem

    def request(self, payload: dict, timeout: float | None) -> dict | None:
        """The answer, or None when the time limit passed (the worker is then killed). The time
        limit starts once the worker has said hello (Triton imported)."""
        self._hello()
        self.proc.stdin.write((json.dumps(payload) + "\n").encode())
        self.proc.stdin.flush()
        answer = self._read(timeout)
        if answer is None and self.alive():
            self.kill()
        return answer

    def _answers_fd(self) -> int:
        return self.proc.stdout.fileno()

    def _ended(self) -> EOFError:
        return EOFError(self.stderr_tail() or f"worker exited with status {self.proc.wait()}")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stderr_tail(self) -> str:
        self._stderr.seek(0)
        return _last_line(self._stderr.read())

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()

    def close(self) -> None:
        if self.alive():
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.kill()
        self._stderr.close()


class ServedWorker(_Answers):
    """A worker process forked for this client by a running triton_worker.py (its "listen"
    request): the same requests and answers as :class:`WorkerProcess`, over a Unix socket."""

    def __init__(self, address: str, timeout: float = _DESCRIBE_SECONDS) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._dead = False
        self._err: str | None = None          # its standard error, once its hello names it
        try:
            self.sock.connect(address)
            hello = self._read(timeout)
        except BaseException:
            self.sock.close()
            raise
        if hello is None or not isinstance(hello.get("pid"), int):
            self.sock.close()
            raise OSError("the worker did not answer")
        self.pid = hello["pid"]
        self.problem = hello.get("problem")
        self._err = os.path.join(os.path.dirname(address), f"{self.pid}.err")

    def request(self, payload: dict, timeout: float | None) -> dict | None:
        try:
            self.sock.sendall((json.dumps(payload) + "\n").encode())
        except OSError as exc:
            self._dead = True
            raise EOFError(f"the worker is gone: {exc}") from None
        answer = self._read(timeout)
        if answer is None and self.alive():
            self.kill()
        return answer

    def _answers_fd(self) -> int:
        return self.sock.fileno()

    def _ended(self) -> EOFError:
        self._dead = True
        return EOFError(self.stderr_tail() or "the worker process ended")

    def alive(self) -> bool:
        return not self._dead

    def stderr_tail(self) -> str:
        """The last line the process wrote to standard error (its file beside the socket)."""
        if self._err is None:
            return ""
        try:
            with open(self._err, "rb") as f:
                f.seek(0, os.SEEK_END)
                f.seek(max(0, f.tell() - 8192))
                return _last_line(f.read())
        except OSError:
            return ""

    def kill(self) -> None:
        """Its process group: the forked worker and the job it may have forked."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self._dead = True
        self.sock.close()

    def close(self) -> None:
        """End of requests; it leaves at once when idle, else (a compile running) it is killed
        after the same grace a WorkerProcess gets."""
        if self._dead:
            return
        try:
            self.sock.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                ready, _, _ = select.select([self.sock], [], [], deadline - time.monotonic())
                if ready and not self.sock.recv(1 << 16):
                    break
            else:
                self.kill()
        except OSError:
            self.kill()
        self._dead = True
        self.sock.close()


# One worker per interpreter in each process that compiles (a pool worker, or isacheck itself).
_WORKERS: dict[str, WorkerProcess | ServedWorker] = {}
# Interpreter -> the address where its worker, started by the process that forked the pool,
# forks a process for each pool worker that asks (share_workers).
_SERVERS: dict[str, str] = {}


def _worker(python: str) -> WorkerProcess | ServedWorker:
    w = _WORKERS.get(python)
    if w is None or not w.alive():
        # A pool worker inherits its parent's entries; a process it did not start reads as ended.
        w = None
        address = _SERVERS.get(python)
        if address:
            try:
                w = ServedWorker(address)
            except (OSError, EOFError, ValueError):
                w = None
        _WORKERS[python] = w = w or WorkerProcess(python)
    return w


def prestart(python: str) -> None:
    """Start the worker of ``python`` now, without waiting for it: it imports Triton and hashes
    it (~0.7 s) while this process goes on; the first request waits for what is left."""
    if python not in _WORKERS:
        try:
            _WORKERS[python] = WorkerProcess(python, wait=False)
        except OSError:
            pass


def share_workers(preload: dict[str, dict]) -> set[str]:
    """Before the pool forks: the running workers of these interpreters (``preload``: python ->
    a job's kernel fields, so that the kernel file is loaded once, there) fork a process for
    each pool worker that connects, instead of every pool worker starting an interpreter of its
    own. Returns the interpreters shared so."""
    shared = set()
    for python, fields in preload.items():
        w = _WORKERS.get(python)
        if not isinstance(w, WorkerProcess) or not w.alive() or w.problem:
            continue
        try:
            answer = w.request({**fields, "op": "listen"}, _DESCRIBE_SECONDS)
        except (EOFError, OSError, ValueError):
            continue
        if answer and "ok" in answer:
            _SERVERS[python] = answer["ok"]["address"]
            shared.add(python)
    return shared


def close_workers() -> None:
    for w in _WORKERS.values():
        w.close()
    _WORKERS.clear()


class TimedOut(Exception):
    """The job passed its time limit."""


class RemoteCompileError(Exception):
    """Triton failed in the worker; ``info`` is its answer (message, line, col, refused, ...)."""

    def __init__(self, info: dict) -> None:
        super().__init__(info.get("message", ""))
        self.info = info


def compile_remote(python: str, request: dict, timeout: float | None, fresh_process: bool = False) -> dict:
    """Triton's artifacts from the worker; raises TimedOut, RemoteCompileError, or InputError
    when the interpreter cannot compile at all (its Triton needs an ld.lld, ...).

    ``fresh_process``: the job compiles in a process that has compiled nothing before (the worker
    forks one per job), for Triton 3.3/3.4, which carry state from one compile to the next
    (triton_api.keeps_state_between_targets): the answer is the one the user's own process gets."""
    request = {**request, "fresh_process": fresh_process}
    key = python
    w = _worker(key)
    if w.problem:
        raise InputError(w.problem)
    try:
        answer = w.request(request, timeout)
    except EOFError as exc:
        _WORKERS.pop(key, None)
        raise RemoteCompileError({"message": f"the compiler process died: {exc}", "deterministic": False}) from None
    if answer is None:
        _WORKERS.pop(key, None)
        raise TimedOut()
    if "error" in answer:
        raise RemoteCompileError(answer["error"])
    return answer["ok"]


def specialize_remote(python: str, request: dict, version: str) -> tuple[dict, dict]:
    """(name -> type, (index,) -> attributes) of a launch, by the Triton of interpreter ``python``
    (the worker's "specialize" request; ``request`` names the kernel as a compile request does and
    carries specialize.py's JSON form of the arguments). InputError when that Triton cannot."""
    w = _worker(python)
    if w.problem:
        raise InputError(w.problem)
    try:
        answer = w.request({**request, "op": "specialize"}, None)
    except EOFError as exc:
        _WORKERS.pop(python, None)
        raise InputError(f"Triton {version} could not load the kernel file: {exc}") from None
    if "error" in answer:
        raise InputError(f"Triton {version} cannot specialise {request['kernel']} for {request['arch']}: "
                         f"{answer['error']['message']}")
    ok = answer["ok"]
    return ok["types"], {tuple(k): v for k, v in ok["attrs"]}


def plan_remote(python: str, request: dict, version: str) -> dict:
    """The worker's "plan" answer: {"display", "warnings", "dependencies", "jobs"} (jobs in
    job_to_json form), planned by the Triton of interpreter ``python``. InputError otherwise."""
    w = _worker(python)
    if w.problem:
        raise InputError(w.problem)
    try:
        answer = w.request({**request, "op": "plan"}, None)
    except EOFError as exc:
        _WORKERS.pop(python, None)
        raise InputError(f"Triton {version} could not load the kernel file: {exc}") from None
    if "error" in answer:
        info = answer["error"]
        raise InputError(info["message"] if info.get("input") else f"Triton {version}: {info['message']}")
    return answer["ok"]


def this_python() -> str:
    return sys.executable
