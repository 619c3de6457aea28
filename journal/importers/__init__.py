"""Importers from other journals (jrnl, Day One, Markdown folders) come with the import issue."""
