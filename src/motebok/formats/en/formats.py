"""English formats for a Norwegian archive: day before month, never the US "04/05/2024".

The month is written as a word ("4 May 2024", "4 May 2024 14:30"), so a date cannot be
read two ways; forms show and accept ISO ("2024-05-04") first, and the written forms the
pages show, but no slashed form that a reader might take for day/month.
"""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j F Y H:i"
SHORT_DATETIME_FORMAT = "j M Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday, as in Norway
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2024-05-04'
    "%d.%m.%Y",  # '04.05.2024', as in the bokmål interface
    "%d %b %Y",  # '4 May 2024'
    "%d %B %Y",  # '4 May 2024'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d %b %Y %H:%M",
    "%d %B %Y %H:%M",
]
