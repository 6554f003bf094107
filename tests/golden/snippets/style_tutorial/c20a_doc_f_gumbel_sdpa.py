# F.gumbel_softmax (soft and hard) and F.scaled_dot_product_attention
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(2, 4)
print(F.gumbel_softmax(logits, tau=1))
y = F.gumbel_softmax(logits, tau=1, hard=True)
print(y, y.sum(dim=-1))
q, k, v = torch.randn(1, 2, 3, 4), torch.randn(1, 2, 3, 4), torch.randn(1, 2, 3, 4)
print(F.scaled_dot_product_attention(q, k, v))
print(F.scaled_dot_product_attention(q, k, v, is_causal=True)[0, 0])
