"""A note writer run as a subprocess by the crash and disk-full tests.

``python -m tests.support.writer FOLDER KEYHEX SEED [FSIZE_LIMIT]`` opens the vault with the raw
key and writes notes forever; it prints a note's id only after its commit has returned, so every
printed id must survive a SIGKILL. With a file-size limit, writes past it fail like a full disk.
"""

from __future__ import annotations

import random
import resource
import signal
import sys
from pathlib import Path

from app.storage.errors import DiskFull
from app.storage.vault import unlock_with_key


def main() -> int:
    folder, key_hex, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    rng = random.Random(seed)
    vault = unlock_with_key(folder, bytes.fromhex(key_hex))
    from app.services.session import Session

    session = Session(vault)
    citizen = session.caseload.search("")[0]
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    print("ready", flush=True)
    while True:
        body = "notitie " + "x" * rng.randint(10, 4000)
        try:
            note = session.caseload.add_note(citizen.id, body)
        except DiskFull as exc:
            print(f"diskfull {exc.code}", flush=True)
            return 3
        print(note.id, flush=True)


if __name__ == "__main__":
    sys.exit(main())
