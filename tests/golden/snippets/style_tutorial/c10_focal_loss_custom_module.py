# A custom focal loss module for binary classification, its reduction options and gradients vs BCE.
import torch
import torch.nn as nn
import torch.nn.functional as F

class FocalLoss(nn.Module):
    def __init__(self, gamma=2.0, alpha=0.25, reduction="mean"):
        super().__init__()
        self.gamma, self.alpha, self.reduction = gamma, alpha, reduction

    def forward(self, logits, targets):
        bce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
        p = torch.sigmoid(logits)
        p_t = p * targets + (1 - p) * (1 - targets)
        alpha_t = self.alpha * targets + (1 - self.alpha) * (1 - targets)
        loss = alpha_t * (1 - p_t) ** self.gamma * bce
        if self.reduction == "mean":
            return loss.mean()
        if self.reduction == "sum":
            return loss.sum()
        return loss

    def extra_repr(self):
        return f"gamma={self.gamma}, alpha={self.alpha}"

logits = torch.tensor([3.0, -2.0, 0.5, -0.1, 4.0], requires_grad=True)
targets = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.0])
fl = FocalLoss()
print(fl)
print(FocalLoss(reduction="none")(logits, targets))
loss = fl(logits, targets)
loss.backward()
print(loss, logits.grad)
g_focal = logits.grad.clone()
logits.grad = None
F.binary_cross_entropy_with_logits(logits, targets).backward()
print(logits.grad)
print(g_focal.abs() / logits.grad.abs())
print(FocalLoss(gamma=0.0, alpha=0.5, reduction="sum")(logits, targets) * 2,
      F.binary_cross_entropy_with_logits(logits, targets, reduction="sum"))
