"""Start-up benchmark: CPU time of one ``motebok parse FILE --json`` against ``python -c pass``.

    python benchmarks/startup.py [--repeat N]

Users and the scoring harness run ``motebok parse`` once per file, so the import of the
parser is paid on every file. Writes one generated minutes (the generator of
benchmarks/parse.py) as txt to a temp folder, then runs, as subprocesses in the same
run, ``python -c pass`` (the interpreter alone), ``python -c "import motebok.parse"``
and ``python -m motebok parse FILE --json``, each ``--repeat`` times (default 5) keeping
the fastest CPU time (user + system of the child, which holds still on a loaded machine),
and prints each with its ratio to the bare interpreter. The children may write bytecode
(PYTHONDONTWRITEBYTECODE is dropped for them), as an installed motebok has it: without
it every run would compile the modules' source again, about 1 s of CPU.
Benchmarks are never part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items()
                      if name != "PYTHONDONTWRITEBYTECODE"}


def child_cpu(command: list[str]) -> float:
    """CPU seconds (user + system) one run of ``command`` took, as its own process."""
    pid = os.fork()
    if pid == 0:  # the child: the command with its output dropped
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execve(command[0], command, _CHILD_ENVIRONMENT)
    _pid, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), command)
    return usage.ru_utime + usage.ru_stime


def fastest(command: list[str], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs: other jobs only ever add to it."""
    return min(child_cpu(command) for _ in range(repeat))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing; the fastest")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))  # benchmarks/ is a script folder, not a package
    import parse as bench  # its document generator, the same as parse.py's

    minutes = bench.make_minutes(random.Random(args.seed))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "protokoll.txt"
        path.write_bytes(bench.to_txt(minutes))
        python = sys.executable
        runs = {"python -c pass": [python, "-c", "pass"],
                "import motebok.parse": [python, "-c", "import motebok.parse"],
                "motebok parse FILE --json": [python, "-m", "motebok", "parse", str(path),
                                              "--json"]}
        times = {name: fastest(command, args.repeat) for name, command in runs.items()}
    bare = times["python -c pass"]
    for name, seconds in times.items():
        print(f"{name:<28} {seconds * 1000:8.0f} ms CPU  {seconds / bare:6.1f}x python -c pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
