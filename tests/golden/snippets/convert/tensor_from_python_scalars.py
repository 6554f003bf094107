import torch

t = torch.tensor([3.7])
print(int(t), float(t), bool(t))
print(int(torch.tensor(-3.7)))
print(float(torch.tensor(2)))
print(complex(torch.tensor(1.5)))
print(torch.tensor(0.0).bool(), bool(torch.tensor(0.0)))
