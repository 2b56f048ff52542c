"""Replaces pyinstaller-hooks-contrib's hook, which bundles every phonenumbers submodule.

phonenumbers imports its per-country metadata by name (``phonenumbers.data.region_EE``), so those modules are hidden
imports. Its geocoder, carrier and time-zone tables (~45 MB) are left out: the program only parses and formats
numbers. Add them here if it ever shows where a number is from.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
excludedimports = ["phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata"]
