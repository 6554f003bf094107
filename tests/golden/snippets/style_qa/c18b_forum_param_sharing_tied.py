# Q: I tied two layers' weights, is the gradient summed?
import torch
import torch.nn as nn

torch.manual_seed(1)
enc = nn.Linear(3, 3, bias=False)
dec = nn.Linear(3, 3, bias=False)
dec.weight = enc.weight
x = torch.randn(2, 3)
dec(enc(x)).sum().backward()
print(enc.weight.grad is dec.weight.grad)
print(enc.weight.grad)
model = nn.Sequential(enc, dec)
print(len(list(model.parameters())))
print([n for n, _ in model.named_parameters()])
