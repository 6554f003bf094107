# Quiz 96: -7 // 2 in Python, NumPy and PyTorch
import numpy as np
import torch

print(-7 // 2, np.int64(-7) // 2, torch.tensor(-7) // 2)
print(torch.floor_divide(torch.tensor([-7, 7]), 2))
print(torch.tensor([-7.5, 7.5]) // 2)
print(-7 % 3, torch.tensor(-7) % 3, torch.fmod(torch.tensor(-7), 3), torch.remainder(torch.tensor(-7), 3))
print(torch.tensor([5]) // torch.tensor([-2]), torch.tensor([5.0]) // torch.tensor([0.0]))
