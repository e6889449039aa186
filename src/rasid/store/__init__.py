"""The corpus store: SQLite (schema in ``schema.sql``), ingest, search and export.

``Store`` opens and writes a store; :func:`rasid.store.ingest.ingest` fills it from inputs;
:mod:`rasid.store.search` and :mod:`rasid.store.export` read it.
"""

from rasid.store.db import SCHEMA_VERSION, Store

__all__ = ["SCHEMA_VERSION", "Store"]
