# Q: initialising weights with normal_ and uniform_
import torch
import torch.nn as nn

torch.manual_seed(5)
lin = nn.Linear(3, 2)
nn.init.constant_(lin.bias, 0.1)
nn.init.ones_(lin.weight)
print(lin.weight, lin.bias)
t = torch.empty(4).uniform_(-1, 1)
print(t)
print(torch.empty(3).normal_(mean=10, std=0.01).round())
print(torch.empty(2, 2).fill_(7).int())
