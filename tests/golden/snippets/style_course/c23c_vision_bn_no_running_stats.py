# BatchNorm1d on (N, C, L) sequences vs (N, C): which dims the statistics pool over.
import torch
import torch.nn as nn

seq = torch.arange(2 * 2 * 3, dtype=torch.float32).reshape(2, 2, 3)
norm = nn.BatchNorm1d(2, affine=False)
out = norm(seq)
print(out[:, 0])
print(norm.running_mean, norm.running_var)
try:
    norm(torch.zeros(2, 3))
except ValueError as err:
    print("ValueError:", err)
except RuntimeError as err:
    print("RuntimeError:", err)
