"""``rasid serve``: the web UI and JSON API over a store, on localhost by default."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="browse a store in the web UI and JSON API",
        description="Serve the web UI and JSON API over a rasid store (opened read-only).",
    )
    parser.add_argument("--db", default="rasid.db", help="the store to serve (default: rasid.db)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from rasid.web.app import create_app

    app = create_app(args.db)  # raises E101/E201 before the server starts
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"rasid: warning: serving on {args.host}, reachable from other machines", file=sys.stderr)
    print(f"rasid: serving {args.db} at http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
