# Q: boolean mask indexing flattens my tensor
import torch

x = torch.arange(12).reshape(3, 4)
mask = x % 3 == 0
print(mask)
print(x[mask], x[mask].shape)
rows = torch.tensor([True, False, True])
print(x[rows])
try:
    x[torch.tensor([True, False])]
except IndexError as e:
    print("IndexError:", e)
