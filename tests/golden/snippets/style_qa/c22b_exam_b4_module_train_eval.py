import torch
import torch.nn as nn

# Exam B4-7. What changes between train() and eval() for dropout and batch norm?
torch.manual_seed(1)
m = nn.Sequential(nn.BatchNorm1d(2), nn.Dropout(0.5))
x = torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0]])
print(m.training, m(x))
print(m[0].running_mean, m[0].num_batches_tracked)
m.eval()
print(m.training, m[1].training, m(x))
