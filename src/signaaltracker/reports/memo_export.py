"""Exporting a memo: compose, render to an archivable PDF, hash it and keep it in the memo history."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from signaaltracker.domain.memo import Memo
from signaaltracker.reports.memo_compose import MemoDocument, MemoError, compose_memo
from signaaltracker.store import Store
from signaaltracker.store.base import now


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    memo: Memo  # the history record as stored
    document: MemoDocument
    findings: list = field(default_factory=list)  # domain.privacy.Finding flagged by the screening on the way out
    masked: bool = True


def sha256_of(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot_of(document: MemoDocument) -> dict:
    """A JSON-safe record of exactly what was printed (the logo by its SHA-256)."""
    record = asdict(document)
    logo = record.pop("logo", None)
    record["logo_sha256"] = hashlib.sha256(logo).hexdigest() if logo else ""
    return json.loads(json.dumps(record, ensure_ascii=False))


def check_exportable(memo: Memo) -> None:
    """Raise MemoError (with the field) when the memo lacks what a PDF for the council needs."""
    missing = memo.missing_for_export()
    if missing:
        field_name, message = missing[0]
        raise MemoError(message, field_name)


def export_memo(
    store: Store,
    memo: Memo,
    out: str | os.PathLike,
    *,
    record: bool = True,
    new_record: bool = False,
    mask: bool = True,
) -> ExportResult:
    """Write the memo to ``out`` (PDF/A-2b) and, with ``record``, keep it in the history.

    A memo not yet exported is marked as exported itself; an already exported memo (or one not stored) yields a
    new history record, so what was printed earlier is never changed. ``new_record`` always adds one (the CLI
    leaves the coordinator's draft alone). What the privacy screening flags is masked in the PDF unless ``mask``
    is False (reports.screening); the findings are in the result either way.
    """
    from signaaltracker.reports.memo_render import render_memo

    check_exportable(memo)
    document = compose_memo(store, memo)
    document, findings = screen_memo(store, document, mask)
    path = render_memo(document, out)
    digest = sha256_of(path)
    stored = memo
    if record:
        exported = replace(memo, snapshot=snapshot_of(document), pdf_sha256=digest, exported_at=now())
        if memo.id is not None and memo.exported_at is None and not new_record:
            stored = store.memos.update(exported)
        else:
            stored = store.memos.add(replace(exported, id=None, created_at=None))
    return ExportResult(path, digest, stored, document, findings, mask)


def screen_memo(store: Store, document: MemoDocument, mask: bool = True) -> tuple[MemoDocument, list]:
    """The document with personal data masked (or as it is, ``mask`` False) and what the screening found."""
    from signaaltracker.reports.screening import masked, screen, screening_for

    screening = screening_for(store)
    if mask:
        return masked(document, screening)
    return document, screen(document, screening)


def reprint_edition(store: Store, memo: Memo, out: str | os.PathLike, *, mask: bool = True) -> ExportResult:
    """Print a frozen edition again exactly as it was saved (from its snapshot); the history is not changed.

    Screened like a new export: an edition once printed with its personal data kept is masked unless ``mask`` is
    False (an edition printed masked has nothing left to find, so it comes out unchanged)."""
    from signaaltracker.reports.memo_compose import document_from_snapshot, logo_png
    from signaaltracker.reports.memo_render import render_memo

    if memo.snapshot is None:
        raise MemoError("Van deze memo is niet bewaard wat er gedrukt is.")
    document = document_from_snapshot(memo.snapshot, logo_png(store.settings))
    document, findings = screen_memo(store, document, mask)
    path = render_memo(document, out)
    return ExportResult(path, sha256_of(path), memo, document, findings, mask)


def latest_memo(store: Store) -> Memo:
    """The memo Raadsmemo opens and the CLI exports: the newest edition, else defaults from the settings."""
    newest = store.memos.newest()
    return newest if newest is not None else default_memo(store)


def default_memo(store: Store) -> Memo:
    """A first memo with the house-style defaults from the settings."""
    settings = store.settings
    return Memo(
        recipients=str(settings.get("memo.recipients") or ""),
        sender=str(settings.get("memo.sender") or ""),
        signature=str(settings.get("memo.signature") or ""),
        subject="Signalen en feiten over middelengebruik door jongeren",
    )
