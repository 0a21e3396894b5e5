"""The services app's models, one module per concern: the catalogue
(procedures), and what the other parts of Art. 14 add to it."""

from .dossiers import ApiToken, Dossier, DossierStep, PostalRequest  # noqa: F401
from .imports import ImportFile, ImportRun  # noqa: F401
from .procedures import (  # noqa: F401
    Field,
    ProcedureIndexPage,
    ProcedurePage,
    Sector,
    ServicesSettings,
)
from .usage import UsageDay, UsageFlush  # noqa: F401
