# per-head attention entropy from scaled_dot_product-style weights
import torch
import torch.nn.functional as F

torch.manual_seed(5)
B, H, T, D = 1, 3, 4, 2
q = torch.randn(B, H, T, D)
k = torch.randn(B, H, T, D)
v = torch.randn(B, H, T, D)
w = torch.softmax(q @ k.transpose(-1, -2) / D ** 0.5, dim=-1)
ent = -(w * torch.log(w)).sum(-1)
print(ent)
print("max possible", torch.log(torch.tensor(float(T))))
mine = w @ v
ref = F.scaled_dot_product_attention(q, k, v)
print(torch.allclose(mine, ref, atol=1e-6))
print(ent.mean(-1).argsort(descending=True))
