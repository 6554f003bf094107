# Quiz 34: torch.tensor of a list of tensors
import torch

parts = [torch.tensor(1.0), torch.tensor(2.0)]
print(torch.tensor(parts))
print(torch.stack(parts))
vecs = [torch.tensor([1, 2]), torch.tensor([3, 4])]
try:
    print(torch.tensor(vecs))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.stack(vecs), torch.cat(vecs))
