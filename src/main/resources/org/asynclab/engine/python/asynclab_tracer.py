#!/usr/bin/env python3
"""AsyncLab's tracer: runs a Python program as __main__ and reports what its asyncio tasks did.

Started by AsyncLab as ``python3 - FILE`` with this text on standard input (nothing is written to disk).
Standard library only; Python 3.9 to 3.13.

Events go, as JSON lines (one JSON array of events per line, a batch), to the file descriptor that was the
process's standard output; the program's own fd 1 then points at a pipe the tracer reads (standard error where
there is no select on pipes), so nothing the program or its children write can mix with the events. Times are nanoseconds since the tracer started. The events:

  ["hello", version, pid, executable, t]
  ["c", row, parent, t, name, kind]          a row appears: kind "main", "task" or "coro" (awaited directly)
  ["n", row, name]                            the program renamed the row's task (create_task's name=, set_name)
  ["e", row, t0, t1, state, raised]           an awaited coroutine ended during the slice t0..t1 ("d", "x", "c")
  ["r", row, t0, t1, state, waits, raised]    a task ran from t0 to t1; state "w" (suspended), "d" done,
                                              "x" failed, "c" cancelled; waits: [[row, line, note, sleep]];
                                              raised: the type of the exception that failed it ("x"), else null
  ["s", row, t0, coroutine rows]              at a stop: a task's slice under way since t0, and the rows of the
                                              coroutines it awaits (they run with it)
  ["o", t, stream, text]                      a line the program printed ("out" or "err"), or the end of one
  ["p", t, stream, text]                      a piece of a line not yet ended, sent as the program asked it to be
                                              seen (flush) or as a child wrote it: the stream's next "p" or "o"
                                              goes on the same line, as on a terminal
  ["w", t, category, message, file, line]     a warning
  ["x", kind, message, file, line, column, text, traceback]   "syntax" or "exception"
  ["u", t, call, seconds, row, served]         a call of random.uniform while AsyncLab serves its delays: the
                                              call's index, what it returned, the row of the task that made it
                                              (-1 outside a task), whether it was AsyncLab's delay (else drawn)
  ["exit", t, code]

How the slices are timed: every step of every task runs as an event-loop Handle callback whose __self__ is the
task, so wrapping Handle._run times each slice without touching the C Task. BaseEventLoop.create_task sees every
task; tasks are held through weak keys only, so "exception was never retrieved" still works.
"""

import asyncio
import codecs
import collections
import io
import itertools
import json
import os
import runpy
import select
import signal
import sys
import threading
import time
import traceback
import warnings
import weakref
from asyncio import base_events, events, tasks

_T0 = time.perf_counter_ns()
_STDLIB = os.path.dirname(os.__file__)
_ASYNCIO = os.path.dirname(asyncio.__file__)
_FLUSH_SECONDS = 0.03
_FD1_GRACE_SECONDS = 0.5
_MAX_CHAIN = 64
_WRITER = "asynclab-tracer"
_PIPE_BUF = 4096  # POSIX: a write of at most this many bytes to a pipe is never mixed with another's
_COMPREHENSIONS = frozenset(("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"))
_EXIT = os._exit
_KEPT = []  # Python's own sys.stdout and sys.stderr: closed when collected, they would close fd 1 and 2


def _now():
    return time.perf_counter_ns() - _T0


