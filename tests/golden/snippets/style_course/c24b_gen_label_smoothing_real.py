# one-sided label smoothing: real labels 0.9 instead of 1
import torch
import torch.nn.functional as F

d_real = torch.tensor([[3.0], [1.0], [-0.5]])
smooth = torch.full_like(d_real, 0.9)
print(F.binary_cross_entropy_with_logits(d_real, smooth))
print(F.binary_cross_entropy_with_logits(d_real, torch.ones_like(d_real)))
torch.manual_seed(3)
noisy = 0.9 + 0.1 * torch.rand(3, 1)
print(noisy)
print(F.binary_cross_entropy_with_logits(d_real, noisy, reduction="sum"))
