import torch

i = torch.tensor([1, 2, 3])
print(torch.exp(i))
print(torch.log(i))
print(torch.sqrt(i))
print(torch.sigmoid(i))
print(torch.sin(i).dtype)
print(torch.abs(i).dtype, torch.neg(i).dtype)