class _Events:
    """A batch of events, written by a thread of its own so the program never waits on the reader.

    A child process made by fork (multiprocessing, ProcessPoolExecutor) has no such thread: there it writes what
    it prints and warns at once, and nothing else (its tasks are not the program's rows). Once a child may write
    to the same pipe, every line is at most PIPE_BUF bytes, so the writes of two processes never mix in a line.
    """

    def __init__(self, fd):
        self.fd = fd
        self.queue = collections.deque()
        self.lock = threading.RLock()  # Stop's handler may flush while the main thread is flushing
        self.closed = False
        self.shared = False
        self.child = False
        thread = threading.Thread(target=self._loop, name=_WRITER, daemon=True)
        thread.start()

    def forking(self):
        """Before a fork: what the program printed so far is sent before anything the child prints."""
        self.shared = True
        self.flush()

    def forked(self):
        self.lock = threading.RLock()
        self.queue = collections.deque()
        self.closed = True
        self.child = True

    def emit(self, event):
        if self.child and event[0] not in ("o", "p", "w"):
            return
        self.queue.append(event)
        if self.closed:  # the writer has stopped: what Python prints while it shuts down is written at once
            self.flush()

    def _loop(self):
        while not self.closed:
            time.sleep(_FLUSH_SECONDS)
            self.flush()

    def flush(self):
        with self.lock:
            batch = []
            try:
                while True:
                    batch.append(self.queue.popleft())
            except IndexError:
                pass
            if not batch or self.fd < 0:
                return
            try:
                for line in (_lines_of(batch) if self.shared else [_line_of(batch)]):
                    data = line.encode("ascii")
                    while data:
                        data = data[os.write(self.fd, data):]
            except OSError:
                self.fd = -1

    def close(self):
        self.closed = True
        self.flush()


def _line_of(batch):
    return json.dumps(batch, separators=(",", ":")) + "\n"  # ASCII: json escapes every other character


def _lines_of(batch):
    """The batch as lines of at most PIPE_BUF bytes (an event longer than that alone on its line)."""
    lines = []
    group = []
    size = 2
    for event in batch:
        text = json.dumps(event, separators=(",", ":"))
        if group and size + len(text) + 1 > _PIPE_BUF:
            lines.append("[" + ",".join(group) + "]\n")
            group = []
            size = 2
        group.append(text)
        size += len(text) + 1
    lines.append("[" + ",".join(group) + "]\n")
    return lines


class _Lines(io.BufferedIOBase):
    """The bytes under sys.stdout / sys.stderr: each complete line becomes an event with the time it was written.

    The program's sys.stdout is a real io.TextIOWrapper over this (see _stream), so everything a stream has that
    the tracer does not need to intercept (.buffer, .encoding, .errors, .reconfigure(), .detach(), ...) is the
    standard library's own. Bytes the program writes to sys.stdout.buffer arrive here as text does, in the order
    they were written, and reach AsyncLab's output panel as lines with their time, decoded as UTF-8 (what AsyncLab
    reads a program's streams as; bytes that are not UTF-8 show as U+FFFD). flush() sends a line not yet ended as a
    piece, as the program asked it to be seen (print(..., end="", flush=True)): AsyncLab joins the pieces of a line
    into one, which grows as they come, as on a terminal (each piece used to be a line of its own).

    The one under sys.stdout also takes what reaches the program's file descriptor 1 (see _follow_fd1): a child
    process's output, os.write(1, ...). When the program begins a line, what is already there is taken first, so
    the line of a child that has ended comes before the program's next print, as on a terminal. A child's line not
    yet ended is sent as a piece once the pipe is drained: a child's progress dots show as they come.
    """

    def __init__(self, sink, stream, fd):
        super().__init__()
        self.sink = sink
        self.stream = stream
        self.fd = fd
        self.name = "<std%s>" % stream
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""
        self.lock = threading.RLock()  # threads print too; Stop's handler may flush in the middle of a write
        self.source = None  # the read end of the pipe that is the program's fd 1, under sys.stdout only
        self.ready = None  # a select.poll on it
        self.child_pending = False  # whether the line not yet ended is a child's

    def forked(self):
        self.lock = threading.RLock()
        self.source = None  # the parent reads the pipe; a child writes to it

    def writable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        return self.fd

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        if type(data) is not bytes:
            data = bytes(memoryview(data))  # bytearray, array, memoryview: their bytes, as a file takes them
        with self.lock:
            if self.source is not None and (not self.pending or self.child_pending):
                self.take_source()  # a line begins, or a child's goes on: what children wrote comes first
            self.take(data)
            self.child_pending = False
        return len(data)

    def take(self, data):
        self.pending += self.decoder.decode(data)
        if "\n" in self.pending:
            lines = self.pending.split("\n")
            self.pending = lines.pop()
            t = _now()
            for line in lines:
                self.sink.emit(["o", t, self.stream, line])

    def take_source(self):
        """Takes what fd 1 holds now, without waiting; False once every writer has closed it."""
        with self.lock:
            if self.source is not None and not self.ready.poll(0):  # half the cost of a read that finds nothing
                return True
            while self.source is not None:
                try:
                    data = os.read(self.source, 1 << 16)
                except BlockingIOError:
                    if self.child_pending:
                        self.send_piece()
                    return True
                except OSError:
                    data = b""
                if not data:
                    self.source = None
                    return False
                self.take(data)
                self.child_pending = bool(self.pending)
            return False

    def flush(self):
        super().flush()  # raises ValueError once closed, as a file does
        self.send_pending()

    def send_pending(self):
        with self.lock:
            if self.source is not None:
                self.take_source()
            self.send_piece()

    def send_piece(self):
        if self.pending:
            self.sink.emit(["p", _now(), self.stream, self.pending])
            self.pending = ""


