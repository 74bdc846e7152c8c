"""Fuzzing every importer: damaged copies of small real-layout seeds, against a store already holding a
valid import. Each run must end in a successful import or in amity's one-line error (exit code 2 on the
command line) -- never a traceback -- and a failed run must leave the store exactly as it was.

A few hundred cases run with the tests (derandomized, so CI is repeatable); ``make fuzz`` runs
thousands with fresh random choices (``AMITY_FUZZ_EXAMPLES`` cases per seed, ``AMITY_FUZZ_RANDOM=1``)
and prints the tally (``AMITY_FUZZ_REPORT=FILE`` also writes it as JSON).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis (dev extra) is needed for the fuzzing suite")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from amity import loading  # noqa: E402
from amity.errors import AmityError  # noqa: E402
from amity.sources._validate import MAX_FIELD_CHARS  # noqa: E402
from amity.store import Store  # noqa: E402
from tests.fuzz.seeds import FOLDER_KINDS, SEEDS  # noqa: E402

EXAMPLES = int(os.environ.get("AMITY_FUZZ_EXAMPLES", "22"))
RANDOM = os.environ.get("AMITY_FUZZ_RANDOM", "") not in ("", "0")
CASES = [(kind, name, fn) for kind, seeds in SEEDS.items() for name, fn in seeds]
TALLY: Counter = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    if not TALLY:
        return
    line = (f"fuzz: {TALLY['cases']} cases, {TALLY['imported']} imported, {TALLY['refused']} refused with one "
            f"line (exit 2), {TALLY['tracebacks']} tracebacks, {TALLY['changed']} stores changed after a failure")
    print("\n" + line)
    if os.environ.get("AMITY_FUZZ_REPORT"):
        Path(os.environ["AMITY_FUZZ_REPORT"]).write_text(json.dumps(dict(TALLY), indent=1, sort_keys=True))


@pytest.fixture(scope="module")
def seed_bytes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    return {name: fn(folder).read_bytes() for _kind, seeds in SEEDS.items() for name, fn in seeds}


# -- mutations -----------------------------------------------------------------------------------
def _lines(b: bytes) -> list[bytes]:
    return b.split(b"\n")


@st.composite
def mutated(draw: st.DrawFn, original: bytes, others: list[bytes]) -> tuple[str, bytes]:
    """(what was done, the damaged bytes)."""
    n = len(original)
    how = draw(st.sampled_from(["truncate", "flip", "flip-block", "insert", "delete", "crlf", "cr", "utf16",
                                "latin1", "huge-field", "big-number", "bad-number", "duplicate-line",
                                "header-only", "other-importer", "zipped", "empty", "swap-lines"]))
    pos = draw(st.integers(0, max(n - 1, 0)))
    if how == "truncate":
        return how, original[:pos]
    if how == "flip":
        k = draw(st.integers(1, 8))
        out = bytearray(original)
        for i in range(pos, min(pos + k, n)):
            out[i] ^= draw(st.integers(1, 255))
        return how, bytes(out)
    if how == "flip-block":
        out = bytearray(original)
        for i in range(pos, min(pos + 4096, n)):
            out[i] ^= 0xFF
        return how, bytes(out)
    if how == "insert":
        return how, original[:pos] + draw(st.binary(min_size=1, max_size=64)) + original[pos:]
    if how == "delete":
        return how, original[:pos] + original[pos + draw(st.integers(1, 256)):]
    if how == "crlf":
        return how, original.replace(b"\n", b"\r\n")
    if how == "cr":
        return how, original.replace(b"\n", b"\r")
    if how in ("utf16", "latin1"):
        text = original.decode("utf-8", errors="replace")
        return how, text.encode("utf-16") if how == "utf16" else text.encode("latin-1", errors="replace")
    lines = _lines(original)
    k = draw(st.integers(0, max(len(lines) - 1, 0)))
    if how == "huge-field":
        lines[k] = lines[k][:5] + b"x" * (MAX_FIELD_CHARS + 10) + lines[k][5:]
        return how, b"\n".join(lines)
    if how in ("big-number", "bad-number"):
        import re

        digits = [m.span() for m in re.finditer(rb"\d+", original)]
        if not digits:
            return how, original
        a, b = digits[draw(st.integers(0, len(digits) - 1))]
        repl = draw(st.sampled_from([b"9" * 30, b"1" + b"0" * 20, b"99999999999", b"1e309"] if how == "big-number"
                                    else [b"inf", b"-inf", b"nan", b"\xef\xbc\x91\xef\xbc\x92", b"1,5", b"-",
                                          b"0x1F", b""]))
        return how, original[:a] + repl + original[b:]
    if how == "duplicate-line":
        return how, b"\n".join(lines[: k + 1] + [lines[k]] + lines[k + 1:])
    if how == "swap-lines":
        j = draw(st.integers(0, max(len(lines) - 1, 0)))
        lines[k], lines[j] = lines[j], lines[k]
        return how, b"\n".join(lines)
    if how == "header-only":
        return how, b"\n".join(lines[: k + 1]) + b"\n"
    if how == "other-importer":
        return how, draw(st.sampled_from(others)) if others else original
    if how == "zipped":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("data.csv", original)
        z = buf.getvalue()
        return how, z[: draw(st.integers(len(z) // 2, len(z)))]
    return how, b""


def _snapshot(store: Store) -> str:
    """Everything a failed import could have changed: provenance, every table's rows, files beside it."""
    tables = {}
    for name in sorted(store.execute("SELECT table_name FROM duckdb_tables()")):
        tables[name[0]] = store.query(f'SELECT count(*) AS n, sum(hash(COLUMNS(*))) AS h FROM "{name[0]}"'
                                      ).astype(str).to_dict(orient="records")
    files = sorted(str(p.relative_to(store.path.parent)) for p in store.path.parent.rglob("*")
                   if p.is_file() and p.suffix != ".wal" and p.name != store.path.name)
    return json.dumps({"tables": tables, "files": files}, sort_keys=True, default=str)


