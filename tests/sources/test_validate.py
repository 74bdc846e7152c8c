"""The shared reading rules: strict keys, lenient auxiliary cells with a threshold, limits, one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from amity.errors import InputError
from amity.sources import _validate as v
from amity.sources.sniff import sniff


def test_strict_int_names_the_line_of_the_first_bad_key() -> None:
    s = pd.Series(["1", "2", "x", "4"])
    with pytest.raises(InputError, match=r"^f\.csv:4: field 'year': expected an integer, got 'x'$"):
        v.strict_int(s, "f.csv", "year", first_line=2)
    with pytest.raises(InputError, match=r"f\.csv:3: field 'rcid': expected an integer"):
        v.strict_int(pd.Series(["7", "1" + "0" * 20]), "f.csv", "rcid", first_line=2)  # would overflow int64
    with pytest.raises(InputError, match=r"f\.csv:11: field 'year': expected a value between 1800 and 2100"):
        v.strict_int(pd.Series(["1999", "30000"]), "f.csv", "year", lines=[10, 11], lo=1800, hi=2100)
    assert v.strict_int(pd.Series([" 5", "6.0"]), "f.csv", "n").tolist() == [5, 6]


@pytest.mark.parametrize("cell", ["inf", "-inf", "1e309", "nan", "\uff11\uff12", "0x10", "1,5"])
def test_strict_number_refuses_what_is_not_a_finite_decimal(cell: str) -> None:
    with pytest.raises(InputError, match=r"f\.csv:3: field 'v': expected a finite number"):
        v.strict_number(pd.Series(["1.5", cell]), "f.csv", "v", first_line=2)


def test_lenient_cells_become_missing_and_are_reported_below_the_threshold() -> None:
    n = 300  # 1 % of 300 is 3: up to 3 bad cells are read as missing
    vals = pd.Series(["1.5"] * (n - 3) + ["x", "", "?"])
    rep = v.Lenient("f.csv")
    out = v.lenient_number(vals, rep, "pop", first_line=2)
    assert out.isna().sum() == 3 and out.iloc[0] == 1.5
    assert rep.bad == {"pop": 2}  # the empty cell is missing, not malformed
    assert "f.csv" in rep.note() and "line 299: 'x'" in rep.note()
    worse = pd.Series(["1"] * 99 + ["x", "y"])
    with pytest.raises(InputError, match=r"f\.csv:101: field 'pop'.*2 of 101 rows malformed, more than the 1%"):
        v.lenient_number(worse, v.Lenient("f.csv"), "pop", first_line=2)


def test_required_columns_name_the_closest_header() -> None:
    with pytest.raises(InputError, match="closest header found: 'SIPRI TIV of delivered weapon'"):
        v.require_columns(["Recipient", "SIPRI TIV of delivered weapon"], ["SIPRI TIV of delivered weapons"], "r.csv")


def test_duplicate_keys_name_the_second_line() -> None:
    df = pd.DataFrame({"code": ["CHN", "RUS", "CHN"], "year": [2000, 2000, 2000]})
    with pytest.raises(InputError, match=r"w\.csv:7: field 'code'.*code=CHN, year=2000"):
        v.duplicate_keys(df, ["code", "year"], "w.csv", first_line=5)


def test_decode_line_ends_bom_and_latin1() -> None:
    assert v.decode(b"\xef\xbb\xbfa,b\r\nc,d\re\n", "f") == "a,b\nc,d\ne\n"
    assert v.decode("Côte".encode("latin-1"), "f") == "Côte"
    with pytest.raises(InputError, match="NUL byte"):
        v.decode(b"a,b\n\x00\x00", "f")


def _zip(tmp: Path, members: dict[str, bytes], name: str = "x.zip") -> Path:
    path = tmp / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    return path


def test_zip_member_refuses_damage_bombs_and_ambiguity(tmp_path: Path) -> None:
    good = _zip(tmp_path, {"API_X.csv": b"a,b\n", "Metadata_Country.csv": b"m\n"})
    assert v.zip_member(good, r"\.csv$") == ("API_X.csv", b"a,b\n")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:40])
    with pytest.raises(InputError, match="damaged or truncated"):
        v.zip_member(cut)
    two = _zip(tmp_path, {"a.csv": b"1", "b.csv": b"2"}, "two.zip")
    with pytest.raises(InputError, match="found 2"):
        v.zip_member(two, r"\.csv$")
    bomb = _zip(tmp_path, {"big.csv": b"0" * (8 << 20)}, "bomb.zip")  # 8 MiB of zeros compress ~1000:1
    with pytest.raises(InputError, match="zip bomb"):
        v.zip_member(bomb)


def test_guard_makes_any_parse_failure_one_line() -> None:
    with pytest.raises(InputError) as err:
        with v.guard("f.csv", "a CSV file"):
            raise ValueError("Error tokenizing data.\nC error: Expected 3 fields\n")
    want = "f.csv: expected a CSV file (ValueError: Error tokenizing data. C error: Expected 3 fields)"
    assert str(err.value) == want
    with pytest.raises(KeyboardInterrupt), v.guard("f.csv", "x"):
        raise KeyboardInterrupt


@pytest.mark.parametrize(("text", "match"), [
    ("a: " + "1" * 5000, r"c\.yaml:1: expected an integer of at most 18 digits"),
    ("[" * 500 + "]" * 500, "nested at most 40 levels"),
    ("a: [1, 2\nb: {", r"c\.yaml:2: expected valid YAML"),
    ("!!python/object/apply:os.system ['true']", "expected valid YAML"),
])
def test_hostile_yaml_is_one_line(text: str, match: str) -> None:
    with pytest.raises(InputError, match=match) as err:
        v.safe_yaml(text, "c.yaml")
    assert "\n" not in str(err.value)


def test_safe_yaml_reads_ordinary_documents() -> None:
    assert v.safe_yaml("claims:\n  - id: x\n    value: 12\n", "c.yaml") == {"claims": [{"id": "x", "value": 12}]}


def test_sniffing_the_real_files(shared_data: Path) -> None:
    want = {"cow/NMC-60-abridged.csv": "nmc", "gdelt/1982.csv": "gdelt", "gdelt/20160728.export.CSV": "gdelt",
            "gdelt/bigquery-export-usa-chn-2018.csv": "gdelt", "sipri/trade-register-2025-03.csv": "sipri",
            "sipri/tiv-imports-by-recipient-2024-10.csv": "sipri", "sipri/SIPRI-Milex-data-1948-2023.xlsx": "milex",
            "unga/un_votes.rda": "unga", "wdi/API_NY.GDP.MKTP.KD_DS2_en_csv_v2_3630701.zip": "wdi",
            "cow/states2016.csv": None}
    assert {f: sniff(shared_data / f) for f in want} == want


def test_sniff_reads_only_the_head(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_bytes(b"ccode1,ccode2,year,defense\n" + io.BytesIO(b"2,20,1950,1\n" * 100_000).getvalue())
    assert sniff(p) == "alliances"


def test_a_zip_python_cannot_open_is_a_one_line_error_not_a_crash(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"API_X.csv": b"a,b\n"}, "API_X.zip")
    data = bytearray(path.read_bytes())
    cd = data.index(b"PK\x01\x02")
    data[cd + 6] = 84  # "needs zip version 8.4": zipfile raises NotImplementedError
    path.write_bytes(bytes(data))
    assert sniff(path) in (None, "wdi")
    with pytest.raises(InputError, match="damaged or truncated"):
        v.zip_member(path)
