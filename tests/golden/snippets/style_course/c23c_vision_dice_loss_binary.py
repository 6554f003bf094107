# Soft Dice loss for a binary mask from logits, with its gradient.
import torch

torch.manual_seed(8)
logits = torch.randn(2, 1, 3, 3, requires_grad=True)
mask = (torch.rand(2, 1, 3, 3) > 0.5).float()

def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits)
    num = 2 * (p * target).sum(dim=(1, 2, 3)) + eps
    den = p.sum(dim=(1, 2, 3)) + target.sum(dim=(1, 2, 3)) + eps
    return 1 - (num / den).mean()

loss = dice_loss(logits, mask)
loss.backward()
print(mask.sum().item(), round(loss.item(), 4))
print(logits.grad.shape, logits.grad.sign()[0, 0])
print(round(dice_loss(mask * 20 - 10, mask).item(), 4))
