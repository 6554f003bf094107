import torch
import torch.nn.functional as F

t = torch.tensor([-1.5, 0., 2.5])
print(torch.relu(t))
print(t.relu())
print(F.relu(t))
print(torch.relu(torch.tensor([-3, 4])))
print(t)
print(t.relu_(), t)
