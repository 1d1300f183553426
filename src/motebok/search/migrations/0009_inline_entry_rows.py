"""PostgreSQL: an index entry's row stays whole in the table (``toast_tuple_target`` at
its largest) instead of having its ``tsv`` (and long ``words``/``text``) compressed or
moved to the TOAST table once the row passes about 2 kB, which about one entry in five
did (the words with both their Norwegian and plain lexemes are most of a row).

Every check of a row's words outside the index reads its whole ``tsv``: ranking a page
(``ts_rank`` over up to ``RANK_LIMIT`` hits), the filters that test the rows an index
scan found (``ts_match_vq``), a newest-first walk. For a moved value each read is a
descent into the TOAST index and a fetch of its chunk, for a compressed one a
decompression, and that again for every condition that reads it. On the 100,000-item
benchmark archive the 50 benchmark searches read 113,951 buffers with such rows and
74,690 with whole rows (the same hits); one search that tests a long list of
longer words on each of 467 rows 11,885 → 1,571. The table's own pages grow by about a
quarter, table and TOAST table together by 7 % (29,669 + 5,826 → 37,837 pages).

The setting applies to rows written from now on: existing entries keep their stored
form until they are indexed again (``motebok reindex`` rewrites them all). SQLite has
no such setting (its rows overflow into further pages of the same B-tree).
"""

from django.db import migrations

from motebok.search import schema


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0008_meeting_words"),
    ]

    operations = [
        schema.VendorRunSQL(
            "postgresql",
            f"ALTER TABLE {schema.ENTRY_TABLE} SET (toast_tuple_target = 8160)",
            f"ALTER TABLE {schema.ENTRY_TABLE} RESET (toast_tuple_target)"),
    ]
