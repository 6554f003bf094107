# Issue: "torch.as_tensor on a list of tensors" vs torch.stack; multi-element tensors fail.
import torch

rows = [torch.tensor(1.0), torch.tensor(2.0)]
print(torch.as_tensor(rows))
multi = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    torch.as_tensor(multi)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.stack(multi))
