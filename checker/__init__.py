"""namecheck: consistent spelling of Belarusian and Russian names.

The library is usable without the command line:

    from checker import Project
    project = Project.load()                           # config found from the current folder
    project.check_text("Nikolai Karpenkov resigned.")  # [Finding(code='NC001', ...)]
    project.lookup("Mogilev").canonical                # 'Mahiliou'
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.api import Matcher
    from checker.glossary import Entry, Glossary, load_glossary
    from checker.match.resolve import Resolution
    from checker.project import FixMode, Project, Report, RunOptions

# Imported on first use, so that `import checker` loads no data and writes nothing to disk.
_EXPORTS = {
    "Matcher": "checker.api", "Entry": "checker.glossary", "Glossary": "checker.glossary",
    "load_glossary": "checker.glossary", "Resolution": "checker.match.resolve",
    "FixMode": "checker.project", "Project": "checker.project", "Report": "checker.project",
    "RunOptions": "checker.project",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def transliterate(text: str, scheme_id: str) -> str:
    """Romanize Cyrillic text with one scheme (see `checker.translit.scheme_ids()`)."""
    from checker.translit import transliterate as _t

    return _t(text, scheme_id)


__all__ = ["Entry", "FixMode", "Glossary", "Matcher", "Project", "Report", "Resolution",
           "RunOptions", "__version__", "load_glossary", "transliterate"]
