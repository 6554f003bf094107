# Q: indexing with a 0/1 int tensor picks rows 0 and 1, not a mask
import torch

x = torch.tensor([10, 20, 30, 40])
flags = torch.tensor([1, 0, 1, 0])
print(x[flags])
print(x[flags.bool()])
print(x[torch.tensor([3, -1])])
try:
    x[torch.tensor([4])]
except IndexError as e:
    print("IndexError:", e)
try:
    x[torch.tensor([0.0, 1.0])]
except IndexError as e:
    print("IndexError:", e)
