"""Static, searchable archive built from raw source documents."""