def _follow_fd1(lines):
    """Makes the program's file descriptor 1 a pipe that lines reads: what children and os.write(1, ...) write is
    the program's output, with its time, as on plain Python (it used to reach AsyncLab as standard error). Python's
    own sys.__stdout__ writes there too. POSIX only (select on a pipe); elsewhere fd 1 stays standard error."""
    if os.name != "posix":
        return None
    read, write = os.pipe()
    os.dup2(write, 1)
    os.close(write)
    os.set_blocking(read, False)
    lines.ready = select.poll()
    lines.ready.register(read, select.POLLIN)
    lines.source = read

    def follow():
        while True:
            try:
                select.select([read], [], [])
            except (OSError, ValueError):
                return
            if not lines.take_source():
                return

    thread = threading.Thread(target=follow, name=_WRITER + "-fd1", daemon=True)
    thread.start()
    return thread


def _last_of_fd1(follower):
    """At exit: what a child still running writes in the next half second is kept (AsyncLab reads standard error
    as long), then the pipe closes with the tracer."""
    if follower is not None:
        os.dup2(2, 1)
        follower.join(_FD1_GRACE_SECONDS)


def _stream(sink, stream, fd, original):
    """A text stream as the one Python made (same encoding and errors) whose lines go to sink. write_through: each
    write reaches _Lines at once, so a line has the time it was written and text and .buffer writes keep their
    order; line_buffering stays False, as on plain Python when the output is a pipe."""
    wrapper = io.TextIOWrapper(_Lines(sink, stream, fd), encoding=getattr(original, "encoding", None) or "utf-8",
                               errors=getattr(original, "errors", None) or "strict", newline="\n",
                               write_through=True)
    wrapper.mode = "w"
    return wrapper


class _TaskState:
    """One traced task: its row, the name its row shows (the task's name, then its coroutine's) and the coroutines
    it awaits directly (rows of their own), outermost first."""

    __slots__ = ("row", "name", "coro", "open", "since")

    def __init__(self, row, name, coro):
        self.row = row
        self.name = name
        self.coro = coro
        self.open = []
        self.since = None  # when its slice under way began, else None


