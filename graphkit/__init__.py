"""graphkit: turn Russian-language news into a knowledge graph of officials, institutions and visits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("graphkit")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
