# L2 norm of large float32 values: squaring by hand overflows
import torch

v = torch.tensor([3e20, 4e20])
print("by hand:", torch.sqrt((v ** 2).sum()))
print("torch.norm:", torch.norm(v))
print("linalg.vector_norm:", torch.linalg.vector_norm(v))
print("hypot:", torch.hypot(v[0], v[1]))
s = v.abs().max()
print("rescaled:", s * torch.sqrt(((v / s) ** 2).sum()))
