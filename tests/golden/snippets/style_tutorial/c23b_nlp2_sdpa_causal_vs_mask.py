import torch
import torch.nn.functional as F

# Decoder self-attention: is_causal, a boolean keep-mask and an additive float mask agree
torch.manual_seed(41)
queries = torch.randn(2, 5, 4)
keys = torch.randn(2, 5, 4)
values = torch.randn(2, 5, 4)
by_flag = F.scaled_dot_product_attention(queries, keys, values, is_causal=True)
keep = torch.tril(torch.ones(5, 5)).bool()
additive = torch.zeros(5, 5).masked_fill(~keep, float("-inf"))
by_bool = F.scaled_dot_product_attention(queries, keys, values, attn_mask=keep)
by_float = F.scaled_dot_product_attention(queries, keys, values, attn_mask=additive)
print(by_flag.shape, torch.allclose(by_flag, by_bool, atol=1e-6), torch.allclose(by_bool, by_float, atol=1e-6))
print(torch.equal(by_flag[:, 0], values[:, 0]))
print(F.scaled_dot_product_attention(queries, keys, values, scale=0.0)[0, 0].sub(values[0].mean(0)).abs().max() < 1e-6)
