"""Typed helpers that read the environment: the only place settings come from outside.

Kept free of Django so the CLI can tell a user the database path before Django starts.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse


class ConfigError(ValueError):
    """An environment variable holds a value motebok cannot use."""


def env_bool(name: str, default: bool) -> bool:
    """A boolean variable: only true/false/1/0/yes/no (any case) are accepted."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def env_str(name: str, default: str) -> str:
    """A string variable; ``NAME_FILE`` (a path) wins over ``NAME`` for secrets."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except IsADirectoryError:
            problem = "is a directory"
        except OSError as exc:  # missing, unreadable: one line, not a traceback
            problem = (exc.strerror or "cannot be read").lower()
        except UnicodeDecodeError:
            problem = "is not UTF-8 text"
        raise ConfigError(f"{name}_FILE: {file_path}: {problem}")
    return os.environ.get(name) or default


def env_int(name: str, default: int) -> int:
    """A whole-number variable (a port, a limit); a clear error for anything else."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """A comma-separated list variable."""
    raw = os.environ.get(name)
    if not raw:
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


def env_base_url(name: str) -> str:
    """An http(s) address the site is reached at, without its trailing slash ("" when
    unset): for links in mail sent outside a request (``motebok remind``), which has no
    request to build an absolute address from."""
    raw = (os.environ.get(name) or "").strip()
    if not raw:
        return ""
    parsed = urlparse(raw)
    if parsed.scheme not in {"http", "https"} or not parsed.netloc:
        raise ConfigError(f"{name} must be an http:// or https:// address, not {raw!r}")
    return raw.rstrip("/")


def data_dir() -> Path:
    """Where motebok keeps its SQLite database and uploaded files by default."""
    explicit = os.environ.get("MOTEBOK_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "motebok"


def default_sqlite_path() -> Path:
    """The SQLite file used when DATABASE_URL is not set."""
    return data_dir() / "motebok.sqlite3"


def database_url() -> str:
    """DATABASE_URL, or the default SQLite file."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{default_sqlite_path()}"


def database_from_url(url: str) -> dict[str, object]:
    """Django's DATABASES entry for ``sqlite:///PATH`` or ``postgres://…`` URLs.

    A PostgreSQL URL may name a Unix socket directory as ``?host=/path``.
    """
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme == "sqlite":
        # sqlite:///PATH: PATH as written, so an absolute path gives four slashes
        # (sqlite:////srv/motebok.sqlite3) and sqlite:///motebok.sqlite3 is relative.
        path = unquote(parsed.path)[1:]
        if parsed.netloc:  # sqlite://relative/path
            path = parsed.netloc + "/" + path
        if not path.strip("/"):
            raise ConfigError("DATABASE_URL sqlite:/// needs a file path")
        # IMMEDIATE: a transaction takes the write lock when it begins, waiting up to
        # ``timeout`` seconds for another writer. Begun the default way, one that read
        # before writing fails at once with "database is locked" when another process
        # committed meanwhile (two imports at once, an import beside the web app).
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path,
            "OPTIONS": {"timeout": 30, "init_command": "PRAGMA journal_mode=WAL;",
                        "transaction_mode": "IMMEDIATE"},
        }
    if scheme in {"postgres", "postgresql", "pgsql"}:
        query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "motebok",
            "USER": unquote(parsed.username or "") or query.get("user", ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": query.get("host") or parsed.hostname or "",
            "PORT": str(parsed.port or query.get("port") or ""),
        }
    raise ConfigError(f"DATABASE_URL must start with sqlite:/// or postgres://, not {url!r}")
