"""Reports: composing the council memo, agenda and minutes as plain data, and rendering them as PDF/A."""
