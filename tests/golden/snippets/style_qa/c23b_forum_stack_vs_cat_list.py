import torch

items = [torch.tensor([1, 2]), torch.tensor([3, 4]), torch.tensor([5, 6])]
print(torch.stack(items).shape, torch.cat(items).shape)
print(torch.stack(items, dim=1))
try:
    torch.stack([torch.tensor([1, 2]), torch.tensor([3])])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.cat([torch.ones(2, 3), torch.ones(2, 4)])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor(items)
except Exception as e:
    print(type(e).__name__, e)
