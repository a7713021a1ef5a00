"""The store's exceptions; the CLI prints each as one `Error: …` line."""

from graphkit.errors import GraphkitError


class StoreError(GraphkitError):
    """The graph store failed or refused a request."""


class StoreUnavailable(StoreError):
    """The graph store cannot be reached (server down, wrong address or password)."""
