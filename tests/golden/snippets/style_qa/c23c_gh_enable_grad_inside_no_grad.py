# Issue: "my metric computed inside torch.no_grad() suddenly has a grad_fn" — an enable_grad call.
import torch

theta = torch.tensor([1.0, -1.0], requires_grad=True)

@torch.enable_grad()
def penalty(t):
    return (t ** 2).sum()

with torch.no_grad():
    metric = theta.abs().sum()
    reg = penalty(theta)
print(metric.requires_grad, reg.requires_grad, reg.grad_fn.name())
with torch.inference_mode():
    try:
        print(penalty(theta).requires_grad)
    except RuntimeError as err:
        print(err)
prev = torch.is_grad_enabled()
print(prev, torch.set_grad_enabled(False).prev if hasattr(torch.set_grad_enabled, "prev") else "n/a")
torch.set_grad_enabled(True)
