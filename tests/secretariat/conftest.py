"""Fixtures of the secretariat tests (the world itself is built in secretariat_world.py)."""

from secretariat_world import _isolated, _scene_once, scene, world  # noqa: F401
