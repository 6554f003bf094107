import torch

t = torch.tensor([1.5, 2.5])
print(f"{t}")
print(format(torch.tensor(1.5), ".1f"))
f"{t:.2f}"
