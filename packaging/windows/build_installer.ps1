# Builds Tickler-VERSION-setup.exe on Windows. Needs Python 3.11+ and Inno Setup 6
# (winget install JRSoftware.InnoSetup); run from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
$ErrorActionPreference = "Stop"
$inno = "${env:ProgramFiles(x86)}\Inno Setup 6"
if (-not (Get-Command iscc -ErrorAction SilentlyContinue) -and (Test-Path "$inno\ISCC.exe")) {
    $env:Path = "$inno;$env:Path"
}
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install --quiet ".[build]"
.\.venv\Scripts\python packaging\build.py
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
