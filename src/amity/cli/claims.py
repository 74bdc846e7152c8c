"""``amity claims``: check a brief's claims against the data, or list the candidate claims in a brief."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from amity import claims as cl
from amity.claims import ClaimResult
from amity.claims.model import checkable
from amity.cli.options import CsvOpt, store_path
from amity.cli.output import emit, fmt_of
from amity.dossier import load_dossier
from amity.errors import AmityError, InputError
from amity.states import lookup
from amity.store import Store

app = typer.Typer(help="Check claims (YAML or a brief's text) against the data; extract candidate claims.",
                  no_args_is_help=True)

FAIL_ON = ("contradicted", "unverifiable")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return path.read_text(encoding="latin-1")
    except OSError as exc:
        raise InputError(str(path), None, None, f"cannot read file ({exc})") from None


def _source_for(path: Path) -> str:
    """The dossier key of a brief (by its document file name), else the file's stem."""

    src = load_dossier().sources
    if "document" in src.columns:
        hit = src[src["document"].astype(str) == path.name]
        if not hit.empty:
            return str(hit.iloc[0]["key"])
    return path.stem


#: said under every table of claims read from a brief's text (docs/claims.md, "Evaluation of extraction")
MACHINE_READ = ("The claims of a brief's text were read by amity's extractor: on briefs it was not written on, some "
                "pre-filled claims are misread and most figures are left unread (docs/claims.md, 'Evaluation of "
                "extraction'). Review each pre-filled claim before relying on its verdict.")


RankerOpt = typer.Option(False, "--ranker/--no-ranker", help="Also read figures with the slot ranker (a model "
                         "trained on labelled briefs; each claim it pre-fills says so in its notes). Off by default: "
                         "more figures pre-filled, some of them misread (docs/claims.md, 'Evaluation of extraction').")


@app.command()
def check(
    file: Path | None = typer.Argument(None, help="Claims (.yaml/.yml) or a brief's text (.txt: extract + check)."),
    dossier: bool = typer.Option(False, "--dossier", help="Check the embedded dossier's claims."),
    as_json: bool = typer.Option(False, "--json", help="JSON records (with each claim's data series)."),
    as_csv: bool = CsvOpt,
    fail_on: str | None = typer.Option(None, "--fail-on", help="Exit 1 if any claim is contradicted "
                                       "(or, with 'unverifiable', contradicted or unverifiable)."),
    source: str | None = typer.Option(None, "--source", help="Dossier key of the brief (.txt input); its own "
                                      "records are never used as evidence. Default: found by file name."),
    home: Path | None = typer.Option(None, "--home", help="amity data folder (default $AMITY_HOME)."),
    as_of: int | None = typer.Option(None, "--as-of", help="Year of the brief's date (.txt input), when its "
                                     "metadata does not give one: 'since 2015' runs to the year before."),
    ranker: bool = RankerOpt,
) -> None:
    """Check claims and print one verdict per claim: supported, contradicted or unverifiable."""

    fmt = fmt_of(as_json, as_csv)
    if fail_on is not None and fail_on not in FAIL_ON:
        raise AmityError(f"--fail-on: expected one of {', '.join(FAIL_ON)}, got {fail_on!r}")
    if (file is None) == (not dossier):
        raise AmityError("give a claims file (.yaml, .yml) or a brief (.txt), or --dossier (not both)")
    store = Store(store_path(home), read_only=True) if home else None
    extra: list[cl.ClaimResult] = []
    if dossier:
        results = cl.check_dossier(store)
    else:
        assert file is not None
        if not file.exists():
            raise InputError(str(file), None, None, "no such file")
        suffix = file.suffix.lower()
        if suffix in (".yaml", ".yml"):
            results = cl.check(cl.load(file), store)
        elif suffix in (".txt", ".text", ".md"):
            key = source or _source_for(file)
            cands = cl.extract(_read_text(file), source=key, as_of=as_of, ranker=ranker)
            good, bad = checkable([(c.id, c.claim) for c in cands if c.claim], file=file.name)
            results = cl.check(good, store)
            why = dict(bad)
            extra = [_not_recognised(c, key, None if c.claim is None else f"not checkable: {why[c.id]}")
                     for c in cands if not c.claim or c.id in why]
        else:
            raise InputError(str(file), None, None, "expected a claims file (.yaml, .yml) or a brief's text (.txt)")
    everything = results + extra
    if fmt == "json":
        sys.stdout.write(json.dumps([r.to_dict(with_series=True) for r in everything], ensure_ascii=False,
                                    indent=1, default=str) + "\n")
    else:
        df = cl.results_frame(everything)
        if fmt == "csv":  # said_in and evidence_sources as in JSON, one JSON text per cell
            df["said_in"] = [json.dumps({"source": r.source, "locator": r.locator}, ensure_ascii=False)
                             for r in everything]
            df["evidence_sources"] = [json.dumps(r.evidence_sources, ensure_ascii=False) for r in everything]
        cols = ["id", "verdict", "test", "indicator", "period", "found", "expected", "reason"] \
            if fmt == "table" else list(df.columns)
        emit(df[cols], fmt, title="Claims checked")
    counts = cl.summary(everything)
    if fmt == "table":
        typer.echo(", ".join(f"{n} {v}" for v, n in counts.items()), err=True)
        if file is not None and file.suffix.lower() in (".txt", ".text", ".md"):
            typer.echo(MACHINE_READ, err=True)
    if fail_on == "contradicted" and counts["contradicted"]:
        raise typer.Exit(1)
    if fail_on == "unverifiable" and (counts["contradicted"] or counts["unverifiable"]):
        raise typer.Exit(1)


