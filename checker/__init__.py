"""namecheck: consistent spelling of Belarusian and Russian names.

The library is usable without the command line:

    from checker import Matcher, transliterate
    m = Matcher.from_paths()            # the shipped glossary
    m.resolve("Nikolai Karpenkov").canonical   # 'Mikalai Karpiankou'
"""

__version__ = "0.1.0"

from checker.api import Matcher  # noqa: E402
from checker.glossary import Entry, Glossary, load_glossary  # noqa: E402
from checker.match.resolve import Resolution  # noqa: E402


def transliterate(text: str, scheme_id: str) -> str:
    """Romanize Cyrillic text with one scheme (see `checker.translit.scheme_ids()`)."""
    from checker.translit import transliterate as _t

    return _t(text, scheme_id)


__all__ = ["Entry", "Glossary", "Matcher", "Resolution", "__version__", "load_glossary",
           "transliterate"]
