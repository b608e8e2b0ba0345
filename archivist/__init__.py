"""Static, searchable archive built from raw source documents.

The pipeline, in the order a source file goes through it (pipeline.py ties the stages together;
model.py holds the named types that flow between them):

1. reader/ (find and decode files, front matter and sidecars) and formats/ (HTML, PDF, DOCX,
   e-mail → text): source file → RawSource;
2. documents.py with convert.py (text → blocks and speaker turns) and the header readers
   (metadata/, with headlines.py, mastheads.py, newsletters.py, bylines.py, placeline.py,
   dates.py; speakers.py for turns): RawSource → Document;
3. detect/ and detection.py: Document → candidate people, places and organisations;
4. resolution/: candidates of the whole corpus → one entity per referent (with clubs.py,
   titles.py, speakers_link/ for sports clubs, gendered titles and speaker labels);
5. linking.py with registry.py: registry + entities → mentions and turn attributions (Archive);
   index.py derives the read-only lookups every page needs;
6. render/: Archive and Index → the text of every page and data file (pure);
7. publish/: text → files on disk (writer.py) and the MkDocs build (mkdocs_build.py, driven by
   hooks/archive.py), with the full-text search index.

Around it: config.py (settings, validated once), errors.py (one exception hierarchy), cache.py
(per-source work in SQLite), workers.py (a process pool), review.py (the curator's review file),
cli.py (build_pages.py).
"""
