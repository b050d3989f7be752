#!/bin/sh
# Wraps dist/Tickler.app (made by `python packaging/build.py` on a Mac) into a drag-to-install
# disk image. Called by build.py; can be run by hand:
#
#   sh packaging/macos/make_dmg.sh packaging/dist/Tickler.app packaging/dist/Tickler.dmg
#
# Signing: set CODESIGN_IDENTITY="Developer ID Application: ..." to sign with your
# certificate (hardened runtime, ready for notarisation); without it the app is signed ad hoc,
# which runs on the Mac that built it and, after right-click > Open, on others.
set -eu
app=${1:?usage: make_dmg.sh Tickler.app OUT.dmg}
dmg=${2:?usage: make_dmg.sh Tickler.app OUT.dmg}
identity=${CODESIGN_IDENTITY:--}

if [ "$identity" = "-" ]; then
    codesign --force --deep --sign - "$app"
else
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$(dirname "$0")/entitlements.plist" --sign "$identity" "$app"
fi
codesign --verify --deep --strict "$app"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname Tickler -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${NOTARY_PROFILE:-}" ]; then
    # A profile stored once with: xcrun notarytool store-credentials NAME --apple-id ...
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "$dmg"
