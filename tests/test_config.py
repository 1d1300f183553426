"""Settings from the environment: the typed helpers and DATABASE_URL."""

from __future__ import annotations

import pytest

from motebok import config
from motebok.config import ConfigError


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("Yes", True), ("off", False),
                                                ("", True)])
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected) -> None:
    monkeypatch.setenv("MOTEBOK_X", raw)
    assert config.env_bool("MOTEBOK_X", True) is expected


def test_env_bool_refuses_anything_else(monkeypatch) -> None:
    monkeypatch.setenv("MOTEBOK_X", "kanskje")
    with pytest.raises(ConfigError, match="MOTEBOK_X must be true or false"):
        config.env_bool("MOTEBOK_X", False)


def test_env_int(monkeypatch) -> None:
    assert config.env_int("MOTEBOK_UNSET_PORT", 25) == 25
    monkeypatch.setenv("MOTEBOK_PORT", " 587 ")
    assert config.env_int("MOTEBOK_PORT", 25) == 587
    monkeypatch.setenv("MOTEBOK_PORT", "smtp")
    with pytest.raises(ConfigError, match="whole number"):
        config.env_int("MOTEBOK_PORT", 25)


def test_secrets_can_come_from_a_file(monkeypatch, tmp_path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("hemmelig\n", encoding="utf-8")
    monkeypatch.setenv("MOTEBOK_EMAIL_PASSWORD_FILE", str(secret))
    assert config.env_str("MOTEBOK_EMAIL_PASSWORD", "") == "hemmelig"


@pytest.mark.parametrize("make, problem", [
    (lambda path: None, "no such file or directory"),
    (lambda path: path.mkdir(), "is a directory"),
    (lambda path: path.write_bytes(b"\xff\xfe\x00"), "is not UTF-8 text"),
])
def test_an_unusable_secret_file_is_a_config_error(monkeypatch, tmp_path, make,
                                                   problem) -> None:
    secret = tmp_path / "secret"
    make(secret)
    monkeypatch.setenv("MOTEBOK_SECRET_KEY_FILE", str(secret))
    with pytest.raises(ConfigError) as caught:
        config.env_str("MOTEBOK_SECRET_KEY", "")
    assert str(caught.value) == f"MOTEBOK_SECRET_KEY_FILE: {secret}: {problem}"


def test_default_database_is_sqlite_in_the_data_dir(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("MOTEBOK_DATA_DIR", str(tmp_path))
    db = config.database_from_url(config.database_url())
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(tmp_path / "motebok.sqlite3")


def test_sqlite_paths_absolute_and_relative() -> None:
    assert config.database_from_url("sqlite:////srv/motebok/db.sqlite3")["NAME"] == (
        "/srv/motebok/db.sqlite3")
    assert config.database_from_url("sqlite:///arkiv.sqlite3")["NAME"] == "arkiv.sqlite3"


def test_postgres_url_with_a_socket_directory() -> None:
    db = config.database_from_url("postgres://kari:p%40ss@/motebok?host=/run/postgresql")
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["NAME"]) == (
        "kari", "p@ss", "/run/postgresql", "motebok")


def test_postgres_url_with_host_and_port() -> None:
    db = config.database_from_url("postgresql://u@db.example:5433/arkiv")
    assert (db["HOST"], db["PORT"], db["NAME"]) == ("db.example", "5433", "arkiv")


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite:///", "motebok.sqlite3"])
def test_unknown_database_urls_are_refused(url) -> None:
    with pytest.raises(ConfigError):
        config.database_from_url(url)


def test_base_url_loses_its_trailing_slash_and_must_be_http(monkeypatch) -> None:
    monkeypatch.delenv("MOTEBOK_BASE_URL", raising=False)
    assert config.env_base_url("MOTEBOK_BASE_URL") == ""
    monkeypatch.setenv("MOTEBOK_BASE_URL", " https://motebok.example.no/ ")
    assert config.env_base_url("MOTEBOK_BASE_URL") == "https://motebok.example.no"
    monkeypatch.setenv("MOTEBOK_BASE_URL", "motebok.example.no")
    with pytest.raises(config.ConfigError, match="MOTEBOK_BASE_URL must be an http"):
        config.env_base_url("MOTEBOK_BASE_URL")
