"""Entry point of the frozen program (``build.spec``): the same ``main`` as ``python -m app`` and ``helpline``."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