class Tracer:
    """The hooks: create_task registers tasks, Handle._run times their slices."""

    def __init__(self, sink, user_file):
        self.sink = sink
        self.user_file = user_file
        self.states = weakref.WeakKeyDictionary()
        self.coro_rows = {}
        self.next_row = 0
        self.user_code = {}
        self.child = False
        # 3.12+: how each open coroutine row's frame ended when an exception left it (sys.monitoring's PY_UNWIND):
        # wait_for's timeout cancels the coroutine inside the caller's task, which catches TimeoutError and goes on,
        # and the row read "done" while its coroutine was cancelled.
        # A row's frame is known by its id and its code, and forgotten as soon as it returns (PY_RETURN): a frame
        # freed when its coroutine returned leaves its id to the next one, and a plain function raising at that
        # address in the same slice marked the coroutine that had returned "failed".
        self.frame_rows = {}
        self.row_frames = {}  # the other way round: a row's frame, dropped in O(1) when the row ends
        self.returns_watched = set()  # the codes whose returns monitoring reports
        self.watch_returns = None
        self.unwound = {}
        self.left_at = {}  # 3.12+: when a row's frame returned or an exception left it, for its end
        self.exact = False  # whether sys.monitoring sees how each row's frame was left (3.12+)

    def forked(self):
        """In a child made by fork: its tasks are not the program's rows."""
        self.states = weakref.WeakKeyDictionary()
        self.child = True

    def install(self):
        original_run = events.Handle._run
        original_create = base_events.BaseEventLoop.create_task
        tracer = self

        def _run(handle):
            task = getattr(handle._callback, "__self__", None)
            state = tracer.states.get(task) if isinstance(task, asyncio.Task) else None
            if state is None:
                return original_run(handle)
            thrown = None if tracer.exact else _cancels(handle)
            t0 = state.since = _now()
            try:
                return original_run(handle)
            finally:
                state.since = None
                tracer.after_slice(task, state, t0, _now(), thrown)

        def create_task(loop, coro, *args, **kwargs):
            task = original_create(loop, coro, *args, **kwargs)
            made_at = getattr(task, "_source_traceback", None)  # in debug mode, where the program made the task
            if made_at and made_at[-1].filename == "<stdin>":
                del made_at[-1]  # this hook's frame: asyncio's callers remove theirs by count
            try:
                tracer.register(task, coro)
            except Exception:  # the tracer never breaks the program
                pass
            return task

        events.Handle._run = _run
        base_events.BaseEventLoop.create_task = create_task
        self.watch_unwinding()
        original_set_name = getattr(tasks, "_set_task_name", None)
        if original_set_name is not None:
            def _set_task_name(task, name):
                """3.9-3.12: asyncio.create_task(coro, name=...) and TaskGroup.create_task name the task after
                loop.create_task returns it: the row takes the name at once."""
                original_set_name(task, name)
                try:
                    tracer.check_name(task)
                except Exception:  # the tracer never breaks the program
                    pass

            tasks._set_task_name = _set_task_name

    def watch_unwinding(self):
        """3.12+: records which open coroutine row an exception left, and by what (cancelled, or raised)."""
        monitoring = getattr(sys, "monitoring", None)
        if monitoring is None:
            return
        tool = next((i for i in range(6) if monitoring.get_tool(i) is None), None)
        if tool is None:  # every tool id taken (a debugger, coverage): rows end as before
            return
        rows = self.frame_rows
        unwound = self.unwound
        left_at = self.left_at
        cancelled = asyncio.CancelledError

        def on_unwind(code, _offset, error):
            if rows:
                try:
                    frame = sys._getframe(1)
                    entry = rows.get(id(frame))
                    if entry is not None and entry[1] is code and frame.f_code is code:
                        unwound[entry[0]] = ("c", None) if isinstance(error, cancelled) \
                            else ("x", type(error).__name__)
                        left_at[entry[0]] = _now()
                except Exception:  # the tracer never breaks the program
                    pass

        def on_return(code, _offset, _value):
            if rows:
                try:
                    key = id(sys._getframe(1))
                    entry = rows.get(key)
                    if entry is not None and entry[1] is code:
                        left_at[entry[0]] = _now()
                        del rows[key]
                        self.row_frames.pop(entry[0], None)
                except Exception:  # the tracer never breaks the program
                    pass

        def watch_returns(code):
            """Reports the returns of {code}'s frames, a coroutine function whose calls are rows."""
            if code not in self.returns_watched:
                self.returns_watched.add(code)
                monitoring.set_local_events(tool, code, monitoring.events.PY_RETURN)

        try:
            monitoring.use_tool_id(tool, "asynclab")
            monitoring.register_callback(tool, monitoring.events.PY_UNWIND, on_unwind)
            monitoring.register_callback(tool, monitoring.events.PY_RETURN, on_return)
            monitoring.set_events(tool, monitoring.events.PY_UNWIND)
            self.watch_returns = watch_returns
            self.exact = True
        except Exception:  # the tracer never breaks the program
            pass

    def slices_under_way(self):
        """At a stop: each slice that had begun and not ended, ["s", row, t0, [rows of the coroutines it awaits]]:
        the task that blocks the loop (time.sleep, a loop that never awaits) is running, not waiting on the line it
        last awaited, nor not yet started."""
        return [["s", state.row, state.since, [row for _coro, row in state.open]]
                for state in list(self.states.values()) if state.since is not None]

    def end_coroutine(self, row, t0, t1, outcome, raised):
        """Ends a coroutine row: as an exception left its frame when one did (3.12+), else as given; when its frame
        returned or was left (3.12+), not at the end of the slice, where its caller next paused (a coroutine that
        slept 0.1 s, its caller then blocking 0.2 s, read 0.3 s)."""
        how = self.unwound.pop(row, None)
        if how is not None:
            outcome, raised = how
        left = self.left_at.pop(row, None)
        if left is not None and t0 <= left <= t1:
            t1 = left
        frame = self.row_frames.pop(row, None)
        if frame is not None:
            self.frame_rows.pop(frame, None)
        if raised is None:
            self.sink.emit(["e", row, t0, t1, outcome])
        else:
            self.sink.emit(["e", row, t0, t1, outcome, raised])

    def current_row(self):
        """The row of the task running now, or -1 outside any task."""
        try:
            state = self.states.get(asyncio.current_task())
        except (RuntimeError, TypeError):
            return -1
        return -1 if state is None else state.row

    def is_user(self, code):
        known = self.user_code.get(code)
        if known is None:
            name = code.co_filename
            known = not (name.startswith(_STDLIB) or name.startswith("<"))
            self.user_code[code] = known
        return known

    def new_row(self, parent, t, name, kind):
        row = self.next_row
        self.next_row += 1
        self.sink.emit(["c", row, parent, t, name, kind])
        return row

    def register(self, task, coro):
        if self.child:
            return
        code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
        if code is None:
            return
        parent = -1
        try:
            current = asyncio.current_task()
            if current is not None and current in self.states:
                parent = self.states[current].row
        except RuntimeError:
            pass
        if parent == -1 and code.co_filename.startswith(_ASYNCIO):
            # asyncio's own tasks, outside the program's (asyncio.run closing generators and executors). Made by
            # one of the program's tasks, a coroutine of asyncio's is the program's: gather(asyncio.sleep(1), ...)
            return
        kind = "main" if _called_by_runner() else "task"
        name = task.get_name()
        self.states[task] = _TaskState(self.new_row(parent, _now(), name + " " + _qualname(code), kind), name,
                                       _qualname(code))

    def check_name(self, task):
        """Renames the task's row when the program named the task after making it: the row shows the name the
        task has now, as Python's own repr and tracebacks do (task.set_name() is seen at the end of the task's
        next slice)."""
        state = self.states.get(task)
        if state is not None:
            name = task.get_name()
            if name != state.name:
                state.name = name
                self.sink.emit(["n", state.row, name + " " + state.coro])

    def after_slice(self, task, state, t0, t1, thrown=None):
        """After a slice of {task}: its row's slice and waits, and the coroutine rows that ended in it: as their
        frames were left (3.12+), else cancelled when the slice began by throwing CancelledError in ({thrown}),
        else done."""
        self.check_name(task)
        emit = self.sink.emit
        if task.done():
            raised = None
            if task.cancelled():
                outcome = "c"
            elif task._exception is not None:
                outcome = "x"
                raised = type(task._exception).__name__
            else:
                outcome = "d"
            # its coroutines' frames were all left: as monitoring saw (a frame it saw no exception leave returned),
            # else cut when the slice threw CancelledError in, else as the task ended
            for _coro, row in reversed(state.open):
                if self.exact or thrown:
                    self.end_coroutine(row, t0, t1, thrown or "d", None)
                else:
                    self.end_coroutine(row, t0, t1, outcome, raised)
            state.open = []
            emit(["r", state.row, t0, t1, outcome, [], raised])
            self.states.pop(task, None)
            return
        chain = _chain(task.get_coro())
        frames = []
        for index, (obj, frame) in enumerate(chain):
            if frame is not None and self.is_user(frame.f_code) and not _is_comprehension(frame.f_code):
                frames.append((index, obj, frame))
        still = set(id(obj) for index, obj, _f in frames if index > 0)
        ended = False
        kept = []
        for coro, row in state.open:
            if id(coro) in still:
                kept.append((coro, row))
            else:
                self.end_coroutine(row, t0, t1, thrown or "d", None)
                ended = True
        known = {id(coro): row for coro, row in kept}
        start = t1 if ended else t0
        waits = []
        if not frames or frames[0][0] != 0:
            waits.append([state.row, None] + list(_describe(chain, 0, task)))
        for index, obj, frame in frames:
            if index == 0:
                row = state.row
            else:
                row = known.get(id(obj))
                if row is None:
                    row = self.new_row(state.row, start, _qualname(frame.f_code) + "()", "coro")
                    kept.append((obj, row))
                    known[id(obj)] = row
                    if self.exact:
                        self.frame_rows[id(frame)] = (row, frame.f_code)
                        self.row_frames[row] = id(frame)
                        try:
                            self.watch_returns(frame.f_code)
                        except Exception:  # the tracer never breaks the program
                            pass
            note, sleep = _describe(chain, index, task)
            waits.append([row, frame.f_lineno, note, sleep])
        state.open = kept
        emit(["r", state.row, t0, t1, "w", waits])


