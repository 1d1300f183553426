"""motebok: Norwegian meeting minutes read into structured records, archived and published.

Data flows one way: ``read`` (file → blocks) → ``extract`` (blocks → record) →
``archive`` (record → database) → ``web`` / ``api`` / ``secretariat`` (present).
"""

__version__ = "0.1.0"
