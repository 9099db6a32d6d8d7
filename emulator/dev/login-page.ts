import type { Persona } from '../seed/personas';

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The local dev login: pick who you are. This page exists only in the emulator. */
export function renderLoginPage(personas: Persona[], next: string, current?: string): string {
  const items = personas
    .map(
      (p) => `<form method="post" action="/__dev/login">
  <input type="hidden" name="openid" value="${esc(p.openid)}"><input type="hidden" name="next" value="${esc(next)}">
  <button type="submit" class="persona${p.openid === current ? ' current' : ''}" data-openid="${esc(p.openid)}">
    <span class="name">${esc(p.nickname)}${p.staff ? '<span class="tag">医生端</span>' : ''}</span>
    <span class="desc">${esc(p.description)}</span>
  </button>
</form>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>选择身份 · 云岭家医本地环境</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;background:#f5f6f7;color:#1f2328}
main{max-width:560px;margin:0 auto;padding:24px 16px}
h1{font-size:24px;color:#1a7f5a;margin:0 0 4px}
p.lead{margin:0 0 20px;color:#57606a;font-size:15px}
form{margin:0 0 12px}
.persona{display:block;width:100%;text-align:left;min-height:64px;padding:14px 16px;border:1px solid #d0d7de;border-radius:12px;background:#fff;font:inherit;cursor:pointer}
.persona:hover,.persona:focus{border-color:#1a7f5a;outline:none;box-shadow:0 0 0 3px rgba(26,127,90,.15)}
.persona.current{border-color:#1a7f5a;border-width:2px}
.name{display:block;font-size:19px;font-weight:600}
.desc{display:block;margin-top:4px;font-size:14px;color:#57606a}
.tag{margin-left:8px;font-size:12px;font-weight:500;color:#fff;background:#1a7f5a;border-radius:4px;padding:1px 6px;vertical-align:2px}
.other{display:flex;gap:8px}.other input[type=text]{flex:1;font:inherit;padding:12px;border:1px solid #d0d7de;border-radius:8px}
.other button{font:inherit;padding:0 16px;border:0;border-radius:8px;background:#1a7f5a;color:#fff}
small{display:block;margin-top:20px;color:#8c959f}
</style></head>
<body><main>
<h1>选择身份</h1>
<p class="lead">本地开发环境：在真实小程序中，身份来自微信登录。</p>
${items}
<form method="post" action="/__dev/login" class="other">
  <input type="hidden" name="next" value="${esc(next)}">
  <input type="text" name="openid" placeholder="其他 openid（字母、数字、-、_）" pattern="[A-Za-z0-9_-]{3,64}" required>
  <button type="submit">进入</button>
</form>
<small>当前身份：${current ? esc(current) : '未选择'}</small>
</main></body></html>`;
}
