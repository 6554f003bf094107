# splitting into heads with view/transpose and merging back
import torch

torch.manual_seed(5)
B, T, C, H = 2, 3, 8, 2
x = torch.randn(B, T, C)
heads = x.view(B, T, H, C // H).transpose(1, 2)
print(heads.shape, heads.is_contiguous())
merged = heads.transpose(1, 2).contiguous().view(B, T, C)
print(torch.equal(merged, x))
try:
    heads.transpose(1, 2).view(B, T, C)
except RuntimeError as e:
    print("RuntimeError:", e)
