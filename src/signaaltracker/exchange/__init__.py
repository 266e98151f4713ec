"""Imports and exports: figures, EUDA wastewater files, full-dataset JSON, and the demo world."""
