import torch

b = torch.tensor([True, False, True])
print(b)
print(b.dtype)
print(b.sum())
print(b.float())
print(b.long())
print(~b)
print(b & torch.tensor([True, True, False]))
print(b | torch.tensor([False, False, False]))
