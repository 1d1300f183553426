"""Date and number formats per language, found through ``FORMAT_MODULE_PATH``.

Only what differs from Django's own locale formats is set here; the rest falls back.
"""
