# Temperature in softmax: how the distribution and its entropy change; sampling counts with a generator.
import torch

logits = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0])
for T in [0.1, 0.5, 1.0, 2.0, 10.0]:
    p = torch.softmax(logits / T, dim=0)
    H = -(p * p.log()).sum()
    print(f"T={T:<4} p={[round(v, 3) for v in p.tolist()]} H={H.item():.4f}")
print(torch.log(torch.tensor(5.0)))
g = torch.Generator().manual_seed(123)
p = torch.softmax(logits, dim=0)
samples = torch.multinomial(p, 1000, replacement=True, generator=g)
print(torch.bincount(samples, minlength=5))
print(torch.bincount(samples, minlength=5) / 1000.0)
dist = torch.distributions.Categorical(logits=logits)
print(dist.entropy(), dist.probs)
