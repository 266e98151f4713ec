"""The ``signaaltracker`` command. Only the GUI command imports Qt."""
