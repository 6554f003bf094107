# Quiz C25: BatchNorm statistics after one training batch
import torch
import torch.nn as nn

norm1d = nn.BatchNorm1d(2, momentum=0.5)
batch = torch.tensor([[1.0, 10.0], [3.0, 20.0]])
normed = norm1d(batch)
print(normed)
print(norm1d.running_mean, norm1d.running_var, norm1d.num_batches_tracked)
norm1d.eval()
print(norm1d(batch))
