#!/usr/bin/python3
"""Loads APKs and their DEX files with androguard (Debian package), as a baseline for bench/app.mjs.

Usage: androguard_load.py FILE...   Prints one JSON line per file: load seconds, permission and class counts.
"""
import json
import sys
import time

t0 = time.perf_counter()
from androguard.core.bytecodes.apk import APK  # noqa: E402
from androguard.core.bytecodes.dvm import DalvikVMFormat  # noqa: E402

import_seconds = time.perf_counter() - t0
for path in sys.argv[1:]:
    start = time.perf_counter()
    try:
        apk = APK(path)
        permissions = apk.get_permissions()
        classes = 0
        for dex in apk.get_all_dex():
            classes += len(DalvikVMFormat(dex).get_classes())
        result = {"file": path, "seconds": time.perf_counter() - start, "permissions": len(permissions), "classes": classes}
    except Exception as e:  # noqa: BLE001 - report and go on, like the other tools
        result = {"file": path, "seconds": time.perf_counter() - start, "error": repr(e)[:200]}
    result["import_seconds"] = import_seconds
    print(json.dumps(result), flush=True)
