import torch

ctx = torch.no_grad()
print(type(ctx).__name__)
with ctx:
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
with torch.no_grad() as r:
    print(r)
