# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when one of core's OpenSSL headers can be found through an include directory that
# sslcm_core gives to the targets linking it (sslcm_gui, sslcm-cli).
# cmake -DDIRS=<dir;dir...> -P check-private-headers.cmake
set(private_headers OpenSslPtr.h mysql/TlsClientContext_p.h mysql/SocketIo_p.h)
set(found "")
foreach(dir IN LISTS DIRS)
    foreach(header IN LISTS private_headers)
        if(EXISTS "${dir}/${header}")
            list(APPEND found "${dir}/${header}")
        endif()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "core-private headers reachable from gui and cli: ${found}")
endif()
