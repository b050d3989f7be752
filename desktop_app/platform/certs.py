"""Where the packaged app finds the system's trusted certificates on any Linux.

The OpenSSL inside the Linux package was built for Debian, so by itself it looks only in
Debian's folders (/usr/lib/ssl, /etc/ssl/certs); on Fedora, openSUSE or a system without
them every mail server's certificate would fail to verify. At start the packaged app
points ``SSL_CERT_FILE`` at the first CA bundle this system has, else at certifi's copy of
Mozilla's list, unless the rep set ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` themselves. The
programs Tickler starts do not inherit it (see ``environ``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, MutableMapping, Sequence

# Where each family of distributions keeps its PEM bundle, most common first.
CA_FILES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Mint, Arch, Gentoo, Alpine
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL, Rocky, Alma, CentOS
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # the same, where it really is
    "/etc/ssl/ca-bundle.pem",  # openSUSE, SLES
    "/var/lib/ca-certificates/ca-bundle.pem",  # openSUSE, where it really is
    "/etc/ssl/cert.pem",  # Alpine, Void, the BSDs
    "/etc/pki/tls/cacert.pem",  # OpenELEC, LibreELEC
)
SET_BY_TICKLER = "TICKLER_SET_SSL_CERT_FILE"


def system_ca_file(candidates: Sequence[str] = CA_FILES,
                   readable: Callable[[str], bool] | None = None) -> str | None:
    """The first CA bundle this system has, or None."""
    readable = readable or (lambda path: os.path.isfile(path) and os.access(path, os.R_OK))
    return next((path for path in candidates if readable(path)), None)


def certifi_ca_file() -> str | None:
    try:
        import certifi
    except ImportError:
        return None
    path = certifi.where()
    return path if os.path.isfile(path) else None


def use_system_ca_bundle(environ: MutableMapping[str, str] | None = None, *,
                         frozen: bool | None = None, platform: str = sys.platform,
                         candidates: Sequence[str] = CA_FILES) -> str | None:
    """Point OpenSSL at the system's CA bundle (packaged app on Linux only); the file used."""
    environ = os.environ if environ is None else environ
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not frozen or not platform.startswith("linux"):
        return None
    if environ.get("SSL_CERT_FILE") or environ.get("SSL_CERT_DIR"):
        return environ.get("SSL_CERT_FILE")  # the rep's own choice wins
    path = system_ca_file(candidates) or certifi_ca_file()
    if path:
        environ["SSL_CERT_FILE"] = path
        environ[SET_BY_TICKLER] = "1"
    return path
