import sys

from isacheck.cli import main

sys.exit(main())
