# applying softmax before CrossEntropyLoss (double softmax)
import torch
import torch.nn as nn

torch.manual_seed(44)
logits = torch.tensor([[5.0, 0.0, 0.0], [0.0, 5.0, 0.0]], requires_grad=True)
y = torch.tensor([0, 1])
ce = nn.CrossEntropyLoss()
good = ce(logits, y)
bad = ce(logits.softmax(dim=1), y)
print(good, bad)
g_good, = torch.autograd.grad(good, logits)
g_bad, = torch.autograd.grad(bad, logits)
print(g_good.abs().max(), g_bad.abs().max())