def _not_recognised(c, key: str, reason: str | None = None):  # noqa: ANN001, ANN202
    """An ``unverifiable`` result for a passage with no claim (or a malformed one: ``reason`` says why)."""

    cl = c.claim or {}
    return ClaimResult(id=c.id, text=str(cl.get("text") or c.passage[:80]), passage=c.passage,
                       said_in={"source": key, "locator": f"paragraph {c.paragraph}, sentence {c.sentence}"},
                       indicator=str(cl.get("indicator") or ""), test=c.kind, dyad=("", ""),
                       period=(min(c.years or [0]), max(c.years or [0])),
                       verdict="unverifiable", found=None, expected=None, tolerance=0.0, unit=None,
                       reason=reason or "not recognised: no indicator matched this sentence")


@app.command()
def extract(
    textfile: Path = typer.Argument(..., help="A brief's text (extracted from a PDF or a web page)."),
    as_json: bool = typer.Option(False, "--json", help="JSON records with the pre-filled structured claims."),
    as_csv: bool = CsvOpt,
    source: str | None = typer.Option(None, "--source", help="Dossier key of the brief (written into said_in)."),
    pair: str | None = typer.Option(None, "--pair", help="The two states, e.g. CHN,RUS (default: the two the "
                                    "text names most)."),
    as_of: int | None = typer.Option(None, "--as-of", help="Year of the brief's date, when its metadata does "
                                     "not give one: 'since 2015' runs to the year before."),
    ranker: bool = RankerOpt,
) -> None:
    """List the candidate claims in a brief: sentences with years, amounts, shares, counts, comparatives."""

    fmt = fmt_of(as_json, as_csv)
    if not textfile.exists():
        raise InputError(str(textfile), None, None, "no such file")
    pr = None
    if pair:
        parts = [p.strip() for p in pair.split(",") if p.strip()]
        if len(parts) != 2:
            raise AmityError(f"--pair: expected two states such as CHN,RUS, got {pair!r}")
        pr = (lookup(parts[0]).code, lookup(parts[1]).code)
    cands = cl.extract(_read_text(textfile), pair=pr, source=source or _source_for(textfile), as_of=as_of,
                       ranker=ranker)
    if fmt == "json":
        sys.stdout.write(json.dumps([c.to_dict() for c in cands], ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        df = cl.candidates_frame(cands)
        emit(df if fmt == "csv" else df[["id", "kind", "passage", "indicator", "test", "period", "expected"]], fmt,
             title=f"Candidate claims in {textfile.name}")
        if fmt == "table":
            typer.echo(MACHINE_READ, err=True)
