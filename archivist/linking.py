"""Entity linking: registry + detected names → entities, mentions and speaker attributions."""

from __future__ import annotations

import logging

from .config import Settings
from .model import Document, Entity, Mention, Problem

log = logging.getLogger(__name__)


def link_archive(documents: list[Document], settings: Settings
                 ) -> tuple[list[Entity], list[Mention], list[tuple[str, str, int]], list[Problem]]:
    """Find every mention of every entity in every document."""
    return [], [], [], []
