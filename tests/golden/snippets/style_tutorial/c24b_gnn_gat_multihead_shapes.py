# multi-head GAT: shapes of heads, concat vs mean
import torch
import torch.nn as nn

torch.manual_seed(4)
N, F_in, heads, F_out = 5, 6, 3, 4
W = nn.Linear(F_in, heads * F_out, bias=False)
a_src = nn.Parameter(torch.randn(1, heads, F_out))
a_dst = nn.Parameter(torch.randn(1, heads, F_out))
x = torch.randn(N, F_in)
h = W(x).view(N, heads, F_out)
print(h.shape)
alpha_src = (h * a_src).sum(-1)
alpha_dst = (h * a_dst).sum(-1)
print(alpha_src.shape, alpha_dst.shape)
e = alpha_src.unsqueeze(1) + alpha_dst.unsqueeze(0)
print(e.shape)
att = torch.softmax(e, dim=1)
out = torch.einsum("ijh,jhf->ihf", att, h)
print(out.shape, out.reshape(N, -1).shape, out.mean(1).shape)
print(torch.allclose(att.sum(1), torch.ones(N, heads)))
