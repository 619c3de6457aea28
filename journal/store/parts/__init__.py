"""The parts of the storage facade, one domain each; ``Store`` (store.py) is made of them.

Each part is a mixin: its methods use the store's ``_read()`` and ``_write()``
transactions and return frozen records or ``Changes``. None is used on its own.
"""
