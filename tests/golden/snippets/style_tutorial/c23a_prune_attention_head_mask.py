# Head pruning: a 0/1 head mask broadcast over the attention output
import torch

torch.manual_seed(16)
B, H, L, D = 1, 4, 3, 2
attn_out = torch.randn(B, H, L, D)
head_mask = torch.tensor([1.0, 0.0, 1.0, 0.0])
masked = attn_out * head_mask.view(1, H, 1, 1)
print(masked.shape)
print(masked[0, :, 0, 0])
print(masked.abs().sum(dim=(0, 2, 3)) > 0)
merged = masked.transpose(1, 2).reshape(B, L, H * D)
print(merged.shape, (merged == 0).sum().item())
