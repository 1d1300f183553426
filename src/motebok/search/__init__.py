"""Norwegian full-text search over the archive (SQLite FTS5 or PostgreSQL)."""
