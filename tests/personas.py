"""Persona fixtures (filled in by the archive work)."""
