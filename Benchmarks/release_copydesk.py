"""The copydesk binary a Python benchmark measures: COPYDESK if set, else the release build (built first)."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def release_copydesk():
    if os.environ.get("COPYDESK"):
        return os.environ["COPYDESK"]
    subprocess.run(["swift", "build", "-c", "release", "--product", "copydesk"], cwd=ROOT, check=True, stdout=sys.stderr)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "copydesk")
