# Attention in bfloat16 and float16 on the CPU: the fused kernel works in float32 inside.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for dtype in (torch.bfloat16, torch.float16):
    q = torch.randn(1, 2, 5, 8).to(dtype).requires_grad_()
    k = torch.randn(1, 2, 6, 8).to(dtype).requires_grad_()
    v = torch.randn(1, 2, 6, 8).to(dtype).requires_grad_()
    out = F.scaled_dot_product_attention(q, k, v)
    print(out.grad_fn.name(), out.dtype)
    print(out[0, 0, :2])
    out.sum().backward()
    print(q.grad[0, 1, :2, :4])
    print(k.grad[0, 0, :2, :4])
    print(v.grad[0, 1, :2, :4])
