# Grouped conv errors: channels not divisible by groups, weight/input channel mismatch in F.conv2d.
import torch
import torch.nn.functional as F

x = torch.zeros(1, 4, 5, 5)
try:
    F.conv2d(x, torch.zeros(6, 3, 3, 3), groups=2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.conv2d(x, torch.zeros(6, 2, 3, 3), groups=2).shape)
try:
    F.conv2d(x, torch.zeros(5, 2, 3, 3), groups=2)
except RuntimeError as e:
    print("RuntimeError:", e)
