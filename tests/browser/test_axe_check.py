"""The accessibility check itself: it must fail on a flawed page and pass on a sound one."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

SOUND_PAGE = """<!doctype html><html lang="nb"><head><title>Referat</title></head>
<body><main><h1>Referat fra styremøtet</h1>
<form><label for="q">Søk i referatene</label><input id="q" name="q" type="search">
<button type="submit">Søk</button></form></main></body></html>"""

FLAWED_PAGE = """<!doctype html><html><head><title>Referat</title></head>
<body><main><h1>Referat</h1><img src="logo.png">
<input name="q" type="search"><p style="color:#bbb;background:#fff">Lys tekst</p>
</main></body></html>"""


def test_a_sound_page_passes(chromium: Any, assert_accessible: Any) -> None:
    page = chromium.new_page()
    page.set_content(SOUND_PAGE)
    assert_accessible(page)


def test_violations_are_listed_by_rule(chromium: Any, assert_accessible: Any) -> None:
    page = chromium.new_page()
    page.set_content(FLAWED_PAGE)
    with pytest.raises(AssertionError) as failure:
        assert_accessible(page)
    message = str(failure.value)
    for rule in ("html-has-lang", "image-alt", "label", "color-contrast"):
        assert f"- {rule} (" in message
