"""The meeting screens: the selected meeting's detail pane and its tabs (agenda, attendance, signals)."""
