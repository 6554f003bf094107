# Three ways of clearing gradients and what each leaves behind.
import torch
from torch import nn

torch.manual_seed(0)
head = nn.Linear(2, 1)
batch = torch.ones(3, 2)
head(batch).sum().backward()
head.weight.grad.data.zero_()
print(head.weight.grad, head.bias.grad)
head.zero_grad()
print(head.weight.grad, head.bias.grad)
head(batch).sum().backward()
for param in head.parameters():
    param.grad.detach_()
    param.grad.zero_()
print(head.weight.grad, head.bias.grad)
