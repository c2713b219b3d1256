#pragma once

#include <QString>

// `tessera-server report` and `tessera-server forecast` make PDFs, which need Qt Gui and the
// graphics stack under it (fonts, X11 and OpenGL libraries). Loading those costs every running
// server about 5 MB it never uses, so the documents are made by a program of their own,
// tessera-server-documents, which the server runs in its own place with the same arguments.
namespace DocumentsProgram {

// Where tessera-server-documents is: beside this program (a build tree), or where the package
// puts it, ../libexec/tessera/ from it (TESSERA_DOCUMENTS_FROM_BIN, set in CMakeLists.txt).
// Empty when it is in neither place.
QString path();

// Replaces this process with tessera-server-documents and the same arguments. Returns only on
// failure, with an exit code, having said what is wrong on stderr.
int replaceThisProcess(char *argv[]);

} // namespace DocumentsProgram
