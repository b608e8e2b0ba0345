"""Publishing: rendered text → files on disk and a MkDocs site.

- writer: the only place generated files touch the disk (writes only what changed);
- mkdocs_build: one MkDocs build of the archive, the logic behind hooks/archive.py's events;
- fastpath: generated pages are HTML already, so MkDocs skips their Markdown round trip;
- fulltext: the static full-text index of every word, built in a worker process beside MkDocs;
- fulltext_reader: queries a written index as the search page does (tests and the benchmark).
"""
