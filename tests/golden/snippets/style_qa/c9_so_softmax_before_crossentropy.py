# Q: applying softmax before CrossEntropyLoss (double softmax): loss stuck near log(C), gradients shrink.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.tensor([[8.0, -2.0, 0.5], [0.1, 6.0, -3.0]], requires_grad=True)
target = torch.tensor([0, 1])
ce = nn.CrossEntropyLoss()
right = ce(logits, target)
wrong = ce(F.softmax(logits, dim=1), target)
print(right, wrong)
g_right, = torch.autograd.grad(right, logits)
g_wrong, = torch.autograd.grad(wrong, logits)
print(g_right)
print(g_wrong)
print(g_right.abs().sum() / g_wrong.abs().sum() > 1)
perfect = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
print(ce(perfect, target), ce(perfect * 100, target))
print(F.nll_loss(torch.log(F.softmax(logits, 1)), target), F.nll_loss(F.log_softmax(logits, 1), target))
print(F.nll_loss(F.softmax(logits, 1), target))
