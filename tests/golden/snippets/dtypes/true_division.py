import torch

a = torch.tensor([1, 2, 3])
print(a / 2)
print((a / 2).dtype)
print(a / a)
print(torch.tensor([7, -7]) // 2)
print(torch.tensor([7.5, -7.5]) // 2)
print(torch.tensor(5) / torch.tensor(2))
