import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = (torch.randn(37) * 2).requires_grad_()
target = torch.randn(37)
for beta in (1.0, 0.3):
    loss = F.smooth_l1_loss(pred, target, beta=beta)
    pred.grad = None
    loss.backward()
    print(loss.item(), pred.grad[:3].tolist(), pred.grad[-3:].tolist())
h = F.huber_loss(pred, target, delta=0.7, reduction="sum")
pred.grad = None
h.backward()
print(h.item(), pred.grad[30:].tolist())
print(F.smooth_l1_loss(pred, target, beta=0.3, reduction="none")[:4].tolist())
