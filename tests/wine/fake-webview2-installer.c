/* Test-only stand-in for MicrosoftEdgeWebView2RuntimeInstallerX64.exe (tests/wine/smoke.sh): records the arguments
 * it was started with in C:\fake-webview2-args.txt and registers a per-user runtime the way the real one does (the
 * EdgeUpdate client key's "pv" under HKCU), so that the installer's embed-and-run path can be checked under Wine. */
#include <windows.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    HKEY key;
    FILE *f = fopen("C:\\fake-webview2-args.txt", "w");
    if (f) {
        for (int i = 1; i < argc; i++)
            fprintf(f, "%s ", argv[i]);
        fclose(f);
    }
    if (RegCreateKeyExA(HKEY_CURRENT_USER,
                        "Software\\Microsoft\\EdgeUpdate\\Clients\\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}", 0, NULL,
                        0, KEY_WRITE, NULL, &key, NULL) != ERROR_SUCCESS)
        return 1;
    static const char version[] = "131.0.2903.99";
    RegSetValueExA(key, "pv", 0, REG_SZ, (const BYTE *)version, sizeof version);
    RegCloseKey(key);
    return 0;
}
