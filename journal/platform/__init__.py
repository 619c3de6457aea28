"""Platform services shared by the window and the command line, without Qt.

``paths`` (where the journal, the content and the user folders are; which journal
folder this run uses), ``files`` (atomic writes, folder fsync), ``lock`` (one
writer per journal), ``placement`` (is a folder inside a sync client?),
``settings`` (typed settings, atomic save), ``secrets`` (where a passphrase comes
from) and ``i18n`` (languages and the command line's translations).
"""
