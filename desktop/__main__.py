"""`python -m desktop` does what the `offerdesk` console script does."""

import sys

from desktop.cli import main

sys.exit(main())
