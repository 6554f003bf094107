# Huber loss gradient: quadratic inside delta, linear outside
import torch
import torch.nn.functional as F

pred = torch.tensor([0.0, 0.5, 3.0, -4.0], requires_grad=True)
target = torch.zeros(4)
F.huber_loss(pred, target, delta=1.0, reduction='sum').backward()
print(pred.grad)
pred.grad = None
F.smooth_l1_loss(pred, target, beta=2.0, reduction='sum').backward()
print(pred.grad)
pred.grad = None
F.l1_loss(pred, target, reduction='sum').backward()
print(pred.grad)
print(F.smooth_l1_loss(pred, target, beta=0.0))
