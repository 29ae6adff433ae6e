"""Two-person recovery of a vault whose passphrase is lost (DESIGN section 2).

The agency's recovery identity (an age X25519 secret key) is split into two shares, held by two
people (for example the FG and the team leader); neither share alone reveals anything, both
together give the identity back. A 2-of-2 XOR split is enough for two holders and needs no
cryptography of our own beyond a random pad. Opening a vault this way needs a reason, is written
to its audit chain, and is shown to the owner at their next unlock.
"""

from __future__ import annotations

import base64
import hashlib
import os

from app.i18n import translate

PREFIX = "KEUKENTAFEL-RECOVERY-SHARE"


class ShareError(ValueError):
    """A share is damaged, or the two shares do not belong together."""


def _encode(index: int, check: str, data: bytes) -> str:
    return f"{PREFIX}-{index}-OF-2:{check}:{base64.b64encode(data).decode('ascii')}"


def split_identity(identity: str) -> tuple[str, str]:
    """Split an ``AGE-SECRET-KEY-1…`` string into two shares (text, one line each)."""
    secret = identity.strip().encode("ascii")
    pad = os.urandom(len(secret))
    other = bytes(a ^ b for a, b in zip(secret, pad, strict=True))
    check = hashlib.sha256(secret).hexdigest()[:16]
    return _encode(1, check, pad), _encode(2, check, other)


def _decode(share: str) -> tuple[int, str, bytes]:
    try:
        head, check, payload = share.strip().split(":")
        if not head.startswith(PREFIX):
            raise ValueError(head)
        index = int(head.removeprefix(PREFIX + "-").split("-")[0])
        return index, check, base64.b64decode(payload, validate=True)
    except (ValueError, IndexError) as exc:
        raise ShareError(translate("Recovery", "This is not a recovery share.")) from exc


def join_shares(first: str, second: str) -> str:
    """Join two shares back into the recovery identity."""
    a, b = _decode(first), _decode(second)
    if {a[0], b[0]} != {1, 2} or a[1] != b[1] or len(a[2]) != len(b[2]):
        raise ShareError(translate("Recovery", "These two shares do not belong together."))
    secret = bytes(x ^ y for x, y in zip(a[2], b[2], strict=True))
    if hashlib.sha256(secret).hexdigest()[:16] != a[1]:
        raise ShareError(translate("Recovery", "A share is damaged."))
    return secret.decode("ascii")
