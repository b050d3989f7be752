# Builds Tickler-VERSION-setup.exe on Windows. Needs Python 3.11 and Inno Setup 6.3 or later
# (winget install JRSoftware.InnoSetup); run from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
# build.py makes its own build environment (packaging\build\venv) with exactly the versions
# in packaging\constraints.txt and stops when pip fails.
$ErrorActionPreference = "Stop"
$inno = "${env:ProgramFiles(x86)}\Inno Setup 6"
if (-not (Get-Command iscc -ErrorAction SilentlyContinue) -and (Test-Path "$inno\ISCC.exe")) {
    $env:Path = "$inno;$env:Path"
}
py -3.11 packaging\build.py
if ($LASTEXITCODE -ne 0) { Write-Error "build.py failed (exit $LASTEXITCODE)"; exit $LASTEXITCODE }
