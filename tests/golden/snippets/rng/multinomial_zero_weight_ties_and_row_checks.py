import torch

# Without replacement, once the positive weights are used up the zero weights tie: topk's order.
g = torch.Generator().manual_seed(11)
print(torch.multinomial(torch.tensor([[1.0, 1.0, 0.0], [0.0, 0.0, 3.0]]), 2, generator=g))
print(torch.multinomial(torch.tensor([0.0, 2.0, 0.0, 0.0, 1.0, 0.0]), 6, generator=g))
wide = torch.zeros(2, 200)
wide[:, 7] = 1.0
print(torch.multinomial(wide, 3, generator=g), torch.multinomial(wide, 150, generator=g)[:, -5:])
print(torch.multinomial(torch.tensor([0.0, 5.0, 0.0], dtype=torch.float64), 3, generator=g))
# With replacement each row is checked entry by entry just before its draws.
for rows in ([[0.5, -0.1]], [[0.5, float('nan')]], [[float('inf'), -1.0]], [[1.0, 1.0], [0.0, 0.0]],
             [[1.0, 2.0], [-1.0, 2.0]]):
    before = g.get_state()
    try:
        torch.multinomial(torch.tensor(rows), 3, replacement=True, generator=g)
    except RuntimeError as e:
        print(e, torch.equal(before, g.get_state()))
print(torch.multinomial(torch.tensor([0.3, 0.7]), 4, True, generator=g))
sampler = torch.utils.data.WeightedRandomSampler([0.0, 1.0, 0.0, 2.0, 0.0], 5, replacement=False, generator=g)
print(list(sampler))
print(torch.distributions.Categorical(probs=torch.tensor([0.1, 0.0, 0.9])).sample((6,)))
