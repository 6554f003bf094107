# makemore / GPT lecture: sampling with temperature and top-k from fixed logits with a seeded generator.
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.5, 0.1, -1.0, -3.0])
for T in (0.5, 1.0, 2.0):
    p = F.softmax(logits / T, dim=-1)
    print(T, p, (-(p * p.log()).sum()).item())
g = torch.Generator().manual_seed(42)
probs = F.softmax(logits, dim=-1)
samples = torch.multinomial(probs, num_samples=20, replacement=True, generator=g)
print(samples, torch.bincount(samples, minlength=6))
v, _ = torch.topk(logits, 3)
masked = logits.clone()
masked[masked < v[-1]] = -float("Inf")
print(masked, F.softmax(masked, dim=-1))
g.manual_seed(0)
print(torch.multinomial(F.softmax(masked, -1), 10, replacement=True, generator=g))
print(torch.multinomial(probs, 3, generator=g), torch.argmax(probs).item())
try:
    torch.multinomial(probs, 10)
except RuntimeError as e:
    print("RuntimeError:", e)
