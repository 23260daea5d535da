# Runtime hook of the standalone app (run before the app's first import): GDAL, inside
# pyogrio, reads PROJ's tables from pyproj's copy, the only proj.db file the bundle
# carries (packaging/proj_data.py). Set even when the user's environment names another
# folder: another PROJ's proj.db would not match the PROJ linked into GDAL.
import os
import sys

os.environ["PROJ_DATA"] = os.path.join(sys._MEIPASS, "pyproj", "proj_dir", "share", "proj")
