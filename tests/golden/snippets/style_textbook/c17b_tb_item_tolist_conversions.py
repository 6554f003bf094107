# Turning tensors into Python numbers.
import torch

s = torch.tensor([3.5])
print(s.item(), float(s), int(s), type(s.item()))
v = torch.tensor([1.0, 2.0])
for conv in (lambda: v.item(), lambda: float(v), lambda: int(v)):
    try:
        conv()
    except (RuntimeError, ValueError, TypeError) as err:
        print(type(err).__name__, err)
print(v.tolist(), torch.tensor(7).tolist(), torch.tensor([[True]]).tolist())
