# Generation with temperature and top-k: logits[logits < v[:, [-1]]] = -inf, then softmax and multinomial.
import torch
import torch.nn.functional as F

torch.manual_seed(42)
logits = torch.randn(2, 8)
temperature = 0.8
top_k = 3
scaled = logits / temperature
v, _ = torch.topk(scaled, min(top_k, scaled.size(-1)))
print(v)
filtered = scaled.clone()
filtered[filtered < v[:, [-1]]] = -float('Inf')
print(filtered)
probs = F.softmax(filtered, dim=-1)
print(probs)
idx_next = torch.multinomial(probs, num_samples=1)
print(idx_next, idx_next.shape)
samples = torch.multinomial(probs[0], num_samples=20, replacement=True)
print(samples.bincount(minlength=8))
greedy = torch.argmax(probs, dim=-1, keepdim=True)
print(greedy.view(-1), torch.cat((torch.zeros(2, 1, dtype=torch.long), idx_next), dim=1))
