# Adds lock entries for optional per-platform binaries the registry here does not carry, so `npm ci` accepts
# the lock; npm skips them on other platforms anyway (os/cpu below). Run after `npm install` changes the lock.
import json, re, sys

path = sys.argv[1] if len(sys.argv) > 1 else 'package-lock.json'
lock = json.load(open(path))
packages = lock['packages']
platform = {
    'android': (['android'], None), 'darwin': (['darwin'], None), 'freebsd': (['freebsd'], None),
    'linux': (['linux'], None), 'win32': (['win32'], None), 'windows': (['win32'], None), 'wasm32': (None, ['wasm32']),
}
added = []
for key, entry in list(packages.items()):
    for name, version in (entry.get('optionalDependencies') or {}).items():
        target = f'node_modules/{name}'
        if target in packages:
            continue
        tail = name.split('/')[-1]
        os_name = next((v for k, v in platform.items() if re.search(rf'(^|-){k}(-|$)', tail)), (None, None))
        cpu = 'arm64' if 'arm64' in tail else 'x64' if 'x64' in tail else None
        stub = {'version': version, 'dev': True, 'optional': True}
        if os_name[0]: stub['os'] = os_name[0]
        if os_name[1]: stub['cpu'] = os_name[1]
        elif cpu: stub['cpu'] = [cpu]
        packages[target] = stub
        added.append(name)
json.dump(lock, open(path, 'w'), indent=2)
open(path, 'a').write('\n')
print(f'complete-lock: added {len(added)} platform entries' + (f': {", ".join(added)}' if added else ''))
