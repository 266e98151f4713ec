"""Themes chosen by typing: a line edit that completes each comma-separated name against the theme list."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from signaaltracker.domain.errors import DomainError
from signaaltracker.ui.i18n import tr


class _SegmentCompleter(QCompleter):
    """Completes only the part after the last comma, and keeps what came before it."""

    def __init__(self, names: list[str], edit: QLineEdit) -> None:
        super().__init__(QStringListModel(names), edit)
        self.edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        head = self.edit.text().rsplit(",", 1)[0] if "," in self.edit.text() else ""
        name = str(index.data())
        return f"{head.strip()}, {name}, " if head.strip() else f"{name}, "


class ThemeEdit(QLineEdit):
    """Type "3mmc, can" and pick from the pop-up; ``theme_ids()`` resolves names and unique beginnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._themes: dict[str, int] = {}
        self.setPlaceholderText(tr("typ een thema, bijvoorbeeld 3MMC, cannabis"))
        self.setAccessibleName(tr("Thema's"))

    def set_themes(self, themes: list[tuple[int, str]]) -> None:
        self._themes = {name: theme_id for theme_id, name in themes}
        self.setCompleter(_SegmentCompleter(sorted(self._themes, key=str.lower), self))

    def names(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def theme_ids(self) -> list[int]:
        ids = []
        for typed in self.names():
            ids.append(self._resolve(typed))
        return ids

    def _resolve(self, typed: str) -> int:
        wanted = typed.casefold()
        for name, theme_id in self._themes.items():
            if name.casefold() == wanted:
                return theme_id
        starts = [i for name, i in self._themes.items() if name.casefold().startswith(wanted)]
        if len(starts) == 1:
            return starts[0]
        if len(starts) > 1:
            raise DomainError(tr("'{typed}' past bij meer dan één thema; typ verder.").format(typed=typed), "thema")
        raise DomainError(
            tr("Het thema '{typed}' bestaat niet; kies een thema uit de lijst.").format(typed=typed), "thema"
        )

    def set_theme_ids(self, ids: list[int]) -> None:
        by_id = {theme_id: name for name, theme_id in self._themes.items()}
        self.setText(", ".join(by_id[i] for i in ids if i in by_id))
