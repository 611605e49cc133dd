/* Test-only stand-in for Windows' bcryptprimitives.dll, for Wine 8 (Debian 12's wine64), which lacks it.
 * Rust's standard library (>= 1.78) gets its random bytes from bcryptprimitives!ProcessPrng; without this DLL a
 * Rust program does not start under Wine 8. Never shipped: tests/wine/smoke.sh builds it with mingw-w64 and puts it
 * into the throw-away Wine prefix only. */
#include <windows.h>

/* advapi32!SystemFunction036, also known as RtlGenRandom. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
