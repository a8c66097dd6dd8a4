"""Settings: defaults.toml in the package, a user's TOML file layered on top.

A frozen Settings object is passed explicitly to whatever needs it; nothing reads
settings from globals.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """Every tunable threshold; see defaults.toml for what each means."""

    batch_size: int = 32
    prefilter: bool = True
    max_doc_chars: int = 200_000
    max_sentence_chars: int = 1500
    max_line_bytes: int = 4_000_000
    max_file_bytes: int = 50_000_000
    max_actors_per_side: int = 3
    require_actor: bool = True
    min_confidence: float = 0.0
    use_model: bool = True
    model_min_probability: float = 0.3
    model_overrule_probability: float = 0.45
    model_lone_probability: float = 0.25
    model_document_probability: float = 0.3
    model_veto_sentence: float = 0.25
    model_veto_story: float = 0.05
    model_veto_min_sentences: int = 3
    model_story_support: float = 0.2
    nearest_target: bool = True
    model_headline_weight: float = 0.6
    headline_pattern_weight: float = 0.2
    model_old_news_days: int = 30
    model_old_news_weight: float = 0.5
    historical_days: int = 365

    def replace(self, **changes: Any) -> Settings:
        """A copy with some values changed."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Settings(**values)


def _flatten(data: dict[str, Any], where: str) -> dict[str, Any]:
    """Turn TOML sections into flat Settings fields, rejecting unknown keys."""
    known = {f.name: f.type for f in fields(Settings)}
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: [{section}] must be a table of settings")
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"{where}: unknown setting {section}.{key}; see defaults.toml for the names")
            flat[key] = value
    return flat


def load_settings(path: str | Path | None = None) -> Settings:
    """Load the packaged defaults, then a user's file over them.

    Args:
        path: an optional TOML file with the same sections as defaults.toml.

    Returns:
        The frozen Settings.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or names an unknown setting.
    """
    text = resources.files("dyadscope").joinpath("defaults.toml").read_text(encoding="utf-8")
    values = _flatten(tomllib.loads(text), "defaults.toml")
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
        values.update(_flatten(user, str(path)))
    settings = Settings(**values)
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            raise ConfigError(f"setting {f.name} must not be negative (got {value})")
    return settings
