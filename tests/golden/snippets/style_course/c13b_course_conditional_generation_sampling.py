# nanoGPT-style sampling lecture: temperature, top-k filtering and multinomial draws with a seeded generator.
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.5, 0.1, -1.0, -3.0])
for temp in (0.5, 1.0, 2.0):
    p = F.softmax(logits / temp, dim=-1)
    print(temp, p)
v, _ = torch.topk(logits, 3)
filtered = logits.clone()
filtered[filtered < v[-1]] = -float("inf")
print(filtered)
probs = F.softmax(filtered, dim=-1)
print(probs)
g = torch.Generator().manual_seed(2147483647)
draws = torch.multinomial(probs, num_samples=20, replacement=True, generator=g)
print(draws)
print(torch.bincount(draws, minlength=6))
g.manual_seed(5)
print(torch.multinomial(probs, 3, replacement=False, generator=g))
sorted_p, sorted_i = torch.sort(F.softmax(logits, -1), descending=True)
cum = sorted_p.cumsum(-1)
print(cum)
keep = cum - sorted_p < 0.9
print(sorted_i[keep])
