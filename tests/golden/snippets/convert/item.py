import torch

print(torch.tensor(3.5).item())
print(torch.tensor([2.]).item())
print(torch.tensor([[7]]).item())
print(type(torch.tensor(3).item()).__name__, type(torch.tensor(3.).item()).__name__)
print(torch.tensor(True).item())
print(torch.tensor(1 / 3).item())
x = torch.tensor(2., requires_grad=True)
print((x * 3).item())
