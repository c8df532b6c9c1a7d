  DeleteRegValue SHCTX "Software\Classes\.yaml\OpenWithProgids" "Kaji.Manifest"
  DeleteRegValue SHCTX "Software\Classes\.yml\OpenWithProgids" "Kaji.Manifest"
  DeleteRegKey SHCTX "Software\Classes\Kaji.Manifest"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
