# Attention in double precision (a gradient check's setting): the fused kernel's float64 digits.
import torch
import torch.nn.functional as F

torch.manual_seed(1)
q = torch.randn(2, 3, 8, 16, dtype=torch.float64, requires_grad=True)
k = torch.randn(2, 3, 12, 16, dtype=torch.float64, requires_grad=True)
v = torch.randn(2, 3, 12, 16, dtype=torch.float64, requires_grad=True)
out = F.scaled_dot_product_attention(q, k, v)
print(out.dtype, out.grad_fn.name())
print(out.sum().item(), out[1, 2, 0, :3].tolist())
out.pow(2).sum().backward()
print(q.grad.sum().item(), k.grad[0, 1, 4, :2].tolist(), v.grad.abs().max().item())
causal = F.scaled_dot_product_attention(q, q, q, is_causal=True)
print(causal[0, 0, -1, :4].tolist())
