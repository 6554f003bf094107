# Grad-mode toggles: no_grad as decorator, enable_grad inside it, set_grad_enabled, and inference_mode tensors.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)


@torch.no_grad()
def scaled(t):
    return t * 2


print(scaled(x).requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    with torch.enable_grad():
        y = x * 3
    z = x * 3
print(y.requires_grad, z.requires_grad)
torch.set_grad_enabled(False)
print((x + 1).requires_grad)
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    print((x + 1).grad_fn)
with torch.inference_mode():
    inf = x * 5
print(inf.requires_grad, inf.is_inference(), x.is_inference())
try:
    (inf * x).sum().backward()
except RuntimeError as e:
    print(e)
print(torch.is_inference_mode_enabled())
