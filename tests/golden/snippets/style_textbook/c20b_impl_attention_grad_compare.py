# gradients through hand-written attention vs the fused function
import torch
import torch.nn.functional as F

torch.manual_seed(4)
q = torch.randn(1, 3, 2, requires_grad=True)
k = torch.randn(1, 3, 2, requires_grad=True)
v = torch.randn(1, 3, 2, requires_grad=True)
def attn(q, k, v):
    return torch.softmax(q @ k.transpose(1, 2) / 2 ** 0.5, -1) @ v
ga = torch.autograd.grad(attn(q, k, v).sum(), (q, k, v))
gb = torch.autograd.grad(F.scaled_dot_product_attention(q, k, v).sum(), (q, k, v))
for name, a, b in zip("qkv", ga, gb):
    print(name, torch.allclose(a, b, atol=1e-6))
print(ga[2])
