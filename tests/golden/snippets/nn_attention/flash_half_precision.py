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

# longer sequences: whole vectors of keys, several blocks of queries, a causal mask
for dtype in (torch.bfloat16, torch.float16):
    q = torch.randn(2, 2, 40, 8).to(dtype).requires_grad_()
    k = torch.randn(2, 2, 40, 8).to(dtype).requires_grad_()
    v = torch.randn(2, 2, 40, 8).to(dtype).requires_grad_()
    out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    loss = out.float().pow(2).mean()
    loss.backward()
    print(loss.item(), out[1, 1, -1, :4])
    print(q.grad.float().abs().sum().item(), k.grad.float().abs().sum().item(), v.grad.float().abs().sum().item())
