# LLM course: incremental decoding with a key/value cache gives the same outputs as full causal attention.
import torch
import torch.nn.functional as F

torch.manual_seed(124)
T, d = 5, 4
x = torch.randn(T, d)
Wq, Wk, Wv = torch.randn(d, d), torch.randn(d, d), torch.randn(d, d)
q, k, v = x @ Wq, x @ Wk, x @ Wv
mask = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
full = F.softmax((q @ k.T / d ** 0.5).masked_fill(mask, float("-inf")), dim=-1) @ v
k_cache, v_cache, outs = [], [], []
for t in range(T):
    k_cache.append(x[t] @ Wk)
    v_cache.append(x[t] @ Wv)
    K, V = torch.stack(k_cache), torch.stack(v_cache)
    w = F.softmax((x[t] @ Wq) @ K.T / d ** 0.5, dim=-1)
    outs.append(w @ V)
    print(t, K.shape, w.round(decimals=4))
inc = torch.stack(outs)
print(torch.allclose(inc, full, atol=1e-6), (inc - full).abs().max())
print(full[-1])
