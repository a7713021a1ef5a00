"""One root exception type; the CLI turns each into a short `Error: …` line."""


class GraphkitError(Exception):
    """Root of every error graphkit raises on purpose."""


class ReadError(GraphkitError):
    """An input file could not be read as an article, or its article could not be extracted."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple:
        """Pickled by its own arguments: a worker process returns it to the parent."""
        return (type(self), (self.path, self.reason))
