# Segmentation course: soft Dice loss, hard Dice and IoU on small masks, per class.
import torch

torch.manual_seed(72)
logits = torch.randn(2, 3, 4, 4, requires_grad=True)
target = torch.randint(0, 3, (2, 4, 4))
probs = logits.softmax(dim=1)
onehot = torch.nn.functional.one_hot(target, 3).permute(0, 3, 1, 2).float()
dims = (0, 2, 3)
inter = (probs * onehot).sum(dims)
union = probs.sum(dims) + onehot.sum(dims)
dice = (2 * inter + 1e-6) / (union + 1e-6)
loss = 1 - dice.mean()
loss.backward()
print(dice)
print(loss)
print(logits.grad.abs().sum())
pred = probs.argmax(1)
for c in range(3):
    p, t = pred == c, target == c
    i = (p & t).sum().item()
    u = (p | t).sum().item()
    print(c, i, u, i / u if u else float("nan"), 2 * i / (p.sum() + t.sum()).item())
print((pred == target).float().mean())
print(torch.bincount(target.flatten(), minlength=3))
