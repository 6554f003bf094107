import torch

print(torch.tensor(1.))
print(torch.tensor(-2.5))
print(torch.tensor(3))
print(torch.tensor(True))
print(torch.tensor(0.1234567))
print(torch.tensor(2., requires_grad=True))
print(torch.tensor(2., dtype=torch.float64))
print(torch.tensor(7, dtype=torch.int32))
