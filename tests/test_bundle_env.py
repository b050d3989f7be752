"""What the packaged app gives the programs it starts, and where it finds certificates.

The packaged app itself is tested in tests/test_packaging.py (a real xdg-open's
environment, a TLS handshake with Debian's certificate folders hidden); these are the
rules, run without a build.
"""

from __future__ import annotations

from desktop_app.platform.certs import CA_FILES, system_ca_file, use_system_ca_bundle
from desktop_app.platform.environ import original_environ, original_environment

BUNDLE = "/home/rep/.local/opt/tickler/_internal"


def test_the_bundles_own_paths_go_and_the_sessions_come_back():
    env = {
        "PATH": "/usr/bin",
        "LD_LIBRARY_PATH": BUNDLE, "LD_LIBRARY_PATH_ORIG": "/opt/rep/lib",
        "QT_PLUGIN_PATH": f"{BUNDLE}/PySide6/Qt/plugins",
        "QML2_IMPORT_PATH": f"{BUNDLE}/PySide6/Qt/qml", "QML2_IMPORT_PATH_ORIG": "/usr/qml",
        "SSL_CERT_FILE": "/etc/pki/tls/certs/ca-bundle.crt", "TICKLER_SET_SSL_CERT_FILE": "1",
    }
    child = original_environment(env, bundle=BUNDLE)
    assert child == {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/opt/rep/lib",
                     "QML2_IMPORT_PATH": "/usr/qml"}


def test_a_variable_the_rep_set_that_the_bundle_left_alone_stays():
    env = {"QT_PLUGIN_PATH": "/usr/lib/kde/plugins", "SSL_CERT_FILE": "/home/rep/ca.pem"}
    assert original_environment(env, bundle=BUNDLE) == env


def test_run_from_python_nothing_changes(monkeypatch):
    monkeypatch.setenv("QT_PLUGIN_PATH", "/somewhere")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/x")
    import os

    before = dict(os.environ)
    with original_environ():
        assert dict(os.environ) == before


def test_the_swap_is_undone_after_the_call(monkeypatch):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", BUNDLE, raising=False)
    environ = {"LD_LIBRARY_PATH": BUNDLE, "QT_PLUGIN_PATH": f"{BUNDLE}/plugins",
               "QT_PLUGIN_PATH_ORIG": "/rep/plugins", "HOME": "/home/rep"}
    before = dict(environ)
    with original_environ(environ):
        assert environ == {"QT_PLUGIN_PATH": "/rep/plugins", "HOME": "/home/rep"}
    assert environ == before


def test_each_distributions_bundle_is_found_and_certifi_is_the_fallback():
    fedora = "/etc/pki/tls/certs/ca-bundle.crt"
    suse = "/etc/ssl/ca-bundle.pem"
    assert system_ca_file(readable=lambda p: p == fedora) == fedora
    assert system_ca_file(readable=lambda p: p == suse) == suse
    assert system_ca_file(readable=lambda p: False) is None
    assert CA_FILES[0] == "/etc/ssl/certs/ca-certificates.crt"  # Debian's first

    env: dict[str, str] = {}
    used = use_system_ca_bundle(env, frozen=True, platform="linux",
                                candidates=("/nonexistent/ca.pem",))
    import certifi

    assert used == certifi.where() == env["SSL_CERT_FILE"]
    assert env["TICKLER_SET_SSL_CERT_FILE"] == "1"


def test_the_reps_own_choice_and_unpackaged_runs_are_left_alone():
    env = {"SSL_CERT_DIR": "/home/rep/certs"}
    use_system_ca_bundle(env, frozen=True, platform="linux")
    assert env == {"SSL_CERT_DIR": "/home/rep/certs"}
    env = {}
    assert use_system_ca_bundle(env, frozen=False, platform="linux") is None and env == {}
    assert use_system_ca_bundle(env, frozen=True, platform="darwin") is None and env == {}
