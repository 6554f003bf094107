# Segmentation cross-entropy over (N, C, H, W) with an ignore label of 255.
import torch
import torch.nn.functional as F

torch.manual_seed(9)
logits = torch.randn(1, 3, 2, 3, requires_grad=True)
target = torch.tensor([[[0, 2, 255], [1, 255, 2]]])
loss = F.cross_entropy(logits, target, ignore_index=255)
loss.backward()
print(round(loss.item(), 4))
print(logits.grad[0, :, 0, 2], logits.grad[0, :, 1, 1])
per_px = F.cross_entropy(logits, target, ignore_index=255, reduction="none")
print(per_px.shape, (per_px == 0).sum().item())
try:
    F.cross_entropy(logits, target)
except IndexError as e:
    print("IndexError:", e)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
