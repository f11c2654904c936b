#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# The README "Carriers" table from the catalog:
#   build/default/app/tokendock carriers --json | packaging/carrier-table.py
import json,sys
cs=json.load(sys.stdin)
rows=[]
for c in cs:
    ex=c['exchange']; req=ex['request']; resp=ex['response']; use=ex['use']
    cred=c['credentials']['accepted']
    credtxt={'body':'body fields','basic':'HTTP Basic','either':'body or Basic','headers':'headers','any':'body, Basic or headers'}[cred]
    if cred=='body' and req['client_id_name']!='client_id':
        credtxt=f"body `{req['client_id_name']}`/`{req['client_secret_name']}`"
    if cred=='headers':
        credtxt=f"headers `{req['client_id_name']}`, `{req['client_secret_name']}`"
    extras=[]
    if not req['grant_type_name']: extras.append('no grant type')
    if req['api_key_header']: extras.append(f"API key in `{req['api_key_header']}`")
    grants=c['grant_types'] if req['grant_type_name'] else []
    if 'password' in grants: extras.append('password grant')
    fixed=[f"`{f['key']}`" for f in c['fields'] if f.get('fixed')]
    if fixed: extras.append('fixed '+', '.join(fixed))
    hdrs=[f"`{f['name']}`"+(' (client id)' if f.get('same_as') else '') for f in c['fields'] if f['location']=='header' and f['name']!=req['client_id_name']]
    if hdrs: extras.append('+ '+', '.join(hdrs))
    request=f"{req['method']}, {req['body'] if req['body']!='none' else 'no'} body; {credtxt}" + ('; ' + '; '.join(extras) if extras else '')
    token = f"header `{resp['token_header']}`" if resp['token_header'] else f"`{resp['token']}`"
    life=c['typical_lifetime_seconds']
    lifetxt = (f"{life//3600} h" if life and life%3600==0 else f"{life//60} min") if life else ''
    if resp['expires_at']: token += f"; expiry time `{resp['expires_at']}`"
    elif resp['expires_in']: token += "; `expires_in`"
    elif c['token_format']=='jwt': token += f"; JWT `exp`, else {lifetxt} documented"
    elif life: token += f"; {lifetxt} documented"
    if resp['refresh_token'] not in (None, 'refresh_token'): token += f"; `{resp['refresh_token']}` kept"
    apicalls=[f"`{use['header']}: " + (f"{use['scheme']} " if use['scheme'] else "") + "<token>`"]
    apicalls+= [f"`{f['name']}`" for f in c['fields'] if f.get('api_calls')]
    if use['api_key']: apicalls.append(f"`{req['api_key_header']}`")
    b=c.get('budget')
    if b:
        per={1:'second',60:'minute',3600:'hour',86400:'day'}.get(b['seconds'], f"{b['seconds']} s")
        budget=f"{b['max']} a {per}" + (' (unconfirmed)' if b['unconfirmed'] else '')
    else: budget='—'
    unc='; '.join(c['unconfirmed']) or '—'
    serves=', '.join(c.get('countries') or []) + (' · ' if c.get('countries') and c.get('modes') else '') + ', '.join(c.get('modes') or [])
    rows.append(f"| `{c['id']}` | {c['name']} | {serves or '—'} | {request} | {token} | {', '.join(apicalls)} | {budget} | {unc} |")
print("| id | carrier | where · what | token request | token from; expiry | API calls send | budget | unconfirmed |")
print("|---|---|---|---|---|---|---|---|")
print('\n'.join(rows))
