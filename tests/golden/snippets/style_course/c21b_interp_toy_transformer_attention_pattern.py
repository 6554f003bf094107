# a one-layer toy transformer written by hand; print its causal attention pattern
import torch
import torch.nn.functional as F

torch.manual_seed(10)
T, d = 4, 6
x = torch.randn(T, d)
Wq, Wk, Wv = (torch.randn(d, d) / d ** 0.5 for _ in range(3))
q, k, v = x @ Wq, x @ Wk, x @ Wv
att = (q @ k.T) / d ** 0.5
att = att.masked_fill(torch.tril(torch.ones(T, T)) == 0, float("-inf"))
print(att)
pattern = F.softmax(att, dim=-1)
print(pattern)
out = pattern @ v
print(out.shape)
print("prev-token score", pattern.diagonal(offset=-1))
