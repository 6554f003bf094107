# The fused CPU attention's own digits: causal, padding and additive masks, full-precision items.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
q = torch.randn(2, 4, 19, 8, requires_grad=True)
k = torch.randn(2, 4, 19, 8, requires_grad=True)
v = torch.randn(2, 4, 19, 8, requires_grad=True)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(out.grad_fn.name(), out.sum().item(), out[1, 2, -1].tolist())
out.pow(2).mean().backward()
print(q.grad.abs().sum().item(), k.grad[0, 3, 5].tolist(), v.grad.sum().item())
keep = torch.rand(2, 1, 1, 19) > 0.3
bias = torch.randn(19, 19)
with torch.no_grad():
    print(F.scaled_dot_product_attention(q, k, v, attn_mask=keep).mean().item())
    print(F.scaled_dot_product_attention(q, k, v, attn_mask=bias, scale=0.5)[0, 0, :2])
long_q = torch.randn(1, 2, 40, 20)
print(F.scaled_dot_product_attention(long_q, long_q, long_q).std().item())
