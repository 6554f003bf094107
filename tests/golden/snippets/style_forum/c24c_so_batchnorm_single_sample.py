# Q: Expected more than 1 value per channel when training
import torch
import torch.nn as nn

norm = nn.BatchNorm1d(3)
try:
    norm(torch.ones(1, 3))
except ValueError as e:
    print("ValueError:", e)
norm.eval()
print(norm(torch.ones(1, 3)))
print(norm.running_mean, norm.num_batches_tracked)
