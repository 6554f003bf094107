# torch.tensor of a list of tensors, and stack as the fix.
import torch

ts = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    torch.tensor(ts)
except (ValueError, TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
print(torch.stack(ts))
scalars = [torch.tensor(1.5), torch.tensor(2.5)]
print(torch.tensor(scalars))
print(torch.tensor([t.item() for t in scalars]))
