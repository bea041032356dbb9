"""Documents to findings: name mentions, their resolution, and the cross-document pass.

One module per rule (variant: NC001/NC002, mixed_script: NC003, consistency: NC004,
language_form: NC005, translation: NC006); suggest words the fixes; walk and runs take a
document's runs of capitalised words to the rules; checker ties them to one glossary.
"""
from .checker import Checker, DocumentResult
from .consistency import compress_mentions, consistency
from .mention import Mention
from .suggest import canonical_inside

_compress = compress_mentions   # the name the tests import

__all__ = ["Checker", "DocumentResult", "Mention", "canonical_inside", "compress_mentions",
           "consistency"]
