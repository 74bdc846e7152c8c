"""The layers point one way (sources → store → indicators → claims/report → web/cli), modules keep
their private names, and only ``store.py`` touches the database connection and its lock."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "amity"
#: package → packages it must never import
FORBIDDEN = {
    "sources": ("indicators", "report", "claims", "web", "cli"),
    "indicators": ("report", "claims", "web", "cli"),
    "claims": ("report", "web", "cli"),
    "report": ("web", "cli"),
    "web": ("cli",),
}


def modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(tree: ast.AST, here: str, is_package: bool) -> list[tuple[str, list[str], int]]:
    """``(module, names, line)`` of every import, relative ones resolved."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, [], node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:
                base = here.split(".") if is_package else here.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([mod] if mod else []))
            out.append((mod, [a.name for a in node.names], node.lineno))
    return out


@functools.cache
def parsed() -> list[tuple[Path, str, ast.AST]]:
    return [(p, module_name(p), ast.parse(p.read_text(encoding="utf-8"))) for p in modules()]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_point_one_way(package: str) -> None:
    bad = []
    for path, name, tree in parsed():
        if not name.startswith(f"amity.{package}"):
            continue
        for mod, _, line in imports(tree, name, path.name == "__init__.py"):
            for other in FORBIDDEN[package]:
                if mod == f"amity.{other}" or mod.startswith(f"amity.{other}."):
                    bad.append(f"{path.relative_to(SRC)}:{line} imports {mod}")
    assert not bad, "\n".join(bad)


def test_no_private_name_is_imported_across_modules() -> None:
    bad = []
    for path, name, tree in parsed():
        for mod, names, line in imports(tree, name, path.name == "__init__.py"):
            if not mod.startswith("amity"):
                continue
            for n in names:
                if n.startswith("_") and not n.startswith("__"):
                    bad.append(f"{path.relative_to(SRC)}:{line} imports {n} from {mod}")
    assert not bad, "\n".join(bad)


def test_only_the_store_touches_its_connection_and_lock() -> None:
    bad = []
    for path, _, tree in parsed():
        if path.name == "store.py" and path.parent == SRC:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "con":
                bad.append(f"{path.relative_to(SRC)}:{node.lineno} uses .con")
            if (isinstance(node, ast.Attribute) and node.attr == "_lock"
                    and not (isinstance(node.value, ast.Name) and node.value.id == "self")):
                bad.append(f"{path.relative_to(SRC)}:{node.lineno} uses another object's _lock")
    assert not bad, "\n".join(bad)


#: the modules of the claim readers, lowest first: each imports only those before it (docs/architecture.md)
CLAIM_READERS = ("lexicon", "wording", "brief", "figures", "events", "slots", "learned", "extract")


def test_the_claim_readers_point_one_way() -> None:
    bad = []
    for path, name, tree in parsed():
        here = name.rsplit(".", 1)[-1]
        if not name.startswith("amity.claims.") or here not in CLAIM_READERS:
            continue
        for mod, names, line in imports(tree, name, False):
            targets = [mod.rsplit(".", 1)[-1]] if mod.startswith("amity.claims.") else (
                names if mod == "amity.claims" else [])
            for t in targets:
                if t in CLAIM_READERS and CLAIM_READERS.index(t) >= CLAIM_READERS.index(here):
                    bad.append(f"{path.relative_to(SRC)}:{line} imports {t}")
    assert not bad, "\n".join(bad)
