"""``python -m motebok …``: the ``motebok`` command, for environments without the script."""

import sys

from motebok.cli import main

sys.exit(main())
