# evaluate() decorated with no_grad, then a learner tries to backprop through it
import torch
import torch.nn as nn

torch.manual_seed(38)
net = nn.Linear(2, 2)

@torch.no_grad()
def evaluate(x):
    return net(x).softmax(-1)

p = evaluate(torch.randn(3, 2))
print(p.requires_grad, torch.is_grad_enabled())
try:
    p.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
