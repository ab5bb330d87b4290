#!/usr/bin/env python3
"""The module import graph of src/ (non-test code) and its cycles.

Usage: python3 .ci/imports.py [REPO] [-v]. Prints which stage imports which and
exits 1 if any import circle exists, between top-level stages or between files.
Data flows one way (text -> classify -> context -> meta -> article, html a second
front-end), so a circle is a design error CI should catch.
"""
import os,re,sys,collections
args=[a for a in sys.argv[1:] if a!='-v']
root=(args[0] if args else os.path.join(os.path.dirname(__file__),'..'))+'/src'
def modname(path):
    rel=os.path.relpath(path,root)[:-3].split('/')
    if rel[-1]=='mod': rel=rel[:-1]
    if rel==['lib']: return ''
    return '::'.join(rel)
files={}
for d,_,fs in os.walk(root):
    for f in fs:
        if f.endswith('.rs'): files[modname(os.path.join(d,f))]=os.path.join(d,f)
mods=set(files)
edges=collections.defaultdict(set)
for m,p in files.items():
    s=open(p).read()
    s=s.split('#[cfg(test)]')[0]  # non-test code
    s=re.sub(r'//.*','',s)
    for path in re.findall(r'\b(crate(?:::\w+)+|super(?:::\w+)+)',s):
        parts=path.split('::')
        if parts[0]=='super':
            # `super` from a::b (a/b.rs) or from a::b (a/b/mod.rs) is a
            base=m.split('::')[:-1]
            parts=base+parts[1:]
        else: parts=parts[1:]
        # longest prefix that is a module
        tgt=None
        for k in range(len(parts),0,-1):
            c='::'.join(parts[:k])
            if c in mods: tgt=c;break
        if tgt is None: tgt=''
        # re-exports at crate root (LineKind, Date, Article...) -> resolve
        if tgt=='' and parts:
            roots={'LineKind':'classify::kind','Article':'article','Date':'(jiff)','Error':'error','Cleaner':'cleaner','clean_html':'','clean':''}
            tgt=roots.get(parts[0],'')
        if tgt and tgt!=m and not tgt.startswith('('): edges[m].add(tgt)
    for name in re.findall(r'(?<![\w:])(\w+)::',s):
        c=(m+'::'+name) if m else name
        if c in mods and name not in ('crate','super','self'): edges[m].add(c)
top=lambda x: x.split('::')[0]
T=collections.defaultdict(set)
for a,bs in edges.items():
    for b in bs:
        if top(a)!=top(b) and top(a): T[top(a)].add(top(b))
print("top-level module imports (non-test code):")
for a in sorted(T): print(f"  {a:9s} -> {', '.join(sorted(T[a]))}")
def cycles(G):
    color={};found=[]
    def dfs(u,stack):
        color[u]=1;stack.append(u)
        for v in sorted(G.get(u,())):
            if color.get(v)==1: found.append(stack[stack.index(v):]+[v])
            elif not color.get(v): dfs(v,stack)
        stack.pop();color[u]=2
    for u in sorted(G):
        if not color.get(u): dfs(u,[])
    return found
# file-level: exclude edges child->parent-module-file (mod.rs declares children); count only real uses
top_cycles=cycles(T)
file_cycles=cycles({a:set(bs) for a,bs in edges.items()})
print("cycles, top level:", top_cycles or "none")
print("cycles, file level:", file_cycles or "none")
if '-v' in sys.argv:
    for a in sorted(edges): print(f"  {a or 'lib'} -> {', '.join(sorted(edges[a]))}")

sys.exit(1 if top_cycles or file_cycles else 0)
