"""Front matter and sidecars: YAML metadata, limited in depth and in what aliases expand to.

A `---` block at the top that is not metadata (a plain line, a list, malformed YAML) stays text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import yaml

from ..model import Problem

log = logging.getLogger(__name__)

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
YAML_DEPTH = 20  # metadata is flat; deeper nesting is an error, not a RecursionError
YAML_BUDGET = 10_000  # items + characters one metadata value may expand to (alias bombs)


class MetaLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text and refuses nesting deeper than metadata needs."""

    depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        """Compose one node, counting how deep it is."""
        self.depth += 1
        try:
            if self.depth > YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {YAML_DEPTH} levels deep",
                    self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


MetaLoader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str, rel: str) -> tuple[dict[str, object], str, int, list[Problem]]:
    """Split YAML front matter off the top; a block that is not metadata stays text."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1, []
    body = text[match.end():]
    body_line = text[: match.end()].count("\n") + 1
    data, problem = load_yaml(match.group(1), rel, "the --- block at the top", offset=1)
    if problem is not None:
        return {}, text, 1, [replace(problem, reason=f"{problem.reason}; kept as text")]
    if data is None:
        return {}, body, body_line, []
    given, problems = _mapping(data, rel)
    return given, body, body_line, problems


def read_sidecar(rel: str, data: bytes) -> tuple[dict[str, object], list[Problem]]:
    """Parse a sidecar YAML file of metadata."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return {}, [Problem(rel, f"unreadable sidecar ignored: {exc}")]
    data_obj, problem = load_yaml(text, rel, "sidecar")
    if problem is not None:
        return {}, [replace(problem, reason=f"{problem.reason}; ignored")]
    return _mapping(data_obj, rel) if data_obj is not None else ({}, [])


def load_yaml(text: str, rel: str, what: str, offset: int = 0
              ) -> tuple[object, Problem | None]:
    """Parse metadata YAML, or say why it is not metadata (malformed, too deep, not a mapping)."""
    try:
        data = yaml.load(text, Loader=MetaLoader)  # noqa: S506 (safe subclass)
    except yaml.YAMLError as exc:
        return None, Problem(rel, f"{what} is not valid metadata: {_yaml_msg(exc)}",
                             line=_yaml_line(exc, offset))
    except RecursionError:
        return None, Problem(rel, f"{what} is not valid metadata: nested too deeply",
                             line=1 + offset)
    if data is not None and not isinstance(data, dict):
        return None, Problem(rel, f"{what} is not metadata: it must be a mapping of "
                             "field: value", line=1 + offset)
    return data, None


def _mapping(data: dict, rel: str) -> tuple[dict[str, object], list[Problem]]:
    """The fields of a metadata mapping; values that expand too far (alias bombs) are dropped."""
    given: dict[str, object] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        if _expands_past(value, YAML_BUDGET):
            problems.append(Problem(rel, f"value of '{key}' expands to more than {YAML_BUDGET:,} "
                                    "items or characters (YAML aliases?); ignored"))
        else:
            given[str(key)] = value
    return given, problems


def _expands_past(value: object, budget: int) -> bool:
    """Whether a value, with every alias expanded, holds more than budget items + characters."""
    stack, used = [value], 0
    while stack:
        item = stack.pop()
        used += 1 + (len(item) if isinstance(item, str) else 0)
        if used > budget:
            return True
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def _yaml_line(exc: yaml.YAMLError, offset: int = 0) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 + offset if mark is not None else None


def _yaml_msg(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]
