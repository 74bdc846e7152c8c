"""The local web dashboard and JSON API (``amity serve``).

:func:`amity.web.app.create_app` builds the FastAPI application: pages to pick a pair of states, a
dyad overview with the report's sections, the claims and the sources, a data page, downloads, and a
read-only JSON API documented at ``/openapi.json``. Every asset is served locally: no page loads
anything from elsewhere.
"""

from __future__ import annotations

from amity.web.app import create_app

__all__ = ["create_app"]
