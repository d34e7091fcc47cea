"""Sphinx configuration: MyST markdown + furo, builds offline with -n -W."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.abspath("../src"))

import newsstruct  # noqa: E402

project = "newsstruct"
author = "newsstruct developers"
copyright = "2026, newsstruct developers"
release = newsstruct.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
# intersphinx only when opted in (CI and most machines are offline)
if os.environ.get("NEWSSTRUCT_INTERSPHINX"):
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
    }

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "_*.md"]

html_theme = "furo"
html_title = f"newsstruct {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
add_module_names = False

# Types from the standard library and dependencies resolve only with intersphinx.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections\.abc|typing|attrs|regex|os|pathlib|json)\..*"),
    (r"py:.*", r"(str|int|bool|dict|list|tuple|object|bytes|None|Any|Iterable|Iterator|Sequence|Mapping)"),
    (r"py:.*", r"(Article|Options|Span|Speaker|Quote|Paragraph|Caption|Dateline|Byline|Headline|Boilerplate|Kicker|Standfirst)"),
    (r"py:.*", r"(date|datetime|Path|TextIO|IO|Callable)"),
    (r"py:mod", r"(dateparser|regex|attrs|dask|pyspark)"),
]

# sphinx-build -b doctest runs the ```python >>> blocks of the pages and the
# docstrings pulled in by autodoc.
doctest_global_setup = "import datetime\nimport newsstruct"
