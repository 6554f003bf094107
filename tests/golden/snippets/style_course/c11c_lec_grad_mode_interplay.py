# Lecture: no_grad, enable_grad, set_grad_enabled and inference_mode nested together.
import torch

x = torch.ones(2, requires_grad=True)
print(torch.is_grad_enabled(), (x * 2).requires_grad)
with torch.no_grad():
    print("no_grad:", torch.is_grad_enabled(), (x * 2).requires_grad)
    with torch.enable_grad():
        y = x * 2
        print("  enable_grad inside:", torch.is_grad_enabled(), y.requires_grad, y.grad_fn)
    z = x * 2
    print("  back in no_grad:", z.requires_grad, z.grad_fn)
with torch.set_grad_enabled(False):
    print("set_grad_enabled(False):", (x + 1).requires_grad)
torch.set_grad_enabled(False)
print("global off:", (x + 1).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
with torch.inference_mode():
    t = x * 3
    print("inference:", t.requires_grad, torch.is_inference_mode_enabled(), t.is_inference())
print(t.is_inference(), (x * 3).is_inference())

@torch.no_grad()
def evaluate(v):
    return v * 10

print(evaluate(x).requires_grad, evaluate.__name__)
with torch.inference_mode(mode=False):
    print((x * 2).requires_grad)
