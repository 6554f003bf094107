import torch

t = torch.tensor([1.7, -1.7, 0.5])
print(t.to(torch.float64))
print(t.to(torch.int64))
print(t.to(dtype=torch.int32))
print(t.to(torch.bool))
print(t.to(torch.float32) is t)
print(torch.tensor([1, 0, 3]).to(torch.float32))
print(t.to(torch.tensor([1], dtype=torch.int64)))
