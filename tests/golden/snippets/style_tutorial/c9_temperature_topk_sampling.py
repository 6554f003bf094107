# Sampling the next token: temperature-scaled softmax, top-k filtering and multinomial draws with a seed.
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0, -3.0])
for t in (0.5, 1.0, 2.0):
    p = F.softmax(logits / t, dim=-1)
    print(f"T={t}: {p} entropy {-(p * p.log()).sum().item():.4f}")

def top_k_filter(logits, k):
    values, _ = torch.topk(logits, k)
    return logits.masked_fill(logits < values[..., -1, None], float("-inf"))

filtered = top_k_filter(logits, 3)
print(filtered)
probs = F.softmax(filtered, dim=-1)
print(probs)
g = torch.Generator().manual_seed(42)
print(torch.multinomial(probs, 10, replacement=True, generator=g))

def top_p_filter(logits, p):
    sorted_logits, idx = torch.sort(logits, descending=True)
    cum = F.softmax(sorted_logits, -1).cumsum(-1)
    remove = cum > p
    remove[..., 1:] = remove[..., :-1].clone()
    remove[..., 0] = False
    return logits.masked_fill(remove.scatter(-1, idx, remove), float("-inf"))

print(top_p_filter(logits, 0.8))
batch = torch.randn(2, 6, generator=g)
print(torch.multinomial(F.softmax(batch, -1), 1, generator=g).squeeze(1))
print(torch.argmax(batch, dim=-1))
