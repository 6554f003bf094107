# The teacher must be in eval mode (dropout off) and frozen during distillation
import torch
import torch.nn as nn

torch.manual_seed(68)
teacher = nn.Sequential(nn.Linear(3, 8), nn.Dropout(0.5), nn.Linear(8, 2))
x = torch.randn(2, 3)
a, b = teacher(x), teacher(x)
print(torch.equal(a, b))
teacher.eval().requires_grad_(False)
c, d = teacher(x), teacher(x)
print(torch.equal(c, d), c.requires_grad, teacher.training)
