"""Whether plots draw charts or tables: a setting of its own, so that the tutor can choose it
when it starts without loading the plotting code."""
from __future__ import annotations

mode: bool | None = None   # None: decide from the output stream
margin = 1                 # columns a chart leaves free on the right of the terminal


def set_chart_mode(new_mode: bool | None, *, free_columns: int | None = None) -> None:
    """True: always draw charts; False: always tables; None: charts on a real terminal.
    ``free_columns``: columns to leave free (the instructor demo indents its output)."""
    global mode, margin
    mode = new_mode
    if free_columns is not None:
        margin = max(1, free_columns)
