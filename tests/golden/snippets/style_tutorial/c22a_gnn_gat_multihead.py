import torch
import torch.nn.functional as F

torch.manual_seed(16)
N, H, D = 3, 2, 4
h = torch.randn(N, H, D)
a_src = torch.randn(1, H, D)
a_dst = torch.randn(1, H, D)
alpha_src = (h * a_src).sum(-1)
alpha_dst = (h * a_dst).sum(-1)
print(alpha_src.shape)
e = F.leaky_relu(alpha_src.unsqueeze(0) + alpha_dst.unsqueeze(1), negative_slope=0.2)
att = e.softmax(dim=1)
out = torch.einsum('ijh,jhd->ihd', att, h)
print(out.shape)
print(out.mean(dim=1))
print(out.reshape(N, H * D).shape)
