"""Themes chosen by typing: a line edit that completes each comma-separated name against the theme list.

Typing and matching ignore case and everything but letters and digits, so "3mmc" and "3mm" find "3-MMC" and
"telefoon social" finds "Telefoon/social media"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from signaaltracker.domain.errors import DomainError
from signaaltracker.ui.i18n import tr

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def match_key(text: str) -> str:
    """What typing is compared on: lower case, letters and digits only ("3-MMC" → "3mmc")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class _SegmentCompleter(QCompleter):
    """Completes only the part after the last comma, and keeps what came before it."""

    def __init__(self, names: list[str], edit: QLineEdit) -> None:
        model = QStandardItemModel(edit)
        for name in names:
            item = QStandardItem(name)
            item.setData(match_key(name), KEY_ROLE)
            model.appendRow(item)
        super().__init__(model, edit)
        self.edit = edit
        self.setCompletionRole(KEY_ROLE)  # matched on the key; the pop-up shows and inserts the name
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [match_key(path.split(",")[-1])]

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
        for name, theme_id in self._themes.items():
            if name.casefold() == typed.casefold():
                return theme_id
        wanted = match_key(typed)
        same = [i for name, i in self._themes.items() if match_key(name) == wanted]
        if len(same) == 1:
            return same[0]
        starts = [i for name, i in self._themes.items() if wanted and match_key(name).startswith(wanted)]
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
