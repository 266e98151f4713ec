"""Domain layer: entities, enums, validation and pure rules. Imports nothing else of ours; no Qt, no SQL."""
