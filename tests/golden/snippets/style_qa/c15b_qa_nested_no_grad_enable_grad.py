# Q: what wins when no_grad and enable_grad are nested, and inside a decorated function?
import torch

p = torch.full((3,), 2.0, requires_grad=True)
with torch.no_grad():
    with torch.enable_grad():
        inner = p.exp()
    outer = p.exp()
print(inner.requires_grad, outer.requires_grad, inner.grad_fn)

@torch.enable_grad()
def tracked(t):
    return t.sin()

with torch.no_grad():
    forced = tracked(p)
print(forced.requires_grad, forced.grad_fn, torch.is_grad_enabled())
with torch.no_grad(), torch.inference_mode():
    frozen = p.exp()
print(frozen.requires_grad, frozen.is_inference())
