"""amity: measure security cooperation between states, with the evidence behind every number.

>>> import amity
>>> d = amity.Dyad("CHN", "RUS")
>>> d.exercises_per_year()          # doctest: +SKIP
>>> d.report("amity-report-CHN-RUS.html")   # doctest: +SKIP
"""

from __future__ import annotations

from amity import states
from amity.dyad import Dyad
from amity.errors import AmityError, InputError, UnknownState
from amity.store import Store, open_store

__version__ = "0.1.0"
__all__ = ["AmityError", "Dyad", "InputError", "Store", "UnknownState", "open_store", "states", "__version__"]
