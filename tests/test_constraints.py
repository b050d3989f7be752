"""The build's constraints file pins what pyproject asks for, inside its ranges."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def _build_module():
    spec = importlib.util.spec_from_file_location("tickler_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_dependency_is_pinned_exactly_and_inside_pyprojects_range():
    build = _build_module()
    pins = build.read_constraints()
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    for text in [*project["dependencies"], *project["optional-dependencies"]["build"]]:
        req = Requirement(text)
        name = build.normal_name(req.name)
        assert name in pins, f"{req.name} is not pinned in packaging/constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"{req.name}=={pins[name]} is outside pyproject's {req.specifier}")


def test_the_pinned_qt_is_one_the_reference_test_has_passed_on():
    """6.12.0 leaks None references on Python 3.11 (tests/test_qt_bindings.py)."""
    pins = _build_module().read_constraints()
    essentials = Version(pins["pyside6-essentials"])
    assert essentials < Version("6.12")
    assert pins["pyside6-addons"] == pins["shiboken6"] == str(essentials)


def test_the_shared_environment_runs_what_is_pinned():
    """The tests run on the pinned Qt, so the suite vouches for what the package ships."""
    from PySide6 import __version__ as pyside

    pinned = _build_module().read_constraints()["pyside6-essentials"]
    assert pyside == pinned, (
        f"the tests run on PySide6 {pyside}, the package ships {pinned}: install with "
        "`pip install -c packaging/constraints.txt -e '.[test,build]'` (as .ci/run does)")