@pytest.mark.parametrize(("kind", "name", "write"), CASES, ids=[f"{k}-{n}" for k, n, _ in CASES])
def test_damaged_input_ends_in_an_import_or_one_line_and_an_unchanged_store(
        kind: str, name: str, write, seed_bytes: dict[str, bytes], tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "seed").mkdir()
    seed = write(tmp_path / "seed")
    store = Store(tmp_path / "home" / "amity.duckdb")
    in_folder = kind in FOLDER_KINDS  # the seed is one file of a set, imported as a folder
    loading.import_files(store, kind, [seed.parent if in_folder else seed], refresh=False)  # a valid import
    original = seed.read_bytes()
    others = [b for n, b in seed_bytes.items() if n != name]
    target = tmp_path / "in" / seed.name
    target.parent.mkdir()
    if in_folder:
        for companion in seed.parent.iterdir():
            if companion.name != seed.name:
                shutil.copy(companion, target.parent / companion.name)

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not RANDOM,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def run(data: st.DataObject) -> None:
        how, damaged = data.draw(mutated(original, others), label="mutation")
        target.write_bytes(damaged)
        before = _snapshot(store)
        TALLY["cases"] += 1
        try:
            loading.import_files(store, kind, [target.parent if in_folder else target], replace=in_folder,
                                 refresh=False)
        except AmityError as exc:
            msg = str(exc)
            TALLY["refused"] += 1
            if _snapshot(store) != before:
                TALLY["changed"] += 1
                raise AssertionError(f"{how}: a failed import changed the store: {msg}") from None
            assert msg and "\n" not in msg and "Traceback" not in msg, f"{how}: not one line: {msg!r}"
            return
        except BaseException:
            TALLY["tracebacks"] += 1
            raise
        TALLY["imported"] += 1

    try:
        run()
    finally:
        store.close()
