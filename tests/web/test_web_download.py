"""Downloading the original file of a meeting."""

from __future__ import annotations

import pytest
from django.urls import reverse

from web.builders import PDF_BYTES

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_download_has_original_name_type_and_bytes(client, archive):
    response = client.get(reverse("web:meeting_source", args=[archive.first.id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert disposition == 'attachment; filename="Referat kulturarv 3. mars.pdf"'
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Length"] == str(len(PDF_BYTES))


def test_download_keeps_norwegian_letters_in_the_filename(client, archive):
    source = archive.first.source
    source.filename = "Møtereferat Åsgårdstrand.pdf"
    source.save()
    response = client.get(reverse("web:meeting_source", args=[archive.first.id]))
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''M%C3%B8tereferat%20%C3%85sg%C3%A5rdstrand.pdf")


def test_html_source_is_never_rendered_in_our_origin(client, archive):
    source = archive.first.source
    source.filename = "referat.html"
    source.format = "html"
    source.content = b"<script>alert(1)</script>"
    source.save()
    response = client.get(reverse("web:meeting_source", args=[archive.first.id]))
    assert response["Content-Type"] == "text/html"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_file_without_known_extension_uses_its_format(client, archive):
    source = archive.first.source
    source.filename = "referat"
    source.format = "odt"
    source.save()
    response = client.get(reverse("web:meeting_source", args=[archive.first.id]))
    assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"


def test_files_published_with_the_minutes_are_linked_from_the_public_page(client, archive,
                                                                           settings, tmp_path):
    # The secretariat marks a file public; the public meeting page is where one finds it.
    from django.core.files.base import ContentFile

    from motebok.secretariat.models import Attachment

    settings.MEDIA_ROOT = str(tmp_path)
    item = archive.first.items.get(number="02/25")
    files = {}
    for title, published, on_item in (("Foiler om naust", True, item),
                                      ("Internt notat", False, None)):
        files[title] = Attachment(meeting=archive.first, item=on_item, title=title,
                                  published=published)
        files[title].file.save(f"{title}.pdf", ContentFile(b"%PDF"), save=False)
        files[title].save()
    html = client.get(reverse("web:meeting", args=[archive.first.id])).content.decode()
    link = reverse("secretariat:attachment", args=[files["Foiler om naust"].pk])
    assert f'<a href="{link}">Foiler om naust</a> <span class="muted">(Sak 02/25' in html
    assert "Internt notat" not in html
    assert client.get(link).status_code == 200
    second = client.get(reverse("web:meeting", args=[archive.second.id])).content.decode()
    assert "Filer" not in second  # no files, no heading
