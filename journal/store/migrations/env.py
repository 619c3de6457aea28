"""Alembic environment: always run on the connection the store hands over.

The store opens the encrypted connection (the key is never in a URL or an ini
file), starts ``BEGIN IMMEDIATE`` and passes the connection in
``config.attributes["connection"]``; the whole upgrade is one transaction.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, transactional_ddl=True, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
