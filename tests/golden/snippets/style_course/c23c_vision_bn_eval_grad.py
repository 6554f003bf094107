# BatchNorm2d gradients in eval mode use the running statistics, a learner's check.
import torch
import torch.nn as nn

bn = nn.BatchNorm2d(1)
bn.running_mean.fill_(2.0)
bn.running_var.fill_(4.0)
bn.eval()
x = torch.tensor([[[[1.0, 3.0], [5.0, 7.0]]]], requires_grad=True)
y = bn(x)
print(y)
y.sum().backward()
print(x.grad)
print(bn.weight.grad, bn.bias.grad)
