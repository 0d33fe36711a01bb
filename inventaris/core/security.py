"""Password hashing with scrypt (memory-hard, in the standard library).

Stored as ``scrypt$n$r$p$salt$hash`` (base64), so the cost can be raised later and old hashes
still verify. Passwords are never stored, logged or put in the audit log in clear.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

# 2**14 × 8 × 128 bytes = 16 MiB of memory per hash; about 50 ms here.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_KEY_LENGTH = 32


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=_KEY_LENGTH
    )
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n_text, r_text, p_text, salt_text, digest_text = stored.split("$")
        if scheme != "scrypt":
            return False
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_text)
        expected = base64.b64decode(digest_text)
    except ValueError:
        return False
    actual = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=len(expected)
    )
    return hmac.compare_digest(actual, expected)


@functools.cache
def dummy_hash() -> str:
    """A hash to check against when the user name is unknown, so timing does not reveal which
    user names exist. Made on first use: start-up should not pay for it."""
    return hash_password(secrets.token_hex(8))
