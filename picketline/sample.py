"""The bundled sample corpus (fictional disputes, every input format) used by the demo."""
from __future__ import annotations

from pathlib import Path


def sample_path() -> Path:
    """Folder of the sample corpus shipped inside the package."""
    return Path(__file__).parent / "data" / "sample"
