"""Shared fixtures.

Real public datasets live in ``../shared/data`` beside the checkout (present in CI). Tests that
need them use the ``shared_data`` fixture and are skipped, with the reason, where it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(os.environ.get("AMITY_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
SEEDS = SHARED_DATA.parent / "seeds"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real public files; skip the test where it is absent (a user's clone)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real datasets not found at {SHARED_DATA} (set AMITY_SHARED_DATA); skipping")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The folder of the two seed briefs; skip where it is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed briefs not found at {SEEDS}; skipping")
    return SEEDS


@pytest.fixture(autouse=True)
def amity_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty AMITY_HOME, so no test touches a user's store."""
    home = tmp_path / "amity-home"
    monkeypatch.setenv("AMITY_HOME", str(home))
    return home


@pytest.fixture
def store(amity_home: Path):
    from amity.store import Store

    st = Store(amity_home / "amity.duckdb")
    yield st
    st.close()
