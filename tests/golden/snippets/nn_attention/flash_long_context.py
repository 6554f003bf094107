# Self-attention over a long context: more than 512 keys, so the fused kernel works through
# its keys in blocks and rescales its running softmax.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
tokens = torch.randn(1, 2, 700, 16, requires_grad=True)
out = F.scaled_dot_product_attention(tokens, tokens, tokens)
print(out.shape, out.grad_fn.name())
print(out.sum().item(), out[0, 1, -1, :4].tolist())
out.pow(2).mean().backward()
print(tokens.grad.abs().sum().item(), tokens.grad[0, 0, 3, :3].tolist())

queries = torch.randn(2, 4, 8, 16)
memory = torch.randn(2, 4, 1030, 16)
pad = torch.rand(2, 1, 1, 1030) > 0.2
with torch.no_grad():
    context = F.scaled_dot_product_attention(queries, memory, memory, attn_mask=pad)
print(context.mean().item(), context[1, 3, 0, :3])
