# soft Dice loss for segmentation masks
import torch
torch.manual_seed(78)
logits = torch.randn(2, 1, 4, 4, requires_grad=True)
target = (torch.rand(2, 1, 4, 4) > 0.5).float()
probs = torch.sigmoid(logits)
inter = (probs * target).sum(dim=(1, 2, 3))
union = probs.sum(dim=(1, 2, 3)) + target.sum(dim=(1, 2, 3))
dice = 1 - (2 * inter + 1.0) / (union + 1.0)
dice.mean().backward()
print(dice)
print(logits.grad[0, 0, 0])
