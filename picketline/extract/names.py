"""The name normaliser, :mod:`picketline.names` (moved there so that linking can use it
without loading every extractor); this name stays the same module object."""
import sys

from .. import names as _names

sys.modules[__name__] = _names
