"""The archive app: models, import and search."""
