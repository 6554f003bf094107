# "Sizes of tensors must match except in dimension"
import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 4)
c = torch.ones(3, 3)
print(torch.cat([a, b], dim=1).shape)
print(torch.cat([a, c], dim=0).shape)
for fn, args in [(torch.cat, ([a, b], 0)), (torch.stack, ([a, c], 0)), (torch.cat, ([a, torch.ones(3)], 0))]:
    try:
        fn(*args)
    except RuntimeError as e:
        print(fn.__name__, "->", e)
try:
    torch.cat([a, b], dim=2)
except IndexError as e:
    print("IndexError:", e)
print(torch.stack([a, a], dim=-1).shape)
print(torch.hstack([a, b]).shape, torch.vstack([a, c]).shape)
