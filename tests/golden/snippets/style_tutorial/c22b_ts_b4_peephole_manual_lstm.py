import torch

torch.manual_seed(66)
H, I = 3, 2
W = torch.randn(4 * H, I + H) * 0.3
b = torch.zeros(4 * H)
x_seq = torch.randn(5, I)
h = torch.zeros(H)
c = torch.zeros(H)
for x in x_seq:
    z = W @ torch.cat([x, h]) + b
    i, f, g, o = z.chunk(4)
    c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h = torch.sigmoid(o) * torch.tanh(c)
print(h, c)
