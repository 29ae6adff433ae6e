"""Atomic file writes: a crash leaves either the old file or the new one, never half of each."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.storage import fault_points
from app.storage.errors import DiskFull, FolderNotWritable


def fsync_dir(folder: Path) -> None:
    """Flush a directory entry (after a rename) where the platform allows it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, fault_point: str = "") -> None:
    """Write ``data`` to ``path`` through a temporary file, fsync and rename.

    The temporary file lives in the same folder (same file system) and is removed on failure.
    Raises :class:`DiskFull` or :class:`FolderNotWritable` with the original file untouched.
    With ``fault_point`` the steps reach :mod:`app.storage.fault_points` as
    ``<fault_point>.before_write``, ``.written`` and ``.renamed`` (crash tests).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if fault_point:
        fault_points.reach(f"{fault_point}.before_write")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if fault_point:
            fault_points.reach(f"{fault_point}.written")
        os.replace(tmp, path)
        if fault_point:
            fault_points.reach(f"{fault_point}.renamed")
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_vault_error(exc) from exc


def os_error_to_vault_error(exc: OSError) -> DiskFull | FolderNotWritable:
    """Map an operating-system write failure to the worker-facing vault error."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(detail=exc.strerror)
    return FolderNotWritable(detail=exc.strerror)


def probe_writable(folder: Path) -> None:
    """Check that ``folder`` accepts new files, by writing and removing a small probe file."""
    probe = folder / f".keukentafel-probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"probe")
            os.fsync(fd)
        finally:
            os.close(fd)
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        raise os_error_to_vault_error(exc) from exc
