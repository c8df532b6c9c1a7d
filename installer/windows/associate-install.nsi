  ; "Open with Kaji" for .yaml and .yml: Kaji is offered, never made the
  ; default, so the user's editor keeps the double-click. SHCTX follows the
  ; install mode (all users: HKLM, current user: HKCU).
  WriteRegStr SHCTX "Software\Classes\Kaji.Manifest" "" "Kubernetes manifest"
  WriteRegStr SHCTX "Software\Classes\Kaji.Manifest\DefaultIcon" "" "$INSTDIR\bin\kaji.exe,0"
  WriteRegStr SHCTX "Software\Classes\Kaji.Manifest\shell\open\command" "" '"$INSTDIR\bin\kaji.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.yaml\OpenWithProgids" "Kaji.Manifest" ""
  WriteRegStr SHCTX "Software\Classes\.yml\OpenWithProgids" "Kaji.Manifest" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
