"""The indicator registry: every entry carries its facts, and the rest of amity can rely on them."""

from __future__ import annotations

import inspect
from typing import Any

import pandas as pd
import pytest

from amity import indicators, sources
from amity.dyad import Dyad
from amity.indicators import SHAPES, Indicator, indicator

#: words a description must not end on (a first line cut mid-sentence ends on one of these)
DANGLING = (",", "(", "—", "–", ";", ":", " and", " or", " the", " a", " of", " to", " in", " with", " by")
#: Dyad members that are not indicators
NOT_INDICATORS = {"a", "b", "start", "end", "codes", "reversed", "store", "dossier", "window", "indicator", "report",
                  "context"}  # context: where the pair stands among all pairs (amity.context), not one indicator


@pytest.mark.parametrize("name", sorted(indicators.registry()))
def test_every_indicator_has_its_facts(name: str) -> None:
    ind = indicators.registry()[name]
    assert ind.name == name and callable(ind.func)
    assert ind.strand and ind.unit and ind.description
    assert not ind.description.endswith(DANGLING), f"{name}: description cut off: {ind.description!r}"
    assert "\n" not in ind.description
    assert ind.shape in SHAPES
    assert isinstance(ind.needs, tuple) and all(isinstance(k, str) and k for k in ind.needs)
    assert ind.estimate == bool(ind.estimate_note), f"{name}: an estimate needs a note saying how it is made"
    assert ind.missing, f"{name}: no reason to give when the data are missing"
    assert ind.accepts("exclude_sources") or name == "events", f"{name}: cannot leave a claim's own source out"
    if ind.needs and not ind.reads_records:
        assert ind.load, f"{name}: needs {ind.needs} but names no command that loads them"
    facts = ind.facts()
    assert facts["name"] == name and facts["needs"] == list(ind.needs)


@pytest.mark.parametrize("name", sorted(indicators.registry()))
def test_load_hints_name_real_import_kinds(name: str) -> None:
    ind = indicators.registry()[name]
    kinds = set(sources.kinds())
    assert set(ind.needs) <= kinds, f"{name}: needs unknown kinds {set(ind.needs) - kinds}"
    named = ind.load_kinds()
    assert set(named) <= kinds, f"{name}: load hint names unknown kinds {set(named) - kinds}"
    assert set(named) <= set(ind.needs), f"{name}: load hint {ind.load!r} names kinds it does not need"
    if ind.load:
        assert named, f"{name}: load hint {ind.load!r} is not an `amity data import KIND` command"


def test_description_defaults_to_the_whole_first_paragraph() -> None:
    def f(dyad: Any) -> pd.DataFrame:
        """Deliveries from a to b per year (SIPRI TIV millions), spread
        evenly over each deal's delivery years.

        More detail that is not the description.
        """
        return pd.DataFrame()

    indicator("registry_test_desc", strand="test", unit="n")(f)
    try:
        ind = indicators.get("registry_test_desc")
        assert ind.description == ("Deliveries from a to b per year (SIPRI TIV millions), spread evenly over each "
                                   "deal's delivery years.")
        assert ind.shape == "series" and ind.needs == () and not ind.estimate
        assert "registry_test_desc" in ind.missing and "amity data status" in ind.missing
    finally:
        indicators.registry().pop("registry_test_desc")


def test_decorator_checks_its_facts() -> None:
    with pytest.raises(ValueError, match="shape"):
        indicator("registry_test_bad", strand="t", unit="n", shape="cube")
    with pytest.raises(ValueError, match="estimate_note"):
        indicator("registry_test_bad", strand="t", unit="n", estimate_note="how")
    ind = Indicator("x", lambda d: pd.DataFrame(), "t", "n", False, "d", load="amity data import sipri F.csv")
    assert ind.load_kinds() == ["sipri"] and "`amity data import sipri F.csv`" in ind.missing
    assert not ind.accepts("exclude_sources")


def _dyad_methods() -> list[str]:
    return sorted(n for n, m in inspect.getmembers(Dyad, inspect.isfunction)
                  if not n.startswith("_") and n not in NOT_INDICATORS)


def test_dyad_methods_are_registered_indicators() -> None:
    names = _dyad_methods()
    assert len(names) >= 25
    missing = set(names) - set(indicators.registry())
    assert not missing, f"Dyad methods without a registered indicator: {sorted(missing)}"


@pytest.mark.parametrize("method", _dyad_methods())
def test_each_dyad_method_calls_its_indicator(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    real = indicators.registry()[method]

    def spy(dyad: Dyad, **kw: Any) -> pd.DataFrame:
        calls.append(kw)
        return pd.DataFrame({"year": [2000], "value": [1.0]})

    monkeypatch.setitem(indicators.registry(), method, Indicator(method, spy, real.strand, real.unit, real.directed,
                                                                 real.description))
    out = getattr(Dyad("CHN", "RUS"), method)()
    assert len(calls) == 1 and list(out["value"]) == [1.0]
