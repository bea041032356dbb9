"""Where namecheck lives: its distribution's name on the package index, its repository, the
published pages of its finding codes. One definition, for pyproject's readers, the reports and
README."""
from __future__ import annotations

from checker import __version__

# the command stays `namecheck`; another project holds that name on the package index
DISTRIBUTION = "namecheck-belarus"
PACKAGE_INDEX_URL = f"https://pypi.org/project/{DISTRIBUTION}/"
REPOSITORY_URL = "https://github.com/namecheck-belarus/namecheck-belarus"


def release_tag(version: str = __version__) -> str:
    """The git tag of a release: 'v' and its version."""
    return f"v{version}"


def rule_page_url(code: str, version: str = __version__) -> str:
    """The absolute address of a finding code's page, as published with this release."""
    return f"{REPOSITORY_URL}/blob/{release_tag(version)}/docs/rules/{code}.md"
