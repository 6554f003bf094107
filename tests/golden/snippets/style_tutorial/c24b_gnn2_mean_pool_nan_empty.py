# mean pooling with an empty graph in the batch: 0/0 and how learners guard it
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
batch = torch.tensor([0, 0, 2])
sums = torch.zeros(3, 2).index_add_(0, batch, x)
counts = torch.bincount(batch, minlength=3).float().unsqueeze(1)
print(sums / counts)
print(sums / counts.clamp(min=1))
print(torch.nan_to_num(sums / counts))
print(torch.isnan(sums / counts).any(dim=1))
