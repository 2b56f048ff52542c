"""A workstation's connection to the team server: TLS, with the server's certificate verified against the team's CA.

``sslmode=verify-full`` checks both that the certificate is signed by the CA in ``sslrootcert`` and that it names the
host the URL names: a machine in the middle with another certificate (or none) is refused before a password is
sent. Anything weaker given in the URL is refused here rather than quietly accepted.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

WEAKER = ("disable", "allow", "prefer", "require", "verify-ca")


class WeakTls(ValueError):
    """The URL asks for less than a verified certificate."""


def verified_url(url: str, ca_file: Path) -> str:
    """``url`` with ``sslmode=verify-full`` and ``sslrootcert`` set to ``ca_file`` (which must exist)."""
    parsed = sa.make_url(url)
    mode = parsed.query.get("sslmode")
    if mode in WEAKER:
        raise WeakTls(f"sslmode={mode} does not verify the server: the team server is reached with verify-full")
    if not ca_file.is_file():
        raise FileNotFoundError(f"the CA certificate {ca_file} is not there")
    query = {**parsed.query, "sslmode": "verify-full", "sslrootcert": str(ca_file.resolve())}
    return parsed.set(query=query).render_as_string(hide_password=False)
