import torch

w = torch.tensor(1.0, requires_grad=True)
with torch.no_grad():
    y = w * 2
    with torch.enable_grad():
        z = w * 3
print(y.requires_grad, z.requires_grad)
@torch.no_grad()
def evaluate(v):
    return v * 4
print(evaluate(w).requires_grad, torch.is_grad_enabled())
with torch.set_grad_enabled(False):
    print((w + 1).requires_grad)
with torch.inference_mode():
    t = w * 5
print(t.requires_grad, t.is_inference())
try:
    (t * w).backward()
except RuntimeError as e:
    print(str(e)[:80])
