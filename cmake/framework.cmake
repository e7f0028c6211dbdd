# Build steps for frameworks built into the binary (filled in by the
# framework layer). Included from the top-level CMakeLists.txt after the
# rightscheck_core target exists.
