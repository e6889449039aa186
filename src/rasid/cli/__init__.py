"""The ``rasid`` command line: one module per command, each a thin wrapper over library functions.

Every command module defines ``add_parser(subparsers)`` (registering its arguments and setting
``func``) and keeps heavy imports inside its run function so that ``rasid --help`` stays fast.
Exit status: 0 all good, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rasid import __version__
from rasid.errors import RasidError

# One entry per command module under rasid/cli/, in the order `rasid --help` lists them.
COMMANDS: tuple[str, ...] = ("extract", "quotes", "ingest", "search", "entities", "export", "serve")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
# Errors in what the user asked for (unknown stage, stage order, bad --date): exit 2, not 1.
USAGE_ERRORS = frozenset({"E001", "E002", "E030"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasid",
        description="rasid (راصد): who said what, who met whom, where and when, from Arabic news.",
    )
    parser.add_argument("--version", action="version", version=f"rasid {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"rasid.cli.{name}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
    except RasidError as exc:  # a bad setting found while loading the commands (E050)
        print(f"rasid: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except RasidError as exc:
        print(f"rasid: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.code in USAGE_ERRORS else EXIT_SOME_FAILED
    except BrokenPipeError:  # `rasid extract ... | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print("rasid: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
