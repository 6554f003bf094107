# Q: "Found dtype Long but expected Float" and other dtype/shape mistakes with loss functions.
import torch
import torch.nn as nn
import torch.nn.functional as F

probs = torch.tensor([0.2, 0.9, 0.6])
labels = torch.tensor([0, 1, 1])
for name, fn in [('BCELoss', lambda: nn.BCELoss()(probs, labels)),
                 ('BCEWithLogits', lambda: F.binary_cross_entropy_with_logits(probs, labels)),
                 ('CE 2-D target', lambda: F.cross_entropy(torch.randn(3, 2), labels.view(3, 1))),
                 ('mse ints', lambda: F.mse_loss(labels, labels)),
                 ('masked_fill int mask', lambda: probs.masked_fill(labels, 0.0)),
                 ('BatchNorm features', lambda: nn.BatchNorm1d(4)(torch.randn(5, 3)))]:
    try:
        print(name, fn())
    except (RuntimeError, NotImplementedError) as e:
        print(name, '->', type(e).__name__, e)
print(nn.BCELoss()(probs, labels.float()))
pred = torch.tensor([1.0, 2.0], requires_grad=True)
target = torch.tensor([1.5, 2.5], dtype=torch.float64)
loss = F.mse_loss(pred, target)
print(loss, F.smooth_l1_loss(pred, target), F.huber_loss(pred, target))
loss.backward()
print(pred.grad, pred.grad.dtype)
print(F.binary_cross_entropy_with_logits(pred, target.clamp(0, 1)))