def _cancels(handle):
    """Before 3.12, whether a slice begins by throwing CancelledError into its task's coroutines: the task wakes up
    on a cancelled future (asyncio.timeout's timer, task.cancel(), a cancelled task it awaited). The coroutine rows
    it leaves in that slice were cut ("c"); one that caught the error and returned would read cancelled too, a rarer
    case than the timeout's. A failed future is not taken as a sign: a coroutine's own try/except is common."""
    for arg in handle._args or ():
        if isinstance(arg, asyncio.Future) and arg.cancelled():
            return "c"
    return None


def _called_by_runner():
    """Whether the task being made is the one asyncio.run (or run_until_complete) runs, not one a task makes."""
    frame = sys._getframe(2)
    for _ in range(8):
        if frame is None:
            return False
        code = frame.f_code
        if code.co_name in ("_run", "_run_once") and code.co_filename.startswith(_ASYNCIO):
            return False  # inside the loop: a task or a callback is making it
        if code.co_name == "run_until_complete" or code.co_filename.endswith("runners.py"):
            return True
        frame = frame.f_back
    return False


def _qualname(code):
    return getattr(code, "co_qualname", code.co_name)


def _chain(coro):
    """The awaitables from a task's coroutine down to what it is suspended on, each with its frame (or None)."""
    chain = []
    obj = coro
    while obj is not None and len(chain) < _MAX_CHAIN:
        if hasattr(obj, "cr_frame"):
            chain.append((obj, obj.cr_frame))
            obj = obj.cr_await
        elif hasattr(obj, "gi_frame"):
            chain.append((obj, obj.gi_frame))
            obj = obj.gi_yieldfrom
        elif hasattr(obj, "ag_frame"):
            chain.append((obj, obj.ag_frame))
            obj = obj.ag_await
        else:
            chain.append((obj, None))
            obj = None
    return chain


