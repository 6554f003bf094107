# SoftMarginLoss (its own SoftMarginLossBackward0 node) and Softmax2d: values, reductions, gradients, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
t = torch.tensor([1.0, -1.0, -1.0])
l = F.soft_margin_loss(x, t)
print(l, l.grad_fn, l.grad_fn.next_functions)
l.backward()
print(x.grad)
print(F.soft_margin_loss(x, t, reduction="none"), F.soft_margin_loss(x, t, reduction="sum"))
print(nn.SoftMarginLoss(), nn.Softmax2d())
torch.manual_seed(0)
scores = torch.randn(4, 3, requires_grad=True)
labels = torch.randint(0, 2, (4, 3)).float() * 2 - 1
loss = nn.SoftMarginLoss()(scores, labels)
loss.backward()
print(loss, scores.grad)
try:
    F.soft_margin_loss(x, t[:2])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.soft_margin_loss(x, t.clone().requires_grad_())
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    print(F.soft_margin_loss(x, t.clone().requires_grad_()))
try:
    nn.Softmax2d()(torch.ones(2))
except ValueError as e:
    print("ValueError:", e)
print(nn.Softmax2d()(torch.arange(8.).reshape(2, 2, 2)))
print(nn.Softmax2d()(torch.randn(2, 3, 2, 2)).sum(1))
