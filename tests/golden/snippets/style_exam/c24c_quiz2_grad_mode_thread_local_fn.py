# Quiz B27: torch.no_grad as a context manager object
import torch

ctx = torch.no_grad()
print(type(ctx).__name__, ctx)
w = torch.tensor(1.0, requires_grad=True)
with ctx:
    print((w * 2).requires_grad)
print((w * 2).requires_grad)
print(torch.inference_mode(mode=False))
with torch.inference_mode(mode=False):
    print((w * 2).requires_grad, torch.is_inference_mode_enabled())
