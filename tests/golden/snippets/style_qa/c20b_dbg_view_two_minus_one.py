# reshape with two -1s
import torch

x = torch.arange(24)
try:
    x.view(-1, -1, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.view(5, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.view(2, -1, 4).shape)
print(x.reshape(-1, 6).stride())
