"""The catalogue of every string the learner sees, in Turkish and English, by area.

``autograd_tui.i18n`` merges the parts into one ``MESSAGES`` table; add a string to the part of
its area, in both languages.
"""
