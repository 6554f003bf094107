# MultiheadAttention with a learned extra key/value (add_bias_kv) and a zero key (add_zero_attn)
import torch
import torch.nn as nn

torch.manual_seed(0)
attn = nn.MultiheadAttention(embed_dim=4, num_heads=2, add_bias_kv=True, add_zero_attn=True)
print([name for name, _ in attn.named_parameters()])
print(attn.bias_k)
q = torch.randn(3, 2, 4, requires_grad=True)
kv = torch.randn(5, 2, 4)
padding = torch.tensor([[False, False, False, True, True], [False] * 5])
out, weights = attn(q, kv, kv, key_padding_mask=padding)
print(out.shape, weights.shape)
print(weights[0])
out.pow(2).sum().backward()
print(q.grad[0])
print(attn.bias_k.grad, attn.bias_v.grad)
fast, none = attn(q, kv, kv, need_weights=False)
print(fast[0], none)
