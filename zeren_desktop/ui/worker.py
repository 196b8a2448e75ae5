"""Long work off the GUI thread with one helper (DESIGN.md pattern 3).

`run_task(fn)` runs `fn` in a QThreadPool and reports back on the GUI thread: the
returned `Task` emits `succeeded(result)` or `failed(exception)`, then `finished()`.
The callable must never touch widgets; a callable that uses the database uses the same
Services (writes are serialised by the Database's write lock).

A callable that reports progress or can stop early takes a `TaskControl` argument
(`run_task(fn, control=True)`): `control.progress(done, total)` and
`control.cancelled`. With `progress_label` a modal QProgressDialog shows while it runs;
its Cancel button (when `cancellable`) sets `control.cancelled`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

_pool: QThreadPool | None = None
# Tasks are kept here until they finish, so Python does not collect them mid-flight.
_running: set[Task] = set()


def pool() -> QThreadPool:
    """The program's worker pool (separate from Qt's global one, so it can be awaited)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def wait_for_workers(msecs: int = 60_000) -> bool:
    """Block until every task has finished (before the database is closed)."""
    return pool().waitForDone(msecs) if _pool is not None else True


class TaskControl:
    """What a running callable may use: progress reports and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        self._task._progress.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, task: Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._call = call

    def run(self) -> None:  # in the worker thread: no widgets here
        try:
            result = self._call()
        except BaseException as error:  # delivered to the GUI thread, never lost
            self._task._failed.emit(error)
        else:
            self._task._succeeded.emit(result)


class Task(QObject):
    """One piece of background work; lives in the GUI thread and reports there."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    progressed = Signal(int, int)
    # Emitted from the worker thread; delivered (queued) to this object's slots.
    _succeeded = Signal(object)
    _failed = Signal(object)
    _progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = TaskControl(self)
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        conn = Qt.ConnectionType.QueuedConnection
        self._succeeded.connect(self._on_succeeded, conn)
        self._failed.connect(self._on_failed, conn)
        self._progress.connect(self._on_progress, conn)

    def cancel(self) -> None:
        self.control.cancel()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.result = result
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.error = error
        self._end()
        self.failed.emit(error)
        self.finished.emit()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(max(min(done, total), 0))
        self.progressed.emit(done, total)

    def _end(self) -> None:
        self.running = False
        _running.discard(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


def run_task(fn: Callable[..., Any], *args: Any, control: bool = False,
             progress_label: str | None = None, cancellable: bool = False,
             parent: QWidget | None = None, **kwargs: Any) -> Task:
    """Run `fn(*args, **kwargs)` (plus `control=TaskControl` when asked) in the pool.

    Connect to the returned task's signals straight away: results arrive through the
    event loop, never before this function returns.
    """
    task = Task()
    if control:
        kwargs = {**kwargs, "control": task.control}
    if progress_label is not None:
        dialog = QProgressDialog(progress_label, "", 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Worker", "Cancel"))
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)
            dialog.canceled.connect(task.cancel)
        task.dialog = dialog
    task.running = True
    _running.add(task)
    pool().start(_Runnable(task, lambda: fn(*args, **kwargs)))
    return task
