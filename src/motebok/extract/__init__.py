"""The extractor: text blocks → minutes record (see ``extract.minutes``)."""

from motebok.extract.minutes import extract

__all__ = ["extract"]
