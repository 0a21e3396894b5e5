"""The durable outbox: side effects written in the transaction of the change.

See ``outbox.service`` (enqueue, deliver, drain) and ``outbox.registry``
(handlers by kind, found in each app's ``outbox_handlers`` module).
"""
