# Q: what does "to(device)" return for a module vs a tensor?
import torch
import torch.nn as nn

device = torch.device("cpu")
t = torch.ones(2)
m = nn.Linear(2, 1)
print(t.to(device) is t, m.to(device) is m)
print(t.to(torch.float64) is t)
print(t.to("cpu", torch.float16).dtype)
print(m.double().weight.dtype, m.half().bias.dtype)
print(torch.device("cpu:0"), torch.device("cpu", 0) == torch.device("cpu:0"))