def _is_comprehension(code):
    """Whether code is a comprehension's: before Python 3.12 an await inside [... for ...] runs it as a coroutine
    of its own, but it is a line of the function that holds it, not a coroutine the program awaits."""
    return code.co_name in _COMPREHENSIONS


def _describe(chain, index, task):
    """A short note on what the frame at chain[index] awaits, and the seconds of an asyncio.sleep it awaits."""
    index += 1
    while index < len(chain) and chain[index][1] is not None and _is_comprehension(chain[index][1].f_code):
        index += 1  # what the comprehension awaits is what its function awaits
    if index < len(chain):
        obj, frame = chain[index]
        if frame is not None:
            code = frame.f_code
            if code.co_filename.startswith(_ASYNCIO):
                if code.co_name == "sleep":
                    delay = frame.f_locals.get("delay")
                    if isinstance(delay, (int, float)):
                        return "asyncio.sleep(%g)" % delay, float(delay)
                    return "asyncio.sleep", None
                if code.co_name == "__sleep0":
                    return "asyncio.sleep(0)", 0.0
                return "asyncio." + _qualname(code).split(".<locals>")[0], None
            return _qualname(code) + "()", None
    return _future_note(getattr(task, "_fut_waiter", None)), None


def _future_note(future):
    if future is None:
        return None
    children = getattr(future, "_children", None)
    if children is not None:
        return "asyncio.gather(%d)" % len(children)
    if isinstance(future, asyncio.Task):
        coro = future.get_coro()
        code = getattr(coro, "cr_code", None)
        return future.get_name() + (" " + _qualname(code) if code is not None else "")
    return type(future).__name__


