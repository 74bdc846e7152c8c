"""Hostile claim files: ``amity claims check FILE.yaml`` answers amity's one-line error and exit code 2
(file, line where known, what was expected), never a traceback -- the claims loader reads YAML through
the shared guarded reader (:func:`amity.sources._validate.safe_yaml`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from amity.sources._validate import MAX_DEPTH, MAX_INT_DIGITS, MAX_YAML_BYTES, MAX_YAML_NODES

CLAIM = """\
- id: a-value
  text: transfers were worth something in 2005
  said_in: {source: fiia-2018, locator: "p. 6"}
  indicator: deliveries_tiv
  dyad: [RUS, CHN]
  test: value
  period: [2005, 2005]
  expected: 12
"""


def _alias_bomb() -> str:
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghi"
    for prev, name in zip(names, names[1:]):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(levels) + "\n"


def _nested_mapping(depth: int) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v: 1\n"


#: name -> (file bytes, regular expression the one line must match)
CASES: dict[str, tuple[bytes, str]] = {
    # a 5,000-digit integer where the claim expects a number: line 8 of the file
    "huge-integer": (CLAIM.replace("expected: 12", "expected: " + "9" * 5000).encode(),
                     rf"huge-integer\.yaml:8: expected an integer of at most {MAX_INT_DIGITS} digits"),
    "huge-negative-integer": (CLAIM.replace("expected: 12", "expected: -" + "1" * 5000).encode(),
                              r"huge-negative-integer\.yaml:8: expected an integer of at most"),
    "deep-flow": (("- " + "[" * 5000 + "]" * 5000 + "\n").encode(),
                  rf"deep-flow\.yaml: expected YAML nested at most {MAX_DEPTH} levels deep"),
    "deep-block": (_nested_mapping(200).encode(),
                   rf"deep-block\.yaml:{MAX_DEPTH + 1}: expected YAML nested at most {MAX_DEPTH} levels deep"),
    "alias-bomb": (_alias_bomb().encode(), rf"alias-bomb\.yaml: expected YAML of at most {MAX_YAML_NODES:,} values"),
    "bad-utf8": (CLAIM.replace("p. 6", "p. \udcff6").encode("utf-8", "surrogateescape"),
                 r"bad-utf8\.yaml:3: expected UTF-8 text, found byte 0xff"),
    "latin1": (CLAIM.replace("something", "caf\u00e9").encode("latin-1"),
               r"latin1\.yaml:2: expected UTF-8 text, found byte 0xe9"),
    "unclosed": (b"- id: x\n  dyad: [RUS, CHN\n  test: {\n", r"unclosed\.yaml:3: expected valid YAML"),
    "python-tag": (b"- !!python/object/apply:os.system ['true']\n", r"python-tag\.yaml: expected valid YAML"),
    "unhashable-key": (b"- ? [a, b]\n  : 1\n", r"unhashable-key\.yaml: expected valid YAML"),
    "binary": (b"\x00\x01\x02PK\x03\x04" * 50, r"binary\.yaml(:\d+)?: expected"),
}


def _check(file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    """Run the console entry point (``amity claims check FILE``) in this process: (exit code, stderr)."""
    from amity.cli import main

    monkeypatch.setattr(sys, "argv", ["amity", "claims", "check", str(file)])
    with pytest.raises(SystemExit) as stop:
        main()
    return int(stop.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_claim_file_is_one_line_and_exit_2(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data, pattern = CASES[name]
    file = tmp_path / f"{name}.yaml"
    file.write_bytes(data)
    code, err = _check(file, capsys, monkeypatch)
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert lines[0].startswith("amity: error: ")
    assert re.search(pattern, lines[0]), lines[0]


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "huge.yaml"
    with open(file, "wb") as fh:  # sparse where the file system allows: the size is what counts
        fh.write(CLAIM.encode())
        fh.seek(MAX_YAML_BYTES + 1)
        fh.write(b"\n")
    code, err = _check(file, capsys, monkeypatch)
    assert code == 2 and "Traceback" not in err
    assert err.count("\n") == 1
    assert f"huge.yaml: expected a YAML file of at most {MAX_YAML_BYTES:,} bytes" in err


def test_ordinary_file_still_loads_after_the_limits(tmp_path: Path) -> None:
    from amity.claims import load

    file = tmp_path / "ok.yaml"
    # 18 digits and 40 levels (the list, a claim, params, 36 nested lists, a number) are within the limits;
    # a BOM is accepted
    nested = "[" * (MAX_DEPTH - 4) + "1" + "]" * (MAX_DEPTH - 4)
    file.write_bytes(b"\xef\xbb\xbf" + CLAIM.replace("expected: 12", "expected: " + "9" * MAX_INT_DIGITS).encode()
                     + f"  params: {{note: {nested}}}\n".encode())
    (claim,) = load(file)
    assert claim.expected == int("9" * MAX_INT_DIGITS)
    assert claim.id == "a-value"


def test_command_line_shows_no_traceback(tmp_path: Path) -> None:
    """The installed command, as a user runs it, in its own process."""
    file = tmp_path / "c.yaml"
    file.write_text(CLAIM.replace("expected: 12", "expected: " + "7" * 5000), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "amity", "claims", "check", str(file)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1
    assert "c.yaml:8: expected an integer of at most" in run.stderr
