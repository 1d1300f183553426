"""PostgreSQL: the quadgrams of each entry's words as a third column of the entries' GIN
index, an expression over ``words`` and ``head`` (``schema.POSTGRES_QUADGRAMS_FORWARD``).

Tier 1 (word parts) of a search of two or three terms then finds its candidates with one
GIN scan per way its terms divide between their own words (in ``tsv``) and their parts (a
part's first and last quadgram), which steps through the shortest list and skips ahead
in the others, and tests the exact condition on those rows; before, it built
one bitmap per term of every entry holding any of the term's hundreds of longer words.
The same rows in the same order (``PostgresBackend._quadgram_arms``).

Building the index computes the quadgrams of every existing entry: no ``motebok reindex``
is needed, and the table is not rewritten. SQLite is unchanged.
"""

from django.db import migrations

from motebok.search import schema


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0009_inline_entry_rows"),
    ]

    operations = [
        schema.VendorRunSQL("postgresql", schema.POSTGRES_QUADGRAMS_FORWARD,
                            schema.POSTGRES_QUADGRAMS_REVERSE),
    ]