def _trimmed(tb):
    """The traceback without the tracer's and runpy's frames."""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name == "<stdin>" or name.endswith("runpy.py") or name.startswith("<frozen runpy"):
            tb = tb.tb_next
        else:
            break
    link = tb
    while link is not None:  # the Handle._run hook, when KeyboardInterrupt or SystemExit leaves a task through it
        while link.tb_next is not None and link.tb_next.tb_frame.f_code.co_filename == "<stdin>":
            link.tb_next = link.tb_next.tb_next
        link = link.tb_next
    return tb


def _report(sink, error):
    if isinstance(error, SyntaxError):
        sink.emit(["x", "syntax", "%s: %s" % (type(error).__name__, error.msg), error.filename, error.lineno,
                   error.offset, (error.text or "").rstrip("\n")])
        return
    tb = _trimmed(error.__traceback__)
    text = "".join(traceback.format_exception(type(error), error, tb))
    line = None
    file = None
    for frame, lineno in traceback.walk_tb(tb):
        code = frame.f_code
        if not (code.co_filename.startswith(_STDLIB) or code.co_filename.startswith("<")):
            file, line = code.co_filename, lineno
    message = traceback.format_exception_only(type(error), error)[-1].strip()
    sink.emit(["x", "exception", message, file, line, None, None, text])


def _serve_delays(text, sink, tracer):
    import random
    served = collections.deque(float(d) for d in text.split(",") if d)
    original = random.uniform
    calls = itertools.count()

    def uniform(a, b):
        """random.uniform, serving AsyncLab's seeded delays in call order, then drawing as usual."""
        given = bool(served)
        value = served.popleft() if given else original(a, b)
        sink.emit(["u", _now(), next(calls), value, tracer.current_row(), given])
        return value

    random.uniform = uniform
    random._inst.uniform = uniform
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=served.clear)  # a child draws, reseeded, as on plain Python


