"""SignaalTracker: signals, meetings and facts about youth drug use, and the council memo."""

__version__ = "0.1.0"
