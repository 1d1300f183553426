

def test_lo_written_small_after_a_first_name_is_a_surname() -> None:
    """"Svein Lo" is a person; "LO" in capitals is the trade union, no surname."""
    from motebok.extract.text import looks_like_name

    assert looks_like_name("Svein Lo")
    assert not looks_like_name("Svein LO")