def _warns_of_our_thread(message, category):
    """Python 3.12+ warns at os.fork() in a process that has threads: when the tracer's are the only others,
    plain Python would not warn."""
    if category is not DeprecationWarning or "is multi-threaded, use of fork()" not in str(message):
        return False
    return sum(1 for thread in threading.enumerate() if not thread.name.startswith(_WRITER)) <= 1


def _send_before_exit(sink):
    """os._exit ends at once, but what the program wrote before it was written, as on plain Python: the events
    waiting for the writer go first (a line not yet ended is lost, as Python's own buffer would be)."""
    original = os._exit

    def _exit(status):
        sink.flush()
        original(status)

    _exit.__doc__ = original.__doc__
    os._exit = _exit


def _flush(lines):
    """Flushes the program's streams (also one it put in their place, such as a TextIOWrapper over
    sys.stdout.detach()), then sends the lines not yet ended."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # closed or detached by the program: what it held is gone, as on plain Python
            pass
    for each in lines:
        each.send_pending()


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: python3 - FILE < asynclab_tracer.py\n")
        return 2
    if os.environ.get("ASYNCLAB_SESSION") == "1" and hasattr(os, "setsid"):
        try:
            os.setsid()
        except OSError:
            pass
    event_fd = os.dup(1)
    os.dup2(2, 1)
    sink = _Events(event_fd)
    sink.emit(["hello", "%d.%d.%d" % sys.version_info[:3], os.getpid(), sys.executable, _now()])
    path = os.path.abspath(sys.argv[1])
    delays = os.environ.pop("ASYNCLAB_DELAYS", None)
    tracer = Tracer(sink, path)
    tracer.install()
    if delays:
        _serve_delays(delays, sink, tracer)

    def show(message, category, filename, lineno, file=None, line=None):
        if _warns_of_our_thread(message, category):
            return
        sink.emit(["w", _now(), category.__name__, str(message), filename, lineno])

    warnings.showwarning = show

    # Python's own streams stay open (they write to fd 1 and 2, which children and os.write still use); the
    # program's sys.__stdout__ is its sys.stdout, as on plain Python, so sys.stdout = sys.__stdout__ restores it.
    _KEPT.extend((sys.stdout, sys.stderr))
    sys.stdout = sys.__stdout__ = _stream(sink, "out", 1, sys.stdout)
    sys.stderr = sys.__stderr__ = _stream(sink, "err", 2, sys.stderr)
    lines = (sys.stdout.buffer, sys.stderr.buffer)
    follower = _follow_fd1(lines[0])
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(before=sink.forking, after_in_child=sink.forked)
        os.register_at_fork(after_in_child=tracer.forked)
        for each in lines:
            os.register_at_fork(after_in_child=each.forked)

    def stopped(signum, _frame):
        """AsyncLab's Stop: send what was recorded, then end at once, as SIGTERM would."""
        try:
            for event in tracer.slices_under_way():
                sink.emit(event)
        except Exception:  # the tracer never breaks the program
            pass
        _flush(lines)
        sink.close()
        _EXIT(128 + signum)

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, stopped)
    _send_before_exit(sink)
    sys.argv = [path] + sys.argv[2:]
    sys.path[0] = os.path.dirname(path)
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as stop:
        if stop.code is None:
            code = 0
        elif isinstance(stop.code, int):
            code = stop.code
        else:
            sys.stderr.write(str(stop.code) + "\n")
            code = 1
    except KeyboardInterrupt as error:  # Python prints its traceback, then ends by SIGINT: 130 for AsyncLab
        _report(sink, error)
        code = 130
    except BaseException as error:  # reported as an event, like Python's own top level would print it
        _report(sink, error)
        code = 1
    _flush(lines)
    sink.emit(["exit", _now(), code])

    def last_flush():
        _last_of_fd1(follower)
        _flush(lines)
        sink.close()

    import atexit
    atexit.register(last_flush)
    sink.flush()
    return code


if __name__ == "__main__":
    sys.exit(main())
