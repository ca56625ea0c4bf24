# Cross-compiling baocao for 64-bit Windows with Debian's mingw-w64, posix
# thread model (std::thread needs it). Libraries are looked up only in
# BAOCAO_WINDOWS_PREFIX, where .ci/build-windows builds them from Debian's
# source packages; tests run the .exe under wine.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(BAOCAO_MINGW x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${BAOCAO_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${BAOCAO_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${BAOCAO_MINGW}-windres)

if(NOT BAOCAO_WINDOWS_PREFIX)
  if(DEFINED ENV{BAOCAO_WINDOWS_PREFIX})
    set(BAOCAO_WINDOWS_PREFIX $ENV{BAOCAO_WINDOWS_PREFIX})
  else()
    set(BAOCAO_WINDOWS_PREFIX /var/cache/baocao-windows/prefix)
  endif()
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES BAOCAO_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH ${BAOCAO_WINDOWS_PREFIX} /usr/${BAOCAO_MINGW})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config answers for the Windows libraries only, with the flags a static
# link needs (Libs.private).
set(ENV{PKG_CONFIG_LIBDIR} ${BAOCAO_WINDOWS_PREFIX}/lib/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")
set(PKG_CONFIG_ARGN --static)

# One .exe that runs on a bare Windows: the C++ runtime and winpthread are
# linked in rather than shipped as DLLs beside it.
set(CMAKE_EXE_LINKER_FLAGS_INIT -static)

set(CMAKE_CROSSCOMPILING_EMULATOR /usr/lib/wine/wine64)
