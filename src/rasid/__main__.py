"""``python -m rasid``: the same as the ``rasid`` command."""

from rasid.cli import main

raise SystemExit(main())
