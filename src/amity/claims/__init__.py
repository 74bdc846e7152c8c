"""Claims: checkable statements from the briefs, checked against the data.

>>> from amity import claims
>>> results = claims.check(claims.load("my-claims.yaml"))     # doctest: +SKIP
>>> claims.results_frame(results)[["id", "verdict", "found", "reason"]]   # doctest: +SKIP
>>> claims.extract(open("brief.txt").read())                 # doctest: +SKIP

* :func:`load` reads and validates a YAML file of claims (format: ``docs/claims.md``);
* :func:`check` gives each claim a verdict (``supported``, ``contradicted``, ``unverifiable``) with the
  figure found, the reason and the sources (with vintages) used — never the document making the claim;
* :func:`check_dossier` checks the embedded dossier's claims;
* :func:`extract` lists the candidate claims of a brief's text (a PDF's or web page's text).
"""

from __future__ import annotations

from amity.claims.brief import clean_text, sentences
from amity.claims.check import (
    VERDICTS,
    ClaimResult,
    check,
    check_dossier,
    check_one,
    load_hint,
    results_frame,
    summary,
)
from amity.claims.extract import Candidate, candidates_frame, extract
from amity.claims.model import TESTS, Claim, dossier_claims, from_dict, load, parse

__all__ = [
    "TESTS", "VERDICTS", "Candidate", "Claim", "ClaimResult", "candidates_frame", "check",
    "check_dossier", "check_one", "clean_text", "dossier_claims", "extract", "from_dict", "load", "load_hint",
    "parse", "results_frame", "sentences", "summary",
]
