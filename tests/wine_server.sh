#!/bin/sh
# Starts one wine server for the Windows tests, kept 30 s past its last
# client: left alone, wine starts and stops the server and its services for
# every run of the .exe, seconds each. Makes $WINEPREFIX the first time.
# Their output goes to /dev/null: ctest would wait for whoever holds its pipe.
# Usage: wine_server.sh WINE_LOADER
set -e
wine=$1
server="$(dirname "$wine")/wineserver"
mkdir -p "$WINEPREFIX"
"$server" -k 2> /dev/null || true  # one left from a run that ended
"$server" -p30 < /dev/null > /dev/null 2>&1
"$wine" wineboot --init < /dev/null > /dev/null 2>&1
