# Build the SignaalTracker bundle and installer on Windows (PowerShell, from the repository root):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (https://jrsoftware.org/isinfo.php).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python -m pip install --quiet --upgrade pip
.venv\Scripts\python -m pip install --quiet -c packaging\constraints.txt -e ".[dev]"

# The bundle: dist\signaaltracker\signaaltracker.exe (GUI), signaaltracker-cli.exe (console), _internal\
.venv\Scripts\pyside6-lrelease resources\translations\signaaltracker_en.ts -qm resources\translations\signaaltracker_en.qm
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\signaaltracker.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The same smoke test as on Linux: --version, demo + check, GUI offscreen in Dutch and English.
.venv\Scripts\python packaging\smoke_test.py dist\signaaltracker
if ($LASTEXITCODE -ne 0) { throw "Smoke test failed" }

$version = (.venv\Scripts\python -c "import signaaltracker; print(signaaltracker.__version__)").Trim()
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found at $iscc" }
& $iscc "/DAppVersion=$version" packaging\windows\signaaltracker.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Installer: dist\SignaalTracker-$version-setup.exe"
