import torch

g = torch.Generator().manual_seed(2147483647)
counts = torch.randint(0, 50, (5, 5), generator=g).float() + 1
P = counts / counts.sum(1, keepdim=True)
ix = 0
out = []
for _ in range(12):
    ix = torch.multinomial(P[ix], num_samples=1, replacement=True, generator=g).item()
    out.append(ix)
print(out)
print(torch.multinomial(P, 3, replacement=True, generator=g))
print(torch.multinomial(P[0], 3, generator=g))
torch.manual_seed(0)
print(torch.multinomial(torch.tensor([0.0, 10.0, 3.0, 0.0]), 2), torch.multinomial(torch.rand(2, 4), 1))
for bad in [(torch.tensor([1, 2]), 1), (torch.tensor([0.5, 0.5]), 3), (torch.zeros(3), 1)]:
    try:
        torch.multinomial(*bad)
    except RuntimeError as e:
        print(type(e).__name__, e)
