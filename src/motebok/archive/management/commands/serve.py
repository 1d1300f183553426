"""``motebok serve [--host H] [--port P]``: the web app, ready with no configuration.

Migrates the database first (SQLite at the default path unless ``DATABASE_URL`` says
otherwise) and says where it is, then serves the application and its static files
with Django's threaded WSGI server — the one ``runserver`` uses, without the autoreloader
(which would start a second process) and without the development banner.
"""

from __future__ import annotations

import errno
import socket
from typing import Any

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management.base import BaseCommand, CommandParser
from django.core.servers.basehttp import WSGIServer, run
from django.core.wsgi import get_wsgi_application

from motebok.archive.database import describe_database, ensure_database
from motebok.errors import MotebokError

WILDCARD_HOSTS = {"0.0.0.0", "::", ""}


class ServeError(MotebokError):
    """The server cannot start (port in use, unknown host …)."""


def allow_host(host: str) -> None:
    """Let requests addressed to ``host`` through ALLOWED_HOSTS (a specific address only)."""
    if host not in WILDCARD_HOSTS and host not in settings.ALLOWED_HOSTS \
            and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, host]


def application() -> Any:
    """The WSGI app with static files served from the apps' static folders."""
    return StaticFilesHandler(get_wsgi_application())


class Command(BaseCommand):
    help = "Run the motebok web application (migrates the database first)."
    requires_system_checks = []

    def add_arguments(self, parser: CommandParser) -> None:
        """--host, --port."""
        parser.add_argument("--host", default="127.0.0.1",
                            help="address to listen on (default 127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Prepare the database, then serve until interrupted."""
        # An empty --host is every address, as for runserver: named so, the banner and
        # the errors show a real address ("http://0.0.0.0:8000/", not "http://:8000/").
        host, port = options["host"].strip() or "0.0.0.0", options["port"]
        if not 0 <= port <= 65535:
            raise ServeError(f"port {port} is not between 0 and 65535")
        migrated = ensure_database()
        self.stdout.write(f"Database: {describe_database()}"
                          + (" (created)" if migrated else ""))
        allow_host(host)
        self.stdout.flush()
        self.serve(host, port)

    def announce(self, host: str, port: int) -> None:
        """Say where the server listens — once its socket is bound (the port it got for
        ``--port 0``), so a bad host or a busy port is never announced as serving."""
        shown = f"[{host}]" if ":" in host else host
        self.stdout.write(f"Serving motebok on http://{shown}:{port}/ (Ctrl-C stops)")
        if host in WILDCARD_HOSTS:
            self.stdout.write("Listening on every address: set MOTEBOK_ALLOWED_HOSTS to the "
                              "names people will use.")
        self.stdout.flush()

    def serve(self, host: str, port: int) -> None:
        """Run the threaded WSGI server; one-line errors for a busy port or a bad address."""
        ipv6 = ":" in host
        try:
            run(host, port, application(), ipv6=ipv6, threading=True, server_cls=WSGIServer,
                on_bind=lambda bound: self.announce(host, bound))
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")
        except socket.gaierror:
            raise ServeError(f"unknown host {host!r}") from None
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {port} on {host} is already in use") from None
            if exc.errno == errno.EACCES:
                raise ServeError(f"no permission to listen on port {port}") from None
            raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
