"""The one error type the domain raises: it carries a Dutch message fit to show to the user."""


class DomainError(ValueError):
    """Invalid input. ``message`` is a complete Dutch sentence for the user; ``field`` names the culprit."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
