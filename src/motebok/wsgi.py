"""WSGI entry point for serving motebok behind a real web server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
application = get_wsgi_application()
