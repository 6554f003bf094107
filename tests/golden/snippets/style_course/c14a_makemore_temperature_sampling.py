# Sampling from a language model's scores: sharpening with temperature, nucleus (top-p) filtering
# with sort/cumsum, and drawing several tokens per row with a Generator.
import torch

gen = torch.Generator().manual_seed(1447)
scores = torch.randn(2, 8, generator=gen)
for tau in (0.25, 1.0, 4.0):
    dist = torch.softmax(scores / tau, dim=1)
    print(tau, dist.max(dim=1).values, dist.argmax(dim=1))
sorted_p, order = torch.softmax(scores, dim=1).sort(dim=1, descending=True)
keep = sorted_p.cumsum(dim=1) - sorted_p < 0.7
nucleus = torch.where(keep, sorted_p, torch.zeros_like(sorted_p))
nucleus = nucleus / nucleus.sum(dim=1, keepdim=True)
print(keep.sum(dim=1), nucleus[0])
draws = torch.multinomial(nucleus, num_samples=5, replacement=True, generator=gen)
print(order.gather(1, draws))
print(torch.multinomial(torch.tensor([[1.0, 1.0, 0.0], [0.0, 0.0, 3.0]]), 2, generator=gen))
try:
    torch.multinomial(torch.tensor([0.5, 0.5]), 3, generator=gen)
except RuntimeError as err:
    print(err)
