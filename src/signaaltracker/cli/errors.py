"""An expected fault of a command: printed as one sentence on stderr, no traceback."""


class CliError(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
